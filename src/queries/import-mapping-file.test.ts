import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDatasetStore, openNodeEngine } from '../../tests/render-with-engine';
import type { Engine } from './engine';
import { applyMappingFile, mappingFileOf, parseMappingFile } from './import-mapping-file';
import { finishGains, prepareGains, rereadGains } from './import-run';

// The mapping step's header row (found under a title, or chosen) and the mapping as a JSON file a colleague reuses.

const store = memoryDatasetStore();
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine({ datasets: store });
});
afterAll(() => engine.db.close());

// Two title lines above the headers; line 5 (in the file) has an amount that is no number.
const titled = `Gevinster fra partner C;;;;;;
;;;;;;
proj;emne;firma;branche;aar;beloeb;opnaaet
PC1;automation;CC1;25;2024;1000;Ja
PC2;automation;CC2;25;2024;mange;Ja
PC3;automation;CC3;25;2024;300;Nej
`;
const bytes = new TextEncoder().encode(titled);

describe('header row and mapping file', () => {
  it('finds the headers under the title, keeps file line numbers, and reads the file again from a chosen row', async () => {
    const run = await prepareGains(engine, 'partner-c.csv', bytes, 'partner C');
    const p = run.prepared;
    expect([p.headerRow, p.headerDetected, p.needsReview, p.rowsIn]).toEqual([3, true, true, 3]);
    expect(p.columns).toEqual(['proj', 'emne', 'firma', 'branche', 'aar', 'beloeb', 'opnaaet']);
    expect(p.confidence).toMatchObject({ project_id: 'guess', theme: 'synonym', nace: 'exact', status: 'synonym' });
    expect(p.missingRequired).toEqual([]);

    const first = await rereadGains(engine, run, 1);
    expect([first.prepared.headerRow, first.prepared.headerDetected]).toEqual([1, false]);
    expect(first.prepared.missingRequired.length).toBeGreaterThan(0);

    const again = await rereadGains(engine, first, 3);
    const { result } = await finishGains(engine, again, again.prepared.mapping, 'partner C', 'add', {
      values: again.prepared.values,
    });
    expect([result.rowsIn, result.rowsLoaded, result.rowsRejected]).toEqual([3, 2, 1]);
    expect(result.rejected.map((r) => [r.line, r.value])).toEqual([[5, 'mange']]);
    expect(result.realisedTotal).toBe(1000);
    expect(result.expectedTotal).toBe(300);
  });

  it('writes the mapping as JSON that reads back to the same choices', async () => {
    const run = await prepareGains(engine, 'partner-c.csv', bytes, 'partner C');
    const p = run.prepared;
    const file = mappingFileOf(p, p.mapping, p.values ?? {});
    expect(file).toMatchObject({ version: 1, headerRow: 3, values: { status: { Ja: 'realised', Nej: 'expected' } } });
    const read = parseMappingFile(JSON.stringify(file));
    if (!('file' in read)) throw new Error(`refused: ${read.problem.code}`);
    expect(read.file).toEqual(file);
    // Applied to a file suggested otherwise: its choices win where this file has the column.
    const blank = { ...p, mapping: { ...p.mapping, project_id: null, theme: 'proj' }, values: {} };
    const applied = applyMappingFile(blank, { ...read.file, columns: { ...read.file.columns, company_name: 'navn' } });
    expect(applied.mapping).toEqual(p.mapping);
    expect(applied.values).toEqual(p.values);
    expect(applied.missingRequired).toEqual([]);
    expect(applied.confidence?.project_id).toBe('remembered');
    await finishGains(engine, run, applied.mapping, 'partner C', 'add', { values: applied.values });
  });

  it.each([
    ['not-json', '{columns:'],
    ['not-mapping', '[1,2]'],
    ['not-mapping', '{"version":1}'],
    ['version', '{"version":2,"columns":{}}'],
    ['header-row', '{"version":1,"headerRow":0,"columns":{}}'],
    ['header-row', '{"version":1,"headerRow":"3","columns":{}}'],
    ['column', '{"version":1,"columns":{"amount":"x"}}'],
    ['column', '{"version":1,"columns":{"year":5}}'],
    ['value', '{"version":1,"columns":{},"values":{"theme":{"a":"b"}}}'],
    ['value', '{"version":1,"columns":{},"values":{"status":{"Ja":"yes please"}}}'],
  ])('refuses a bad mapping file (%s): %s', (code, text) => {
    const read = parseMappingFile(text);
    expect('problem' in read && read.problem.code).toBe(code);
  });
});
