import { useEffect, useSyncExternalStore } from 'react';
import type { Db, Filters } from '../db';
import { backgroundOf } from '../db/columns';
import { OverviewIndex, type OverviewAnswers } from '../db/queries/overview-index';
import { loadOverviewData } from '../db/queries/overview-index-load';
import { DEMO_DATASET_ID } from './engine';
import type { DataRef } from './keys';

/**
 * The active data set's Overview index (src/db/queries/overview-index.ts), one at a time: fetched once per data
 * version as soon as the Overview shows, then every Overview query under cube-dimension filters is answered from it
 * synchronously (the query options' initialData), so a click needs no SQL and lands as one commit. While it loads,
 * those queries wait for it (overviewAnswersSoon) rather than run SQL on the same worker.
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
 * The index's answers for `filters`, waiting for the index of exactly this data when it is loading, so the Overview's queries do not run SQL beside the load that would answer them. Undefined when
 * there is no such index or the filters are on project or company.
 */
export async function overviewAnswersSoon(s: DataRef & { db: Db }, filters: Filters): Promise<OverviewAnswers | undefined> {
  // The demo's unfiltered figures come from its snapshot and its SQL is small: its queries never wait (cold start).
  if (!OverviewIndex.answers(filters) || s.datasetId === DEMO_DATASET_ID) return undefined;
  // The Overview's effect that starts the load runs in the commit that started this query: look after it.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const e = current;
  if (!e || e.db !== s.db || e.key !== keyOf(s)) return undefined;
  // No time limit: SQL run beside the load (the unfiltered Overview's ~2 s at 1M rows) only delays both on the one
  // worker (measured: a 5 s limit ran out on the loaded machine and the SQL then held the first click ~5 s more).
  // The cost: at 1M rows the first figures after an import, and a click before the index is in, wait for the whole
  // load (3 interleaved pairs, load 8-12: index ready after the summary 24.2 -> 8.7 s median, first click from the
  // summary 8.7 -> 8.6 s, the click alone 1.4 -> 6.8 s).
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
  // In the door's background lane: a query the index does not answer (another screen's, a project filter's) waits
  // for one of its statements at most.
  entry.done = loadOverviewData(backgroundOf(s.db))
    .then((data) => {
      // A data version that changed while this was read leaves it unused: the next render asks for the new one.
      if (current === entry && data) entry.index = new OverviewIndex(data);
    })
    .catch(() => undefined) // without the index the SQL answers, as before
    .finally(() => {
      entry.loading = false;
      if (current === entry) notify();
    });
  return entry.done;
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
    // At once, in this effect: the screen's queries look for the load a task later (overviewAnswersSoon) and wait
    // for it instead of running their SQL beside it.
    void loadOverviewIndex({ db, datasetId, version, ready });
  }, [db, datasetId, version, ready]);
  return useSyncExternalStore(subscribe, () => !!current && current.db === db && current.key === keyOf(s) && !!current.index);
}
