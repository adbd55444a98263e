// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { ImportPanel } from './import-panel';

// Two partners' files in one data set through the panel: the second appended, its duplicate counted apart, both
// files listed with the rows each gave.

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const a = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP2,T,automation,C2,N,25,10,,,2024,productivity,50,realised\n`;
const b = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP3,T,automation,C3,N,28,60,,,2023,productivity,1000,realised\n`;

async function choose(name: string, text: string) {
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  await waitFor(() => expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'saved'), { timeout: 30_000 });
  return screen.getByTestId('import-summary');
}

describe('append in the import panel', () => {
  it('adds the second file to the active set, shows the duplicate and lists both files', async () => {
    renderWithEngine(<ImportPanel />, { engine });
    await choose('partner-a.csv', a);
    fireEvent.click(screen.getByTestId('import-mode-append'));
    const summary = await choose('partner-b.csv', b);
    expect(summary).toHaveAttribute('data-rows-in', '2');
    expect(summary).toHaveAttribute('data-rows-loaded', '1');
    expect(summary).toHaveAttribute('data-rows-duplicate', '1');
    const whole = screen.getByTestId('import-appended').firstElementChild;
    expect(whole).toHaveAttribute('data-rows-loaded', '3');
    expect(whole).toHaveAttribute('data-realised-total', '1150');
    await waitFor(() => expect(screen.getAllByTestId('dataset-source')).toHaveLength(2));
    expect(screen.getAllByTestId('dataset-source').map((r) => [r.dataset.file, r.dataset.rows])).toEqual([
      ['partner-a.csv', '2'],
      ['partner-b.csv', '1'],
    ]);
  });

  it('replaces one file with another and removes one, the counts and totals following (dataset-source-replace, -remove)', async () => {
    renderWithEngine(<ImportPanel />, { engine });
    await choose('partner-a.csv', a);
    fireEvent.click(screen.getByTestId('import-mode-append'));
    await choose('partner-b.csv', b);
    await waitFor(() => expect(screen.getAllByTestId('dataset-source')).toHaveLength(2));
    const c = `${HEAD}\nP4,T,automation,C4,N,25,10,,,2024,productivity,7,realised\nP5,T,automation,C5,N,25,10,,,2024,productivity,x,realised\n`;
    fireEvent.change(screen.getAllByTestId('dataset-source-replace')[0]!, {
      target: { files: [new File([c], 'partner-c.csv', { type: 'text/csv' })] },
    });
    await waitFor(() => expect(screen.getByTestId('import-summary')).toHaveAttribute('data-rows-in', '2'), { timeout: 30_000 });
    await waitFor(() => expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'saved'), { timeout: 30_000 });
    // a's rows leave the set; b's stays (its copy of a's row was skipped when it came), c's loadable row joins.
    const whole = screen.getByTestId('import-appended').firstElementChild;
    expect(whole).toHaveAttribute('data-rows-loaded', '2');
    expect(whole).toHaveAttribute('data-realised-total', '1007');
    await waitFor(() =>
      expect(screen.getAllByTestId('dataset-source').map((r) => [r.dataset.file, r.dataset.rows])).toEqual([
        ['partner-b.csv', '1'],
        ['partner-c.csv', '1'],
      ]),
    );
    fireEvent.click(screen.getAllByTestId('dataset-source-remove')[0]!);
    const removed = await screen.findByTestId('dataset-source-removed', undefined, { timeout: 30_000 });
    expect([removed.dataset.file, removed.dataset.rowsIn, removed.dataset.rowsLoaded, removed.dataset.rowsRejected]).toEqual([
      'partner-b.csv',
      '2',
      '1',
      '1',
    ]);
    expect(removed).toHaveAttribute('data-realised-total', '7');
    await waitFor(() =>
      expect(screen.getAllByTestId('dataset-source').map((r) => [r.dataset.file, r.dataset.rows])).toEqual([
        ['partner-c.csv', '1'],
      ]),
    );
  });
});
