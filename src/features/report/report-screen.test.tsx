// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkInputQuery,
  coverageQuery,
  makeQueryClient,
  modelInputQuery,
  provenanceQuery,
  referenceProvenanceQuery,
  reportedByQuery,
  summaryQuery,
  type Engine,
} from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { SilentResizeObserver, standIn } from '../../../tests/jsdom-stand-ins';
import { evaluate, plausibilityChecks, presetById } from '../../model';
import { HeadlineSection } from './headline-section';
import { ReportScreen } from './report-screen';

let engine: Engine;
standIn(globalThis, { ResizeObserver: SilentResizeObserver });
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => {
  return engine.db.close();
});

describe('Report on the Node engine with the demo data', () => {
  it("reads the Overview's own query options: every query it caches is one the Overview makes too", async () => {
    const { client } = renderWithEngine(<ReportScreen />, { engine });
    await waitFor(() => expect(screen.queryByTestId('report-loading')).toBeNull(), { timeout: 15_000 });
    const s = { ...engine.getSnapshot(), db: engine.db, demo: engine.demo };
    // The report is ready on the snapshot's summary (placeholder data, never cached): the live answer may come later.
    await waitFor(() => expect(client.getQueryData(summaryQuery(s).queryKey)?.realisedDkk).toBe(90_000_000), {
      timeout: 15_000,
    });
    const shared = [
      summaryQuery(s),
      modelInputQuery(s),
      checkInputQuery(s),
      reportedByQuery(s, 'year'),
      coverageQuery(s),
      provenanceQuery(s),
      referenceProvenanceQuery(s),
    ];
    const hash = (key: readonly unknown[]) => JSON.stringify(key);
    const cached = client
      .getQueryCache()
      .getAll()
      .map((q) => hash(q.queryKey));
    expect(new Set(cached)).toEqual(new Set(shared.map((o) => hash(o.queryKey))));
  });

  it('prints both tiers, each with its basis: realised BCR below the potential BCR', async () => {
    // The headline section alone, on the same query options and model with the reference preset.
    const s = { ...engine.getSnapshot(), db: engine.db, demo: engine.demo };
    const client = makeQueryClient();
    const [summary, cells, data] = await Promise.all([
      client.fetchQuery(summaryQuery(s)),
      client.fetchQuery(modelInputQuery(s)),
      client.fetchQuery(checkInputQuery(s)),
    ]);
    const result = evaluate(cells, presetById('damvad-2017').params);
    renderWithEngine(<HeadlineSection summary={summary} result={result} checks={plausibilityChecks(cells, result, data)} />, {
      engine,
      client,
    });
    const realised = Number(screen.getByTestId('report-figure-bcr-realised').getAttribute('data-value'));
    expect(realised).toBeGreaterThan(12.5);
    expect(realised).toBeLessThan(Number(screen.getByTestId('report-figure-bcr').getAttribute('data-value')));
    expect(Number(screen.getByTestId('report-figure-realised-pv').getAttribute('data-value'))).toBeGreaterThan(0);
    expect(document.body).toHaveTextContent('Realiseret af deltagerne');
    expect(screen.getByTestId('report-plausibility')).toHaveAttribute('data-count', '1');
    expect(screen.getByTestId('report-plausibility-bcr_high')).toHaveTextContent('over 100');
    expect(document.body).toHaveTextContent(
      'Hvis alle relevante virksomheder tog resultaterne i brug og det hele blev tilskrevet programmet',
    );
  });
});
