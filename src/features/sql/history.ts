/** The console's query history, kept in localStorage across reloads (newest first, repeats moved to the top). */
export interface HistoryEntry {
  sql: string;
  at: string;
  ok: boolean;
  rows: number | null;
  ms: number;
}

export const HISTORY_KEY = 'spillover.sqlHistory';
const MAX = 50;

function isEntry(x: unknown): x is HistoryEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>; // narrowed field by field below
  return (
    typeof e.sql === 'string' &&
    typeof e.at === 'string' &&
    typeof e.ok === 'boolean' &&
    typeof e.ms === 'number' &&
    (e.rows === null || typeof e.rows === 'number')
  );
}

export function loadHistory(storage: Pick<Storage, 'getItem'> = localStorage): HistoryEntry[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isEntry).slice(0, MAX) : [];
  } catch {
    // A damaged history is not worth an error: start a new one.
    return [];
  }
}

export function addToHistory(
  list: readonly HistoryEntry[],
  entry: HistoryEntry,
  storage: Pick<Storage, 'setItem'> = localStorage,
): HistoryEntry[] {
  const next = [entry, ...list.filter((e) => e.sql.trim() !== entry.sql.trim())].slice(0, MAX);
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the history still works for this session.
  }
  return next;
}
