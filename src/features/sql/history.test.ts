import { describe, expect, it } from 'vitest';
import { addToHistory, HISTORY_KEY, loadHistory, type HistoryEntry } from './history';

const mem = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};
const entry = (sql: string, rows = 1): HistoryEntry => ({ sql, at: '2026-11-23T10:00:00Z', ok: true, rows, ms: 5 });

describe('query history', () => {
  it('keeps entries newest first across a reload and moves a repeat to the top', () => {
    const s = mem();
    let h = addToHistory([], entry('SELECT 1'), s);
    h = addToHistory(h, entry('SELECT 2'), s);
    addToHistory(h, entry(' SELECT 1 ', 3), s);
    expect(loadHistory(s).map((e) => [e.sql, e.rows])).toEqual([
      [' SELECT 1 ', 3],
      ['SELECT 2', 1],
    ]);
  });

  it('caps the list and drops damaged entries', () => {
    const s = mem();
    let h: HistoryEntry[] = [];
    for (let i = 0; i < 60; i++) h = addToHistory(h, entry(`SELECT ${i}`), s);
    expect(loadHistory(s)).toHaveLength(50);
    s.m.set(HISTORY_KEY, JSON.stringify([{ sql: 1 }, entry('ok')]));
    expect(loadHistory(s).map((e) => e.sql)).toEqual(['ok']);
    s.m.set(HISTORY_KEY, '{not json');
    expect(loadHistory(s)).toEqual([]);
  });
});
