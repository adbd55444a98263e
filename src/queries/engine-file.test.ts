import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_DEMO } from '../../tests/node-demo';
import { datasetRowCount, sha256Hex } from '../db';
import { startEngineServer, type EngineServer } from '../server/http-server';
import type { Engine } from './engine';
import { EngineFile, sourceHash } from './engine-file';
import { finishGains, prepareGains } from './import-run';
import { connectLocalEngine, type RemoteAddress } from './local-engine';

// An import read by the local engine from its --data folder goes through the same pipeline as the same file's
// bytes sent from the page: the same counts, rejects (with their lines) and totals, saved in the engine's --db file.
const root = mkdtempSync(join(tmpdir(), 'engine-file-'));
const data = join(root, 'data');
let server: EngineServer;
let address: RemoteAddress;
let engine: Engine;

const FIXTURE = 'tests/fixtures/import/with-bad-rows.csv';
/** The fixture with a blank line and a title that spans two lines: both move the later rejects' line numbers. */
function shifted(): string {
  const lines = readFileSync(FIXTURE, 'utf8').split('\n');
  lines.splice(2, 0, '');
  lines[4] = lines[4]!.replace(/^(P\d+),([^,]+),/, '$1,"$2\nsecond line",');
  return lines.join('\n');
}

beforeAll(async () => {
  mkdirSync(join(data, 'partners'), { recursive: true });
  copyFileSync(FIXTURE, join(data, 'partners', 'with-bad-rows.csv'));
  writeFileSync(join(data, 'shifted.csv'), shifted());
  copyFileSync('tests/fixtures/import/utf16.csv', join(data, 'utf16.csv'));
  server = await startEngineServer({ port: 0, origins: [], dataDir: data, dbFile: join(root, 'kept.duckdb') });
  address = { url: server.url, token: server.token };
  ({ engine } = await connectLocalEngine(NODE_DEMO, address, async (p) => new Uint8Array(await readFile(p))));
  await engine.started;
  expect(engine.getSnapshot().error).toBeNull();
}, 120000);

afterAll(async () => {
  await engine.db.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const fileIn = (path: string) => new EngineFile(path.split('/').pop()!, path, statSync(join(data, path)).size, address);

async function importOnce(raw: Uint8Array, fileName: string) {
  const run = await prepareGains(engine, fileName, raw, fileName);
  const { result, saved } = await finishGains(engine, run, run.prepared.mapping, fileName, 'add');
  const { rowsIn, rowsLoaded, rowsRejected, realisedTotal, expectedTotal } = result;
  const rejected = result.rejected.map((r) => [r.line, r.column, r.reason]);
  return { id: result.datasetId, saved, figures: { rowsIn, rowsLoaded, rowsRejected, realisedTotal, expectedTotal, rejected } };
}

describe('an import read by the local engine from its data folder', () => {
  it.each([
    ['partners/with-bad-rows.csv', [4, 7, 9, 12]],
    ['shifted.csv', [5, 9, 11, 14]],
  ])(
    '%s: the same account as its bytes sent from the page, kept in the engine’s file',
    async (path, lines) => {
      const bytes = new Uint8Array(readFileSync(join(data, path)));
      const name = path.split('/').pop()!;
      const sent = await importOnce(bytes, name);
      const read = await importOnce(fileIn(path), name);
      expect(read.figures).toEqual(sent.figures);
      expect(read.figures.rowsIn).toBe(14);
      expect(read.figures.rejected.map((r) => r[0])).toEqual(lines);
      expect(read.saved).toBe('saved');
      expect(await engine.datasets.get(read.id)).not.toBeNull();
      expect(await datasetRowCount(engine.db, read.id)).toBe(read.figures.rowsLoaded);
    },
    120000,
  );

  it('names the file by the hash of its bytes, as an upload does', async () => {
    const bytes = new Uint8Array(readFileSync(join(data, 'shifted.csv')));
    expect(await sourceHash(fileIn('shifted.csv'))).toBe(await sha256Hex(bytes));
  });

  it('refuses a file that is not UTF-8 text (the engine reads it as it lies) and one outside the folder', async () => {
    await expect(prepareGains(engine, 'utf16.csv', fileIn('utf16.csv'), 'u')).rejects.toThrow(/UTF-8 CSV/);
    const outside = new EngineFile('x.csv', '../kept.duckdb', 1, address);
    await expect(prepareGains(engine, 'x.csv', outside, 'x')).rejects.toThrow(/Refused by the local engine/);
  });
});
