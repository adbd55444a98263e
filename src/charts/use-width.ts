import { useEffect, useRef, useState } from 'react';

/**
 * Charts get their first measured width one at a time, each in a task of its own after the previous one has been
 * drawn: a Recharts chart's first drawing is one piece React cannot split, and the Overview's eleven charts measured
 * in the same frame were drawn in one commit (one long task, nothing painted until all were done). A chart whose turn
 * it is holds it until it has rendered at its width (or unmounts); with nobody waiting the turn is free at once.
 */
const waiting: (() => void)[] = [];
let busy = false;

function take(start: () => void) {
  if (busy) waiting.push(start);
  else {
    busy = true;
    start();
  }
}

function handOn() {
  if (waiting.length === 0) {
    busy = false;
    return;
  }
  // The next chart in a task after this one's drawing (a timer: React's own work for this one comes first).
  setTimeout(() => {
    const next = waiting.shift();
    if (next) next();
    else busy = false;
  }, 0);
}

/**
 * The drawn width of a chart's box, followed as the window changes; `fixed` (print, tests) wins. Charts lay
 * themselves out from it: a phone's 350 px cannot hold the label columns a desktop chart has beside its bars.
 */
export function useWidth(fixed: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [w, setW] = useState(fixed ?? 0);
  const holding = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (fixed !== undefined || !el || typeof ResizeObserver === 'undefined') return;
    let latest = 0;
    let state: 'unmeasured' | 'waiting' | 'measured' = 'unmeasured';
    const start = () => {
      state = 'measured';
      if (latest <= 0) return handOn(); // hidden again before its turn: nothing to draw
      holding.current = true;
      setW(latest);
    };
    const ro = new ResizeObserver(([entry]) => {
      latest = Math.floor(entry?.contentRect.width ?? 0);
      if (state === 'measured') setW(latest);
      else if (state === 'unmeasured' && latest > 0) {
        state = 'waiting';
        take(start);
      } // waiting: its turn takes the latest width
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      const i = waiting.indexOf(start);
      if (i >= 0) waiting.splice(i, 1);
      if (holding.current) {
        holding.current = false;
        handOn();
      }
    };
  }, [fixed]);
  // Rendered at its first width: the turn passes on.
  useEffect(() => {
    if (!holding.current || w <= 0) return;
    holding.current = false;
    handOn();
  }, [w]);
  return [ref, fixed ?? w] as const;
}
