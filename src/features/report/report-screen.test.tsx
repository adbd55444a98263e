// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  coverageQuery, modelInputQuery, provenanceQuery, referenceProvenanceQuery, reportedByQuery, summaryQuery, type Engine,
} from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { ReportScreen } from './report-screen';

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver; // jsdom has none; the charts then keep their default width
});
afterAll(() => engine.db.close());

describe('Report on the Node engine with the demo data', () => {
  it("reads the Overview's own query options: every query it caches is one the Overview makes too", async () => {
    const { client } = renderWithEngine(<ReportScreen />, { engine });
    await waitFor(() => expect(screen.queryByTestId('report-loading')).toBeNull(), { timeout: 15_000 });
    const s = { ...engine.getSnapshot(), db: engine.db, demo: engine.demo };
    const shared = [summaryQuery(s), modelInputQuery(s), reportedByQuery(s, 'year'), coverageQuery(s), provenanceQuery(s), referenceProvenanceQuery(s)];
    const hash = (key: readonly unknown[]) => JSON.stringify(key);
    const cached = client.getQueryCache().getAll().map((q) => hash(q.queryKey));
    expect(new Set(cached)).toEqual(new Set(shared.map((o) => hash(o.queryKey))));
    expect(client.getQueryData(summaryQuery(s).queryKey)?.realisedDkk).toBe(90_000_000);
  });
});
