// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { coverageQuery, reportedByQuery, summaryQuery, type Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { OverviewScreen } from './overview-screen';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());
beforeEach(() => window.history.replaceState(null, '', '/'));

const source = () => ({ ...engine.getSnapshot(), db: engine.db, demo: engine.demo });

describe('Overview on the Node engine with the demo data', () => {
  it('shows the realised gains, 90,000,000 DKK, from the live query (not only the snapshot)', async () => {
    const { client } = renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => expect(client.getQueryData(summaryQuery(source()).queryKey)?.realisedDkk).toBe(90_000_000), { timeout: 10_000 });
    expect(screen.getByTestId('figure-reported')).toHaveAttribute('data-value', '90000000');
    await waitFor(() => expect(Number(screen.getByTestId('figure-social').getAttribute('data-value'))).toBeGreaterThan(0), { timeout: 10_000 });
  });

  it('filters from the URL: only expected gains, so nothing realised (no snapshot for a filter: DuckDB answers)', async () => {
    window.history.replaceState(null, '', '/?f.status=expected');
    renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => expect(screen.getByTestId('figure-reported')).toHaveAttribute('data-value', '0'), { timeout: 10_000 });
  });

  it("fills the unfiltered breakdowns' cache, the very entries the report reads", async () => {
    const { client } = renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => {
      expect(client.getQueryData(reportedByQuery(source(), 'year').queryKey)?.length).toBeGreaterThan(0);
      expect(client.getQueryData(coverageQuery(source()).queryKey)?.length).toBeGreaterThan(0);
    }, { timeout: 15_000 }); // the panel is lazy: Recharts loads after the headline
  });
});
