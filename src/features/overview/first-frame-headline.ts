import { useEffect, useState } from 'react';
import type { ModelInput, Params, PresetId } from '../../model';
import type { DemoSources } from '../../queries';
import { sameValue, type PresetSnapshot } from '../../queries/headline-snapshot';

/**
 * The snapshot's entry for `preset` when `cells` are the demo snapshot's own cells (the query's placeholder while
 * DuckDB starts, so the same object) and `params` are exactly the parameters the entry was computed with; else null.
 */
export function presetSnapshot(
  demo: DemoSources | undefined,
  cells: ModelInput | undefined,
  preset: PresetId,
  params: Params,
): PresetSnapshot | null {
  const snap = demo?.snapshot;
  if (!snap || !cells || cells !== snap.modelInput) return null;
  const entry = snap.presets?.[preset];
  return entry && sameValue(entry.params, params) ? entry : null;
}

/**
 * False in the first commit, true once the browser has painted it: the model's evaluation (45-400 ms on a cold
 * page) then runs in a task after the snapshot's headline is on screen instead of before it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setPainted(true), 0); // the frame's paint follows its rAF callbacks
    };
    // A page that gets no frame (hidden, or a headless one that stalls) evaluates anyway, a moment later.
    const fallback = setTimeout(done, FALLBACK_MS);
    const raf = typeof requestAnimationFrame === 'undefined' ? undefined : requestAnimationFrame(done);
    return () => {
      if (raf !== undefined) cancelAnimationFrame(raf);
      clearTimeout(fallback);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}

const FALLBACK_MS = 300;
