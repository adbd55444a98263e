// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvDownload, exportFile } from '../ingest/export-file';
import type { ExportStamp } from '../ingest/export-stamp';
import { saveFile } from './download';

// jsdom has no object URLs; the tests' stand-ins go again after each (the files of a worker share one jsdom).
const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(URL, objectUrls);
});

/** Saves through saveFile with the browser's download mocked; gives the saved name, type and text (BOM kept). */
async function saved(run: () => void | Promise<void>): Promise<{ name: string; type: string; text: string }> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  await run();
  const blob = blobs[0];
  if (!blob) throw new Error('nothing saved');
  return {
    name: names[0] ?? '',
    type: blob.type,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()),
  };
}

describe('CSV downloads go through src/ingest’s writer and guard, saved by saveFile', () => {
  it('rejected rows: hostile values neutralised (full-width too), plain numbers kept, BOM, CRLF', async () => {
    const rejected = [
      { line: 7, column: 'company', value: '＝HYPERLINK("http://evil.example")', reason: 'unknown company' },
      { line: 8, column: 'amount', value: ' +1+1', reason: 'not a number' },
      { line: 9, column: 'amount', value: '-12,5', reason: 'negative' },
    ];
    const f = await saved(() => saveFile(csvDownload(rejected, 'gains-rejected.csv', ['line', 'column', 'value', 'reason'])));
    expect(f.name).toBe('gains-rejected.csv');
    expect(f.type).toBe('text/csv;charset=utf-8');
    expect(f.text).toBe(
      '\uFEFFline,column,value,reason\r\n' +
        `7,company,"'＝HYPERLINK(""http://evil.example"")",unknown company\r\n` +
        "8,amount,' +1+1,not a number\r\n" +
        '9,amount,"-12,5",negative\r\n',
    );
  });

  it('trace rows and cells: numbers as plain decimals in the Danish dialect, hostile text neutralised', async () => {
    const cells = [
      { theme: '@risk', nace: '25', share: 1e-7, gain: 1e21 },
      { theme: 'Robotics; cells', nace: '28', share: 0.25, gain: -1234.5 },
    ];
    const f = await saved(() => saveFile(csvDownload(cells, 'n-rows.csv', undefined, 'da')));
    expect(f.text).toBe(
      '\uFEFFtheme;nace;share;gain\r\n\'@risk;25;0,0000001;1000000000000000000000\r\n"Robotics; cells";28;0,25;-1234,5\r\n',
    );
  });

  it('stamped exports (Data screen, console, comparison) save the same writer’s bytes', async () => {
    const stamp: ExportStamp = {
      dataset: 'Demo',
      datasetHash: '0'.repeat(64),
      scenario: { preset: 'p', changed: {} },
      params: {},
      appVersion: '0.1.0',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const table = { columns: [{ name: 'label' }, { name: 'v', type: 'DOUBLE' }], rows: [{ label: '－1+1', v: 1e-7 }] };
    const f = await saved(async () => saveFile(await exportFile('csv', table, stamp, 'query', 'en')));
    expect(f.name).toBe('query_demo-00000000_p_2026-01-01_v0.1.0.csv');
    expect(f.text).toBe("\uFEFFlabel,v\r\n'－1+1,0.0000001\r\n");
  });
});
