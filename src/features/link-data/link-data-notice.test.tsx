// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../queries';
import { datasetFromDemo } from '../../../tests/datasets-for-tests';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { englishIn } from '../report/english-words';
import { LinkDataNotice } from './link-data-notice';

// A shared link names the data set it was made on; opened on other data the app says so, and how to get the link's
// data, instead of silently showing the figures of whatever is active.

let engine: Engine;
let partHash: string;
let demoHash = '';
beforeAll(async () => {
  engine = await openNodeEngine();
  partHash = await datasetFromDemo(engine, 'part', 'Første 40 rækker', (_l, i) => i < 40);
});
afterAll(() => engine.db.close());

const open = (search: string) => window.history.replaceState(null, '', `/${search}#/overview`);
const param = (key: string) => new URL(window.location.href).searchParams.get(key);

describe('a link opened on other data', () => {
  it('an old link without a data part shows no notice, and the URL comes to name the active data set', async () => {
    open('?preset=conservative');
    renderWithEngine(<LinkDataNotice />, { engine });
    await waitFor(() => expect(param('d.hash')).toMatch(/^[0-9a-f]{12}$/), { timeout: 30_000 });
    expect(param('d.name')).toBe('MADE SPIR (demo)');
    demoHash = param('d.hash') ?? '';
    expect(param('d.files')).toBeNull(); // the bundled demo came from no imported file
    expect(param('preset')).toBe('conservative');
    expect(screen.queryByTestId('link-data-mismatch')).toBeNull();
  });

  it('made on data this browser does not hold: names both data sets and the file to import, in Danish', async () => {
    open('?d.name=partnere&d.hash=abcdef012345&d.files=0123456789ab');
    renderWithEngine(<LinkDataNotice />, { engine });
    // Before the active data set's hash is known, the link's data are named at once (never the figures alone).
    expect(screen.getByTestId('link-data-checking').textContent).toContain('«partnere» (SHA-256 abcdef012345…)');
    const notice = await screen.findByTestId('link-data-mismatch', undefined, { timeout: 30_000 });
    expect(notice).toHaveAttribute('data-link-hash', 'abcdef012345');
    expect(notice).toHaveAttribute('data-stored', '');
    const text = notice.textContent ?? '';
    expect(text).toContain('Linket blev lavet på datasættet «partnere» (SHA-256 abcdef012345…)');
    expect(text).toMatch(/Tallene her kommer fra «MADE SPIR \(demo\)» \(SHA-256 [0-9a-f]{12}…\)/);
    expect(text).toContain('Importér filen med SHA-256 0123456789ab…, som linket blev lavet på');
    expect(screen.queryByTestId('link-data-switch')).toBeNull();
    expect(englishIn(text)).toEqual([]);
    // While unresolved the URL keeps naming the link's data (a reload still says so) …
    expect(param('d.hash')).toBe('abcdef012345');
    // … and once the user keeps the figures shown, it names the data they come from.
    fireEvent.click(screen.getByTestId('link-data-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('link-data-mismatch')).toBeNull());
    await waitFor(() => expect(param('d.hash')).toBe(notice.getAttribute('data-active-hash')?.slice(0, 12)));
  });

  it('made on a data set kept in this browser: offers to switch to it, and the link’s data are then shown', async () => {
    window.localStorage.setItem('spillover.lang', 'en');
    open(`?d.name=${encodeURIComponent('Første 40 rækker')}&d.hash=${partHash.slice(0, 12)}`);
    renderWithEngine(<LinkDataNotice />, { engine });
    const notice = await screen.findByTestId('link-data-mismatch', undefined, { timeout: 30_000 });
    await waitFor(() => expect(notice).toHaveAttribute('data-stored', 'part'));
    expect(notice.textContent).toContain('The link was made on the data set “Første 40 rækker”');
    expect(notice.textContent).toContain('holds the link’s data: switch to it');
    fireEvent.click(screen.getByTestId('link-data-switch'));
    await waitFor(() => expect(screen.queryByTestId('link-data-mismatch')).toBeNull(), { timeout: 30_000 });
    expect(engine.getSnapshot().datasetId).toBe('part');
    expect(param('d.hash')).toBe(partHash.slice(0, 12));
    window.localStorage.removeItem('spillover.lang');
  });

  it('made on the bundled demo and opened on another data set: offers the demo', async () => {
    expect(engine.getSnapshot().datasetId).toBe('part');
    open(`?d.name=demo&d.hash=${demoHash}`);
    renderWithEngine(<LinkDataNotice />, { engine });
    const notice = await screen.findByTestId('link-data-mismatch', undefined, { timeout: 30_000 });
    await waitFor(() => expect(notice).toHaveAttribute('data-stored', 'demo'));
    expect(notice.textContent).toContain('Tallene her kommer fra «Første 40 rækker»');
    fireEvent.click(screen.getByTestId('link-data-switch'));
    await waitFor(() => expect(screen.queryByTestId('link-data-mismatch')).toBeNull(), { timeout: 30_000 });
    expect(engine.getSnapshot().datasetId).toBe('demo');
  });
});
