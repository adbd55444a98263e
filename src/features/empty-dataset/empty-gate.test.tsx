// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shell } from '../../app/shell';
import type { Screen } from '../../app/screens';
import { EngineChoice } from '../engine';
import { englishIn } from '../report/english-words';
import type { Engine } from '../../queries';
import { datasetFromDemo } from '../../../tests/datasets-for-tests';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';

// A data set that ends up with no rows, or with no realised gain, explains itself on every screen that shows the
// chain's figures (instead of them: no chart on DKK 0 axes) and above the screens that still have their own rows.

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
  await datasetFromDemo(engine, 'expected', 'Kun forventede', (line) => /,expected,[^,]*$/.test(line));
  await datasetFromDemo(engine, 'none', 'Tomt', () => false);
}, 90_000);
afterAll(() => engine.db.close());

const shell = (s: Screen) => createElement(EngineChoice, { browser: engine }, createElement(Shell, { screen: s }));

async function expectExplained(s: Screen, reason: string, rerender: (ui: React.ReactElement) => void) {
  rerender(shell(s));
  const empty = await screen.findByTestId('dataset-empty', undefined, { timeout: 30_000 });
  expect(empty).toHaveAttribute('data-reason', reason);
  return empty;
}

describe('an empty data set on every screen', () => {
  it('no realised gains: one explanation instead of the chain’s screens, above Data and Programme; the demo is a click away', async () => {
    await engine.activate('expected');
    const { rerender, container } = renderWithEngine(shell('overview'), { engine });
    for (const s of ['overview', 'scenarios', 'uncertainty', 'report'] as const) {
      const empty = await expectExplained(s, 'no-realised', rerender);
      expect(empty.textContent).toContain('Datasættet «Kun forventede» har ingen realiserede gevinster');
      expect(empty.textContent).toMatch(/Dets \d+ rækker er forventede gevinster/);
      expect(englishIn(empty.textContent ?? '')).toEqual([]);
      expect(container.querySelector('svg')).toBeNull();
      expect(screen.queryByTestId('figure-national')).toBeNull();
      expect(screen.getAllByTestId('dataset-empty')).toHaveLength(1);
    }
    for (const s of ['data', 'programme'] as const) {
      const empty = await expectExplained(s, 'no-realised', rerender);
      expect(empty.textContent).toContain('resten af siden følger nedenfor');
      expect(await screen.findByRole('heading', { name: s === 'data' ? 'Data' : 'Programprofil' })).toBeInTheDocument();
    }
    rerender(shell('overview'));
    fireEvent.click(await screen.findByTestId('dataset-empty-demo'));
    await screen.findByTestId('figure-national', undefined, { timeout: 30_000 });
    expect(screen.queryByTestId('dataset-empty')).toBeNull();
    expect(engine.getSnapshot().datasetId).toBe('demo');
  });

  it('no rows: says so in English, and offers the import', async () => {
    window.localStorage.setItem('spillover.lang', 'en');
    await engine.activate('none');
    const { rerender, client } = renderWithEngine(shell('overview'), { engine });
    for (const s of ['overview', 'report'] as const) {
      const empty = await expectExplained(s, 'no-rows', rerender);
      expect(empty.textContent).toContain('The data set “Tomt” has no rows');
      expect(empty.textContent).toContain('There are no reports to compute from');
      expect(empty.textContent).toContain('So no figures and no charts are shown here.');
    }
    fireEvent.click(screen.getByTestId('dataset-empty-import'));
    await waitFor(() => expect(screen.getByTestId('import-open')).toHaveAttribute('aria-expanded', 'true'));

    // The same set's data refetched (a save, a restart bumps the version): the explanation stays through the refetch;
    // the chain's screen never shows in between on the earlier answer.
    rerender(shell('overview'));
    await screen.findByTestId('dataset-empty');
    let shown = 0;
    const watch = new MutationObserver(() => {
      if (document.querySelector('[data-testid="figure-national"]')) shown += 1;
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const fetched = engine.getSnapshot().version;
    engine.touch();
    await waitFor(() => expect(client.isFetching()).toBeGreaterThan(0));
    await waitFor(() => expect(client.isFetching()).toBe(0), { timeout: 30_000 });
    expect(engine.getSnapshot().version).toBeGreaterThan(fetched);
    watch.disconnect();
    expect(shown).toBe(0);
    expect(screen.getByTestId('dataset-empty')).toHaveAttribute('data-reason', 'no-rows');
    window.localStorage.removeItem('spillover.lang');
  });
});
