// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { DataScreen } from './data-screen';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

const total = () => screen.getByTestId('data-total');

describe('Data screen on the Node engine with the demo data', () => {
  it('pages the reported gains from DuckDB, switches tables and searches', async () => {
    renderWithEngine(<DataScreen />, { engine });
    await waitFor(() => expect(total()).toHaveAttribute('data-value', '498'), { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Virksomheder' }));
    await waitFor(() => expect(total()).toHaveAttribute('data-value', '150'), { timeout: 10_000 });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'no company is called this' } });
    await waitFor(() => expect(total()).toHaveAttribute('data-value', '0'), { timeout: 10_000 });
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it("says what failed: the error banner has DuckDB's message and the statement (a QueryError)", async () => {
    await engine.db.exec('ALTER TABLE population RENAME TO population_gone');
    try {
      renderWithEngine(<DataScreen />, { engine });
      fireEvent.click(screen.getByRole('tab', { name: 'Population (nationalt grundlag)' }));
      const banner = await screen.findByTestId('error-banner', {}, { timeout: 10_000 });
      expect(banner).toHaveTextContent('Tabellen kunne ikke hentes.');
      expect(banner).toHaveTextContent(/The query "browse" failed: .*population/);
      expect(banner.querySelector('pre')?.textContent).toMatch(/SELECT[\s\S]*FROM "?population"?/);
    } finally {
      await engine.db.exec('ALTER TABLE population_gone RENAME TO population');
    }
  });
});
