// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatDkk } from '../../format';
import { coverageQuery, reportedByQuery, summaryQuery, type Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { OverviewScreen } from './overview-screen';

let engine: Engine;
const jsdomResizeObserver = Object.getOwnPropertyDescriptor(globalThis, 'ResizeObserver');
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => {
  restore(globalThis, 'ResizeObserver', jsdomResizeObserver);
  return engine.db.close();
});
beforeEach(() => window.history.replaceState(null, '', '/'));

const source = () => ({ ...engine.getSnapshot(), db: engine.db, demo: engine.demo });

describe('Overview on the Node engine with the demo data', () => {
  it('shows the realised gains, 90,000,000 DKK, from the live query (not only the snapshot)', async () => {
    const { client } = renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => expect(client.getQueryData(summaryQuery(source()).queryKey)?.realisedDkk).toBe(90_000_000), {
      timeout: 10_000,
    });
    expect(screen.getByTestId('figure-reported')).toHaveAttribute('data-value', '90000000');
    await waitFor(() => expect(Number(screen.getByTestId('figure-social').getAttribute('data-value'))).toBeGreaterThan(0), {
      timeout: 10_000,
    });
  });

  it('filters from the URL: only expected gains, so nothing realised (no snapshot for a filter: DuckDB answers)', async () => {
    window.history.replaceState(null, '', '/?f.status=expected');
    renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => expect(screen.getByTestId('figure-reported')).toHaveAttribute('data-value', '0'), { timeout: 10_000 });
  });

  it("fills the unfiltered breakdowns' cache, the very entries the report reads", async () => {
    const { client } = renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(
      () => {
        expect(client.getQueryData(reportedByQuery(source(), 'year').queryKey)?.length).toBeGreaterThan(0);
        expect(client.getQueryData(coverageQuery(source()).queryKey)?.length).toBeGreaterThan(0);
      },
      { timeout: 15_000 },
    ); // the panel is lazy: Recharts loads after the headline
  });

  it('shows the realised tier beside the potential tier, each with its basis; BCR_realised ≈ 12.6 < potential BCR', async () => {
    renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => expect(screen.getByTestId('figure-bcr-realised').getAttribute('data-value')).not.toBe(''), {
      timeout: 10_000,
    });
    const realised = Number(screen.getByTestId('figure-bcr-realised').getAttribute('data-value'));
    const potential = Number(screen.getByTestId('figure-bcr').getAttribute('data-value'));
    // METHOD step 9a on the reference: 90m × 0.72675 × annuity(4 %, 20 y) / (64m × 1.1).
    expect(realised).toBeCloseTo((90e6 * 0.72675 * (1 - Math.pow(1.04, -20))) / 0.04 / 70.4e6, 6);
    expect(realised).toBeLessThan(potential);
    expect(Number(screen.getByTestId('figure-realised-pv').getAttribute('data-value'))).toBeCloseTo(realised * 70.4e6, 0);
    expect(screen.getByTestId('tier-realised')).toHaveTextContent('Ingen opskalering til andre virksomheder');
    expect(screen.getByTestId('potential-basis')).toHaveTextContent(
      'Hvis alle relevante virksomheder tog resultaterne i brug og det hele blev tilskrevet programmet',
    );
    expect(screen.getByTestId('payback-realised')).toHaveAttribute('data-value', '2019');
    expect(screen.getByTestId('payback-potential')).toHaveAttribute('data-value', '2018');
  });

  it('runs the plausibility checks on the demo: only bcr_high (the potential tier at attribution 1), as METHOD.md expects', async () => {
    renderWithEngine(<OverviewScreen />, { engine });
    const list = await screen.findByTestId('plausibility-warnings', {}, { timeout: 10_000 });
    await waitFor(() => expect(list).toHaveAttribute('data-count', '1'));
    expect(screen.getByTestId('plausibility-bcr_high')).toHaveTextContent(
      'Den potentielle benefit-cost-ratio er 618,5, over 100',
    );
    expect(screen.getByTestId('plausibility-badge')).toHaveAttribute('data-count', '1');
  });

  it('quotes the published figures beside the preset because the demo reproduces them', async () => {
    renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(
      () =>
        expect(screen.getByTestId('preset-description')).toHaveTextContent(
          'På dette datasæt gengiver den de offentliggjorte tal: 90 mio. kr. rapporteret → 8,4 mia. nationalt potentiale → 6,1 mia. samfundsgevinst (813 mio. EUR).',
        ),
      { timeout: 10_000 },
    );
  });

  it("a click on the industry-10 bar of N selects model terms: figure-national unchanged, the bar's own N as figure-national-selected", async () => {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    renderWithEngine(<OverviewScreen />, { engine });
    const frame = await screen.findByTestId('breakdown-industry', {}, { timeout: 15_000 });
    await waitFor(() => expect(screen.getByTestId('figure-national').getAttribute('data-value')).not.toBe(''));
    const total = screen.getByTestId('figure-national').getAttribute('data-value');
    fireEvent.click(within(frame).getByRole('button', { name: 'Vis som tabel' }));
    const row = within(frame).getByRole('button', { name: /^10 / });
    const barValue = row.closest('tr')?.children[1]?.textContent;
    fireEvent.click(row);
    const sel = await screen.findByTestId('figure-national-selected');
    expect(screen.getByTestId('figure-national')).toHaveAttribute('data-value', total);
    expect(screen.queryByTestId('filter-scope')).toBeNull();
    // The URL is written once the clicks pause (src/queries/url-writer.ts).
    await waitFor(() => expect(window.location.search).toContain('m.industry=10'));
    expect(window.location.search).not.toContain('f.industry');
    expect(screen.getByTestId('selected-industry')).toHaveTextContent('Branche 10 · Fremstilling af fødevarer');
    // The bar's own value, as the chart's table shows it (compact DKK), equals the selected sum.
    expect(barValue).toBe(formatDkk(Number(sel.getAttribute('data-value')), 'da', { compact: true }));
  });

  it('a report filter re-runs the chain under a banner with the reports selected of the total', async () => {
    window.history.replaceState(null, '', '/?f.industry=10');
    renderWithEngine(<OverviewScreen />, { engine });
    const scope = await screen.findByTestId('filter-scope', {}, { timeout: 10_000 });
    const selected = Number(scope.getAttribute('data-reports-selected'));
    const total = Number(scope.getAttribute('data-reports-total'));
    expect(selected).toBeGreaterThan(0);
    expect(selected).toBeLessThan(total);
    expect(scope).toHaveTextContent(`Ekstrapoleret fra ${selected} af ${total} rapporter`);
    expect(scope).toHaveTextContent('Det er ikke potentialet for Branche 10 · Fremstilling af fødevarer');
    expect(screen.getByTestId('chip-industry')).toHaveTextContent(
      'Rapporterende virksomheds branche 10 · Fremstilling af fødevarer',
    );
  });

  it('has attribution as a control that moves the potential BCR and the URL, not the realised tier', async () => {
    renderWithEngine(<OverviewScreen />, { engine });
    await waitFor(() => expect(screen.getByTestId('figure-bcr').getAttribute('data-value')).not.toBe(''), { timeout: 10_000 });
    const before = Number(screen.getByTestId('figure-bcr').getAttribute('data-value'));
    const realisedBefore = screen.getByTestId('figure-bcr-realised').getAttribute('data-value');
    fireEvent.change(screen.getByTestId('attribution-control'), { target: { value: '10' } });
    await waitFor(() => expect(Number(screen.getByTestId('figure-bcr').getAttribute('data-value'))).toBeCloseTo(before * 0.1, 6));
    expect(screen.getByTestId('figure-bcr-realised')).toHaveAttribute('data-value', realisedBefore);
    await waitFor(() => expect(window.location.search).toContain('p.attribution=0.1'));
    expect(screen.getByTestId('potential-basis')).toHaveTextContent('10 % af det blev tilskrevet programmet');
  });
});

/** Puts a global back as it was before this file (the files of a worker share one jsdom: isolate is off). */
function restore(target: object, name: string, was: PropertyDescriptor | undefined) {
  if (was) Object.defineProperty(target, name, was);
  else Reflect.deleteProperty(target, name);
}
