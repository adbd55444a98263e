import { useEffect, useSyncExternalStore } from 'react';
import type { Db, Filters } from '../db';
import { backgroundOf } from '../db/columns';
import { OverviewIndex, type OverviewAnswers } from '../db/queries/overview-index';
import { loadOverviewData } from '../db/queries/overview-index-load';
import type { DataRef } from './keys';

/**
 * The active data set's Overview index (src/db/queries/overview-index.ts), one at a time: fetched once per data
 * version as soon as the Overview shows, then every Overview query under cube-dimension filters is answered from it
 * synchronously (the query options' initialData), so a click needs no SQL and lands as one commit. While it loads,
 * they run their SQL, which goes ahead of the load's statements (the load is in the door's background lane). Waiting
 * for the index instead was measured (3 interleaved pairs at 1M rows, load 8-12): index ready 24.2 -> 8.7 s after the
 * import's summary, but the first figures of the new set and the first click waited for the whole load (the click
 * alone 1.4 -> 6.8 s), so they do not wait.
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

/** Starts fetching the index of `s`'s data unless it is loaded or loading; a newer data version replaces it. */
function loadOverviewIndex(s: DataRef & { db: Db; ready: boolean }): Promise<void> {
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
    // At once: its statements run in the background lane, behind the screen's own queries.
    void loadOverviewIndex({ db, datasetId, version, ready });
  }, [db, datasetId, version, ready]);
  return useSyncExternalStore(subscribe, () => !!current && current.db === db && current.key === keyOf(s) && !!current.index);
}
