// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { ImportPanel } from './import-panel';

// A partner's file whose statuses read "Ja"/"Nej" (or holds only expected gains) never becomes an active, empty data
// set: the panel says why in Danish, groups the reasons, and takes the user back to the mapping step.

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const jaNej = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,Ja\nP2,T,automation,C2,N,25,10,,,2024,productivity,50,Nej\nP3,T,automation,C3,N,25,10,,,2024,productivity,70,Ja\n`;
const expectedOnly = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,forventet\n`;

function choose(name: string, text: string) {
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  return waitFor(() => screen.getByTestId(/^import-(summary|error)$/), { timeout: 30_000 });
}

describe('an import that would be empty', () => {
  it('is not activated, says why in Danish and offers the mapping step again', async () => {
    renderWithEngine(<ImportPanel />, { engine });
    const active = engine.getSnapshot().datasetId;
    // The statuses "Ja"/"Nej" are not read as they stand: the mapping step suggests realised/expected. Told to
    // read them as they stand, every row is rejected and nothing is activated.
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File([jaNej], 'ja-nej.csv', { type: 'text/csv' })] },
    });
    await screen.findByTestId('import-mapping', undefined, { timeout: 30_000 });
    for (const select of screen.getAllByRole('combobox', { name: /^status: / }))
      fireEvent.change(select, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('mapping-apply'));
    const refused = await screen.findByTestId('import-error', undefined, { timeout: 30_000 });
    expect(refused).toHaveAttribute('data-code', 'no-rows');
    expect(refused.textContent).toMatch(/ingen af filens 3 rækker kunne indlæses/);
    const reasons = screen.getByTestId('empty-import-reasons').textContent ?? '';
    expect(reasons).toMatch(/status «Ja» er hverken realiseret eller forventet — 3 rækker/);
    expect(reasons).not.toMatch(/line|is not/);
    expect(engine.getSnapshot().datasetId).toBe(active);

    fireEvent.click(screen.getByTestId('empty-remap'));
    expect(await screen.findByTestId('import-mapping')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Annullér'));

    const onlyExpected = await choose('forventet.csv', expectedOnly);
    expect(onlyExpected).toHaveAttribute('data-code', 'no-realised');
    expect(onlyExpected).toHaveAttribute('data-rows-loaded', '1');
    expect(onlyExpected.textContent).toMatch(/alle forventede gevinster/);
    expect(engine.getSnapshot().datasetId).toBe(active);
  });
});
