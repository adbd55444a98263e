// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { ImportPanel } from './import-panel';

// A partner's sheet in its own words: unfamiliar headers and a status of "Ja"/"Nej". Mapped column by column, with
// the values' suggested readings, every row loads (issue 16: 60 of 60 rows were rejected).

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

const file = `proj;emne;firma;navn;branche;ansatte;aar;art;beloeb;opnaaet
P1;automation;C1;Firma A;25;10;2024;Produktivitet;100;Ja
P2;automation;C2;Firma B;25;12;2024;Produktivitet;50;Nej
P3;automation;C3;Firma C;28;60;2023;Energi;1000;Ja
`;
const COLUMNS: Record<string, string> = {
  project_id: 'proj',
  theme: 'emne',
  company_id: 'firma',
  company_name: 'navn',
  nace: 'branche',
  employees: 'ansatte',
  year: 'aar',
  gain_type: 'art',
  annual_gain_dkk: 'beloeb',
  status: 'opnaaet',
};

describe('column and value mapping', () => {
  it('loads a Ja/Nej file with unfamiliar headers fully once its columns and values are mapped', async () => {
    renderWithEngine(<ImportPanel />, { engine });
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File([file], 'partner-ja-nej.csv', { type: 'text/csv' })] },
    });
    await screen.findByTestId('import-mapping', undefined, { timeout: 30_000 });
    for (const [canonical, column] of Object.entries(COLUMNS))
      fireEvent.change(screen.getByTestId(`map-column-${canonical}`), { target: { value: column } });
    const rows = screen.getAllByTestId('map-value-status');
    expect(rows.map((r) => [r.dataset.value, r.dataset.chosen])).toEqual([
      ['Ja', 'realised'],
      ['Nej', 'expected'],
    ]);
    expect(rows[0]?.textContent).toMatch(/realiseret.*90 %/);
    fireEvent.click(screen.getByTestId('mapping-apply'));
    const summary = await screen.findByTestId('import-summary', undefined, { timeout: 30_000 });
    expect(summary).toHaveAttribute('data-rows-loaded', '3');
    expect(summary).toHaveAttribute('data-rows-rejected', '0');
    expect(summary).toHaveAttribute('data-realised-total', '1100');
    expect(summary).toHaveAttribute('data-expected-total', '50');
  });
});
