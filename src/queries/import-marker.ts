/** Session storage, or a test's stand-in for it. */
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The import this tab has under way, kept in the tab's session storage (it survives a reload, and another tab
 * importing at the same time has its own). Present at start-up, it means a reload or a closed page cut that import
 * off: whatever it had written is removed and a notice says so.
 */
export interface ImportMarker {
  /** The data set's name as the user will know it (the file name until one is chosen). */
  name: string;
  /** Set once the data set has an id, before anything of it is written to the store. */
  datasetId: string | null;
}

const KEY = 'spillover.importInProgress';

export function readMarker(kv: KeyValueStore): ImportMarker | null {
  try {
    const v: unknown = JSON.parse(kv.getItem(KEY) ?? 'null');
    if (typeof v !== 'object' || v === null) return null;
    const m = v as Record<string, unknown>;
    if (typeof m.name !== 'string') return null;
    return { name: m.name, datasetId: typeof m.datasetId === 'string' ? m.datasetId : null };
  } catch {
    return null;
  }
}

export function writeMarker(kv: KeyValueStore, m: ImportMarker | null): void {
  try {
    if (m) kv.setItem(KEY, JSON.stringify(m));
    else kv.removeItem(KEY);
  } catch {
    /* without session storage a cut-off import goes unreported; its unconfirmed record is still checked at start-up */
  }
}
