import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankLines } from '../db/queries/stage-csv';
import { dataFileFacts, listDataFiles, resolveDataFile } from './data-folder';
import { startEngineServer, type EngineServer } from './http-server';

// Made at load time: the refusal table below names a path under it.
const root = mkdtempSync(join(tmpdir(), 'data-folder-'));
const data = join(root, 'data');
const CSV = 'a,b\n1,"two\nlines"\n\n3,x\r\n\r\n4,"y"\n';

beforeAll(() => {
  mkdirSync(join(data, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(data, '.hidden'));
  writeFileSync(join(data, 'gains.csv'), CSV);
  writeFileSync(join(data, 'sub', 'deeper', 'more.csv'), 'a\n1\n');
  writeFileSync(join(data, '.hidden', 'secret.csv'), 'a\n1\n');
  writeFileSync(join(data, '.dotfile'), 'x');
  writeFileSync(join(root, 'outside.csv'), 'secret\n42\n');
  symlinkSync(join(root, 'outside.csv'), join(data, 'link.csv'));
  symlinkSync(root, join(data, 'linked-dir'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the engine's data folder", () => {
  it('lists regular files in it and below it, with size and modified time; no links, no hidden entries', () => {
    const files = listDataFiles(data);
    expect(files.map((f) => f.path)).toEqual(['gains.csv', 'sub/deeper/more.csv']);
    expect(files[0]?.size).toBe(Buffer.byteLength(CSV));
    expect(Number.isNaN(Date.parse(files[0]?.modified ?? ''))).toBe(false);
  });

  it.each([
    ['a parent folder', '../outside.csv'],
    ['a parent folder further down', 'sub/../../outside.csv'],
    ['an absolute path', join(root, 'outside.csv')],
    ['a link to a file outside', 'link.csv'],
    ['a file through a linked folder', 'linked-dir/outside.csv'],
    ['a hidden file', '.hidden/secret.csv'],
    ['a folder', 'sub'],
    ['a file that is not there', 'nope.csv'],
    ['an empty path', ''],
    ['a backslash path', 'sub\\deeper\\more.csv'],
    ['a NUL byte', 'gains.csv\0.txt'],
  ])('refuses %s', (_, path) => {
    expect(() => resolveDataFile(data, path)).toThrow(/Refused by the local engine/);
  });

  it('resolves a file below the folder to its path inside it', () => {
    expect(resolveDataFile(data, 'sub/deeper/more.csv')).toBe(join(data, 'sub', 'deeper', 'more.csv'));
  });

  it("counts blank lines and quoted line breaks as the browser's staging does, and hashes the file", async () => {
    const bytes = new TextEncoder().encode(CSV);
    const f = await dataFileFacts(data, 'gains.csv');
    expect(f.file).toBe(join(data, 'gains.csv'));
    expect(f.size).toBe(bytes.byteLength);
    expect(f.blank).toEqual(blankLines(bytes));
    expect(f.blank).toEqual([4, 6]);
    // Record 2 (one line per record) spans one extra line.
    expect(f.multiline).toEqual([[2, 1]]);
    expect(Buffer.from(f.head, 'base64').toString('utf8')).toBe(CSV);
    expect(f.sha256).toBe(createHash('sha256').update(CSV).digest('hex'));
  });

  describe('over HTTP', () => {
    let server: EngineServer;
    beforeAll(async () => {
      server = await startEngineServer({ port: 0, origins: [], dataDir: data });
    });
    afterAll(() => server.close());
    const get = (path: string, token = server.token) =>
      fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

    it('lists the folder and describes a file only with the token', async () => {
      expect((await get('/data', 'wrong')).status).toBe(401);
      expect((await get('/data/facts?path=gains.csv', 'wrong')).status).toBe(401);
      const list = (await (await get('/data')).json()) as { folder: boolean; files: { path: string }[] };
      expect(list.folder).toBe(true);
      expect(list.files.map((f) => f.path)).toEqual(['gains.csv', 'sub/deeper/more.csv']);
      const facts = (await (await get('/data/facts?path=gains.csv')).json()) as { blank: number[] };
      expect(facts.blank).toEqual([4, 6]);
    });

    it('refuses a path out of the folder (403) and says so', async () => {
      for (const path of ['../outside.csv', 'link.csv', 'linked-dir/outside.csv', join(root, 'outside.csv')]) {
        const res = await get(`/data/facts?path=${encodeURIComponent(path)}`);
        expect(res.status).toBe(403);
        expect(await res.text()).toMatch(/Refused by the local engine/);
      }
    });

    it('has no data folder without --data', async () => {
      const bare = await startEngineServer({ port: 0, origins: [] });
      const headers = { Authorization: `Bearer ${bare.token}` };
      expect(await (await fetch(`${bare.url}/data`, { headers })).json()).toEqual({ folder: false, files: [] });
      expect((await fetch(`${bare.url}/data/facts?path=gains.csv`, { headers })).status).toBe(404);
      await bare.close();
    });
  });
});
