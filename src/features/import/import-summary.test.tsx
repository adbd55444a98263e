// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../queries';
import { LangProvider } from '../../ui';
import { ImportSummary } from './import-summary';

const result: ImportResult = {
  info: {
    dataset_id: 'ds-1',
    name: 'partners',
    source: 'p.csv',
    created_at: null,
    rows_in: 14,
    rows_loaded: 10,
    rows_rejected: 4,
    content_hash: null,
  },
  datasetId: 'ds-1',
  name: 'partners',
  fileName: 'p.csv',
  encoding: 'windows-1252',
  dialect: { delimiter: ';', quote: '"' },
  kind: 'csv',
  rowsIn: 14,
  rowsLoaded: 10,
  rowsRejected: 4,
  numberStyle: 'comma',
  realisedTotal: 9758857.75,
  expectedTotal: 2444444,
  flagged: 1,
  rejected: [
    { line: 4, column: 'annual_gain_dkk', value: '12.5oo', reason: 'line 4, annual_gain_dkk: "12.5oo" is not a number' },
    { line: 7, column: 'project_id', value: null, reason: 'line 7, project_id: is empty (required)' },
  ],
};

describe('ImportSummary', () => {
  it('carries the three counts and the realised total as raw numbers, and lists each rejected line', () => {
    localStorage.setItem('spillover.lang', 'da');
    render(
      <LangProvider>
        <ImportSummary result={result} saved="saved" onClose={vi.fn()} />
      </LangProvider>,
    );
    const summary = screen.getByTestId('import-summary');
    expect(summary).toHaveAttribute('data-rows-in', '14');
    expect(summary).toHaveAttribute('data-rows-loaded', '10');
    expect(summary).toHaveAttribute('data-rows-rejected', '4');
    expect(summary).toHaveAttribute('data-realised-total', '9758857.75');
    expect(within(summary).getByText('9.758.858 kr.')).toBeInTheDocument();
    const rows = within(screen.getByTestId('import-rejects')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-line'))).toEqual(['4', '7']);
    expect(screen.getByText('line 4, annual_gain_dkk: "12.5oo" is not a number')).toBeInTheDocument();
    expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'saved');
  });

  it('says when the data set could not be saved in the browser', () => {
    render(
      <LangProvider>
        <ImportSummary result={result} saved="QuotaExceededError" onClose={vi.fn()} />
      </LangProvider>,
    );
    expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'failed');
    expect(screen.getByTestId('import-saved').textContent).toMatch(/QuotaExceededError/);
  });
});
