import { useEffect, useSyncExternalStore } from 'react';
import type { Db, Filters } from '../db';
import { OverviewIndex, type OverviewAnswers } from '../db/queries/overview-index';
import { loadOverviewData } from '../db/queries/overview-index-load';
import { DEMO_DATASET_ID } from './engine';
import type { DataRef } from './keys';

/**
 * The active data set's Overview index (src/db/queries/overview-index.ts), one at a time: fetched once per data
 * version as soon as the Overview shows, then every Overview query under cube-dimension filters is answered from it
 * synchronously (the query options' initialData), so a click needs no SQL and lands as one commit. While it loads,
 * those queries wait for it (overviewAnswersSoon) instead of running their SQL on the same worker: the load is a few
 * statements the worker runs back to back (overview-index-load.ts), sent as interactive calls, so it is not queued
 * behind background work either. At 1M rows the unfiltered Overview's own SQL held the worker ~2.6 s after an
 * import, longer than the whole load now takes, and a click before the index was in queued behind it.
 */
type Entry = { db: Db; key: string; index: OverviewIndex | null; loading: boolean; done: Promise<void> };
let current: Entry | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
const keyOf = (s: DataRef) => `${s.datasetId}\u0000${s.version}`;

/** The index's answers for `filters`, when the index of exactly this data is loaded and the filters allow it. */
export function overviewAnswers(s: DataRef & { db: Db }, filters: Filters): OverviewAnswers | undefined {
  const e = current;
  if (!e || e.db !== s.db || e.key !== keyOf(s) || !e.index) return undefined;
  return e.index.answer(filters) ?? undefined;
}

/**
 * The index's answers for `filters`, waiting for the index of exactly this data while it loads. Undefined when there
 * is no such index (none loading, too many rows, a failed load) or the filters are on project or company: SQL answers.
 */
export async function overviewAnswersSoon(s: DataRef & { db: Db }, filters: Filters): Promise<OverviewAnswers | undefined> {
  // The demo's unfiltered figures come from its snapshot and its SQL is small: its queries never wait (cold start).
  if (!OverviewIndex.answers(filters) || s.datasetId === DEMO_DATASET_ID) return undefined;
  // The Overview's effect that starts the load runs in the commit that started this query: look after it.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const e = current;
  if (!e || e.db !== s.db || e.key !== keyOf(s)) return undefined;
  await e.done;
  return overviewAnswers(s, filters);
}

/** Starts fetching the index of `s`'s data unless it is loaded or loading; a newer data version replaces it. */
export function loadOverviewIndex(s: DataRef & { db: Db; ready: boolean }): Promise<void> {
  if (!s.ready) return Promise.resolve();
  const key = keyOf(s);
  if (current && current.db === s.db && current.key === key) return Promise.resolve();
  const entry: Entry = { db: s.db, key, index: null, loading: true, done: Promise.resolve() };
  current = entry; // the older set's index is dropped at once (its arrays are the memory)
  // As interactive calls: the Overview's queries wait for it. A query it does not answer (a project filter's,
  // another screen's) waits for its statements, ~1 s of worker time at 1M rows.
  entry.done = loadOverviewData(s.db)
    .then((data) => {
      // A data version that changed while this was read leaves it unused: the next render asks for the new one.
      if (current === entry && data) prepareWhenIdle((entry.index = new OverviewIndex(data)));
    })
    .catch(() => undefined) // without the index the SQL answers, as before
    .finally(() => {
      entry.loading = false;
      if (current === entry) notify();
    });
  return entry.done;
}

/** The index's row groupings, one an idle period, after its first answers (each ~1/3 of the build at 1M rows). */
function prepareWhenIdle(index: OverviewIndex): void {
  const later = (f: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 50);
  const step = () => {
    if (current?.index === index && index.prepare()) later(step);
  };
  later(step);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Whether the index for `s` is loaded; starts its load. Re-renders when it arrives. */
export function useOverviewIndex(s: DataRef & { db: Db; ready: boolean }): boolean {
  const { db, datasetId, version, ready } = s;
  useEffect(() => {
    if (!ready) return;
    // At once, in this effect: the screen's queries look for the load a task later (overviewAnswersSoon).
    void loadOverviewIndex({ db, datasetId, version, ready });
  }, [db, datasetId, version, ready]);
  return useSyncExternalStore(subscribe, () => !!current && current.db === db && current.key === keyOf(s) && !!current.index);
}
