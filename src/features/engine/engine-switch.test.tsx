// @vitest-environment jsdom
import { readFile } from 'node:fs/promises';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine, renderWithEngine } from '../../../tests/render-with-engine';
import { useEngine, type Engine } from '../../queries';
import { startEngineServer, type EngineServer } from '../../server/http-server';
import { EngineChoice } from './engine-choice';
import { EngineSwitch } from './engine-switch';

let browser: Engine;
let server: EngineServer;
let current: ReturnType<typeof useEngine> | null = null;

/** Hands the test the engine the screens see, as any screen would get it. */
function Probe() {
  const engine = useEngine();
  useEffect(() => {
    current = engine;
  });
  return null;
}

beforeAll(async () => {
  browser = await openNodeEngine();
  server = await startEngineServer({ port: 0, origins: [] });
}, 90000);
afterAll(async () => {
  await browser.db.close();
  await server.close();
});

const status = () => screen.getByTestId('engine-status');
const read = (path: string) => readFile(path).then((b) => new Uint8Array(b));

async function connect(url: string, token: string) {
  fireEvent.change(screen.getByTestId('engine-switch'), { target: { value: 'local' } });
  fireEvent.change(screen.getByTestId('engine-address'), { target: { value: url } });
  fireEvent.change(screen.getByTestId('engine-token'), { target: { value: token } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('engine-connect'));
  });
}

describe('engine switch', () => {
  it('refuses a wrong token and a missing engine in Danish, connects to native DuckDB with the demo loaded, and goes back', async () => {
    renderWithEngine(
      <EngineChoice browser={browser} readBundled={read}>
        <EngineSwitch />
        <Probe />
      </EngineChoice>,
      { engine: browser },
    );
    expect(status().getAttribute('data-engine')).toBe('browser');
    expect(status().textContent).toBe('Motor: DuckDB i browseren');

    await connect(server.url, 'wrong');
    await waitFor(() => expect(status().getAttribute('data-state')).toBe('failed'));
    expect(status().textContent).toBe('Forkert nøgle: motoren afviste forbindelsen.');
    expect(status().getAttribute('data-engine')).toBe('browser');

    await connect('http://127.0.0.1:1', server.token);
    await waitFor(() => expect(status().textContent).toMatch(/^Ingen motor svarer på http:\/\/127\.0\.0\.1:1/));

    await connect(server.url, server.token);
    await waitFor(() => expect(status().getAttribute('data-state')).not.toBe('connecting'), { timeout: 60000 });
    expect(status().getAttribute('data-engine')).toBe('local');
    expect(status().textContent).toBe(`Lokal motor: DuckDB v1.4.3 på ${server.url}`);
    // The screens now read native DuckDB (locked from the start) with the same demo rows as the browser's engine.
    // The probe's effect runs after the commit that shows the status, so wait for it to hand over the new engine.
    await waitFor(() => expect(current?.db).not.toBe(browser.db));
    const local = current;
    const settings = "SELECT current_setting('lock_configuration') AS locked, (SELECT count(*) FROM gains_flat) AS n";
    const onLocal = (await local!.db.query(settings)).rows[0];
    const onBrowser = (await browser.db.query(settings)).rows[0];
    expect(onLocal).toEqual({ locked: true, n: onBrowser?.n });
    expect(onBrowser?.locked).toBe(false);

    await act(async () => {
      fireEvent.change(screen.getByTestId('engine-switch'), { target: { value: 'browser' } });
    });
    await waitFor(() => expect(status().getAttribute('data-engine')).toBe('browser'));
    await waitFor(() => expect(current?.db).toBe(browser.db));
  }, 120000);
});
