// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { memoryDatasetStore, openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { ImportPanel } from './import-panel';

// Replace and Add never remove or hide a stored data set unless the new one was validated and stored; a file with no
// loadable rows is refused with its reasons in both modes.

const store = memoryDatasetStore();
const kept = store.kept;
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine({ datasets: store });
});
afterAll(() => engine.db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const good = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP2,T,automation,C2,N,25,10,,,2024,productivity,50,expected\n`;
const allBad = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,lots,realised\nP2,T,automation,C2,N,25,99999999999,,,2024,productivity,5,realised\n`;

const MODES = { add: /Tilføj som nyt datasæt|Add as a new data set/, replace: /Erstat det aktive|Replace the active one/ };

async function importFile(mode: keyof typeof MODES, name: string, text: string) {
  fireEvent.click(screen.getByLabelText(MODES[mode]));
  const input = screen.getByTestId('import-file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  return waitFor(() => screen.getByTestId(/^import-(summary|error)$/), { timeout: 30_000 });
}

describe('import modes keep what the user had', () => {
  it('refuses a file with no loadable rows in add and replace mode, and replaces only after storing', async () => {
    renderWithEngine(<ImportPanel />, { engine });
    // A first data set, stored and active.
    expect((await importFile('add', 'first.csv', good)).getAttribute('data-rows-loaded')).toBe('2');
    await waitFor(() => expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'saved'));
    const first = engine.getSnapshot().datasetId;
    expect(kept.has(first)).toBe(true);

    for (const mode of ['replace', 'add'] as const) {
      const refused = await importFile(mode, 'zero-valid.csv', allBad);
      expect(refused).toHaveAttribute('data-code', 'no-rows');
      expect(refused.textContent).toMatch(/ingen af filens 2 rækker kunne indlæses|none of the file's 2 rows could be loaded/);
      expect(refused.textContent).toMatch(/annual_gain_dkk «lots» (er ikke et tal|is not a number)/);
      expect(engine.getSnapshot().datasetId).toBe(first);
      expect([...kept.keys()]).toEqual([first]);
    }

    await importFile('replace', 'second.csv', good);
    await waitFor(() => expect(screen.getByTestId('import-saved')).toHaveAttribute('data-state', 'saved'));
    const second = engine.getSnapshot().datasetId;
    expect(second).not.toBe(first);
    expect([...kept.keys()]).toEqual([second]);
  });
});
