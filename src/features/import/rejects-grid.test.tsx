// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { ImportPanel } from './import-panel';

// A rejected row fixed in the grid is validated again and moves to loaded; the data set's totals follow.

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const file = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP2,T,automation,C2,Firma B,25,10,,,2024,productivity,lots,realised\n`;

describe('fix rejected rows in place', () => {
  it('shows the partner’s whole row, and a fixed cell moves the row to loaded', async () => {
    renderWithEngine(<ImportPanel />, { engine });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([file], 'p.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'saved'), { timeout: 30_000 });
    const grid = await screen.findByTestId('rejects-grid', undefined, { timeout: 30_000 });
    expect(grid).toHaveAttribute('data-rows', '1');
    const amount = screen.getByLabelText('annual_gain_dkk, linje 3');
    expect(amount).toHaveValue('lots');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('company_name, linje 3')).toHaveValue('Firma B');
    fireEvent.change(amount, { target: { value: '250' } });
    fireEvent.click(screen.getByTestId('reject-fix-apply'));
    await waitFor(() => expect(screen.getByTestId('import-summary')).toHaveAttribute('data-rows-loaded', '1'), {
      timeout: 30_000,
    });
    expect(screen.getByTestId('import-summary')).toHaveAttribute('data-rows-rejected', '0');
    const whole = screen.getByTestId('import-appended').firstElementChild;
    expect(whole).toHaveAttribute('data-rows-loaded', '2');
    expect(whole).toHaveAttribute('data-realised-total', '350');
    expect(screen.queryByTestId('rejects-grid')).toBeNull();
  });

  it('replaces one value everywhere in a column and validates the rows again (reject-replace-all)', async () => {
    const three = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP2,T,automation,C2,N,25,10,,,2024,productivity,100,Måske\nP3,T,automation,C3,N,25,10,,,2024,productivity,40,Måske\nP4,T,automation,C4,N,25,10,,,2024,productivity,lots,realised\n`;
    renderWithEngine(<ImportPanel />, { engine });
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File([three], 'm.csv', { type: 'text/csv' })] },
    });
    // The unknown status opens the mapping step; imported as it stands, its two rows are rejected.
    fireEvent.click(await screen.findByTestId('mapping-apply', undefined, { timeout: 30_000 }));
    const grid = await screen.findByTestId('rejects-grid', undefined, { timeout: 30_000 });
    expect(grid).toHaveAttribute('data-rows', '3');
    expect(screen.getByTestId('reject-replace-column')).toHaveValue('annual_gain_dkk');
    fireEvent.change(screen.getByTestId('reject-replace-column'), { target: { value: 'status' } });
    expect([...screen.getByTestId('reject-replace-value').querySelectorAll('option')].map((o) => o.value)).toEqual([
      'Måske',
      'realised',
    ]);
    fireEvent.change(screen.getByTestId('reject-replace-with'), { target: { value: 'expected' } });
    fireEvent.click(screen.getByTestId('reject-replace-all'));
    await waitFor(() => expect(screen.getByTestId('import-summary')).toHaveAttribute('data-rows-loaded', '2'), {
      timeout: 30_000,
    });
    // The row whose amount is still wrong stays rejected, in the grid again.
    expect(screen.getByTestId('import-summary')).toHaveAttribute('data-rows-rejected', '1');
    expect(screen.getByTestId('import-summary')).toHaveAttribute('data-expected-total', '140');
    await waitFor(() => expect(screen.getByTestId('rejects-grid')).toHaveAttribute('data-rows', '1'), { timeout: 30_000 });
  });
});
