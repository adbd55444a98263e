// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { SilentResizeObserver, standIn } from '../../../tests/jsdom-stand-ins';
import { englishIn } from './english-words';
import { ReportScreen } from './report-screen';

let engine: Engine;
standIn(globalThis, { ResizeObserver: SilentResizeObserver });
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => {
  return engine.db.close();
});

async function renderReport() {
  window.localStorage.clear();
  renderWithEngine(<ReportScreen />, { engine });
  return screen.findByTestId('report', {}, { timeout: 30_000 });
}

describe('the report as a document, in Danish on the demo data', () => {
  it('numbers its sections 1–5 without a gap, then the appendix, and shows no English', async () => {
    const report = await renderReport();
    const headings = [...report.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      '1. Sammenfatning',
      '2. Fordelinger',
      '3. Antagelser og kilder',
      '4. Følsomhed og usikkerhed',
      '5. Datagrundlag og proveniens',
      'Bilag A. Metode',
    ]);
    const text = report.textContent ?? '';
    expect(englishIn(text)).toEqual([]);
    for (const figure of ['90,0 mio. kr.', '8,4 mia. kr.', '6,1 mia. kr.']) expect(text).toContain(figure);
    expect(text).not.toContain('kr..');
    expect(text).not.toContain('andel (0–1)');
    expect(text).not.toMatch(/\d\.\d+ → \d/);
    expect(text).not.toContain('METHOD.md');
    // Display names, not the schema's choice values.
    const row = (id: string) => report.querySelector(`tr[data-param="${id}"]`)?.textContent ?? '';
    expect(row('pooling')).toContain('pr. tema');
    expect(row('curve')).toContain('logistisk');
    expect(row('discount_profile')).toContain('Finansministeriet 2013: 4 / 3 / 2 %');
    expect(row('deadweight')).toContain('15 %');
  });

  it('typesets the formulas as MathML with a symbol table', async () => {
    const report = await renderReport();
    const method = within(report, 'report-method');
    const formulas = method.querySelectorAll('math');
    expect(formulas.length).toBeGreaterThan(15);
    expect(method.querySelector('li[data-figure="bcr"] math mfrac')).not.toBeNull();
    expect(method.querySelector('li[data-figure="present_value"] math munderover')).not.toBeNull();
    expect(method.textContent).not.toMatch(/Σ_|_\{/);
    expect(within(report, 'method-symbols').textContent).toContain('Dødvægt');
  });

  it('keeps the title, authors and a section commentary with the data set and scenario', async () => {
    const report = await renderReport();
    const title = screen.getByTestId('report-title');
    expect(title.getAttribute('contenteditable')).toBe('plaintext-only');
    expect(title).toHaveTextContent('Evaluering af samfundsøkonomiske spillover-effekter');
    title.textContent = 'Midtvejsevaluering 2026';
    fireEvent.input(title);
    const authors = screen.getByTestId('report-authors');
    authors.textContent = 'Anne Jensen, Per Holm';
    fireEvent.input(authors);
    const note = screen.getByTestId('report-note-summary');
    note.textContent = 'Ledelsen vurderer tallene som et loft.';
    fireEvent.input(note);
    await waitFor(() => expect(within(report, 'report-stamp').textContent).toContain('Anne Jensen, Per Holm'));
    expect(within(report, 'report-stamp').textContent).toContain('Midtvejsevaluering 2026');
    const hash = within(report, 'report-stamp').getAttribute('data-hash') ?? '';
    const kept = JSON.parse(window.localStorage.getItem(`spillover.report-text.${hash}.damvad-2017`) ?? '{}');
    expect(kept).toEqual({
      title: 'Midtvejsevaluering 2026',
      authors: 'Anne Jensen, Per Holm',
      notes: { summary: 'Ledelsen vurderer tallene som et loft.' },
    });
  });
});

function within(root: Element, testId: string): Element {
  const el = root.querySelector(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no ${testId}`);
  return el;
}
