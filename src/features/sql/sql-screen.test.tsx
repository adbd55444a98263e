// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { SqlScreen } from './sql-screen';

let engine: Engine;
const jsdomClientRects = Object.getOwnPropertyDescriptor(Range.prototype, 'getClientRects');
const jsdomBoundingRect = Object.getOwnPropertyDescriptor(Range.prototype, 'getBoundingClientRect');
beforeAll(async () => {
  // jsdom has no layout; CodeMirror measures text ranges for the cursor and selection.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList; // an empty list: nothing is laid out
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  engine = await openNodeEngine();
});
afterAll(() => {
  restore(Range.prototype, 'getClientRects', jsdomClientRects);
  restore(Range.prototype, 'getBoundingClientRect', jsdomBoundingRect);
  return engine.db.close();
});
beforeEach(() => localStorage.clear());

/** The console starts with the draft kept in localStorage. */
const draft = (sql: string) => localStorage.setItem('spillover.sqlDraft', sql);

describe('SQL console on the Node engine with the demo data', () => {
  it('runs a query and shows its rows: the realised total is the Overview headline', async () => {
    draft("SELECT sum(annual_gain_dkk) AS realised FROM reported_gains WHERE status = 'realised'");
    renderWithEngine(<SqlScreen />, { engine });
    const run = screen.getByTestId('sql-run');
    await waitFor(() => expect(run).toBeEnabled(), { timeout: 10_000 });
    fireEvent.click(run);
    await waitFor(() => expect(screen.getByTestId('sql-rowcount')).toHaveAttribute('data-value', '1'), { timeout: 10_000 });
    expect(screen.queryByTestId('sql-error')).toBeNull();
    await waitFor(() => expect(screen.getAllByText(/90[.,]?000[.,]?000/).length).toBeGreaterThan(0));
  });

  it("shows DuckDB's error, and refuses a write to the app's tables", async () => {
    draft('SELECT no_such_column FROM reported_gains');
    const { unmount } = renderWithEngine(<SqlScreen />, { engine });
    await waitFor(() => expect(screen.getByTestId('sql-run')).toBeEnabled(), { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('sql-run'));
    await waitFor(() => expect(screen.getByTestId('sql-error')).toHaveAttribute('data-kind', 'duckdb'), { timeout: 10_000 });
    unmount();

    draft('DELETE FROM reported_gains');
    renderWithEngine(<SqlScreen />, { engine });
    await waitFor(() => expect(screen.getByTestId('sql-run')).toBeEnabled(), { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('sql-run'));
    await waitFor(() => expect(screen.getByTestId('sql-error')).toHaveAttribute('data-kind', 'refused'), { timeout: 10_000 });
    expect((await engine.db.query('SELECT count(*) AS n FROM reported_gains')).rows[0]?.n).toBe(498);
  });
});

/** Puts a global back as it was before this file (the files of a worker share one jsdom: isolate is off). */
function restore(target: object, name: string, was: PropertyDescriptor | undefined) {
  if (was) Object.defineProperty(target, name, was);
  else Reflect.deleteProperty(target, name);
}
