import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readInput } from './read-input';
import { InputRefused } from './input-guard';
import { WorkbookRefused, readXlsx } from './xlsx';
import { writeXlsx } from './xlsx-write';

// Hostile and large workbooks, generated here (no fixtures): each is read, or refused up front with a reason.

/** A minimal workbook around one sheet's `<sheetData>` XML (and optional shared strings). */
function workbook(sheetData: string, shared?: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
  };
  if (shared) files['xl/sharedStrings.xml'] = strToU8(`<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`);
  return zipSync(files);
}

describe('readXlsx on hostile workbooks', () => {
  it('refuses one far cell (XFD1048576) in a tiny file up front, naming the cell', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    );
    expect(bytes.byteLength).toBeLessThan(2600);
    const e = await readXlsx(bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookRefused);
    expect((e as WorkbookRefused).reason).toMatchObject({ code: 'far-cell', cell: 'XFD1048576' });
    const r = await readInput('far.xlsx', bytes).catch((x: unknown) => x);
    expect((r as InputRefused).problem).toMatchObject({ code: 'far-cell', cell: 'XFD1048576' });
  });

  it('refuses random bytes named .xlsx and a damaged zip as "not a workbook", not "headers only"', async () => {
    let x = 12345;
    const random = new Uint8Array(4096).map(() => (x = (x * 1103515245 + 12345) % 2 ** 31) & 0xff);
    for (const bytes of [random, new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), zipSync({ 'a.txt': strToU8('hello') })]) {
      const r = await readInput('data.xlsx', bytes).catch((e: unknown) => e);
      expect((r as InputRefused).problem).toEqual({ code: 'not-workbook' });
    }
  });

  it('reads typed numbers as the numbers they are, shared and inline strings, booleans, entities and sparse cells', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>flag</t></is></c></row>' +
        '<row r="3"><c r="A3"><v>12345.678</v></c><c r="B3"><v>0.125</v></c><c r="D3" t="b"><v>1</v></c></row>' +
        '<row r="4"><c r="A4"><v>1.2345678E-7</v></c><c r="B4" t="str"><v>a &amp; b &lt;c&gt;</v></c></row>',
      ['amount', 'share &amp; more'],
    );
    const t = await readXlsx(bytes);
    expect(t.headers).toEqual(['amount', 'share & more', '', 'flag']);
    expect(t.rows).toEqual([
      ['', '', '', ''],
      ['12345.678', '0.125', '', 'true'],
      ['0.00000012345678', 'a & b <c>', '', ''],
    ]);
  });

  it('writes and reads back 100,000 rows without any worker', async () => {
    const n = 100_000;
    const rows = [['id', 'amount', 'note'], ...Array.from({ length: n }, (_, i) => [`r${i}`, i + 0.5, i % 7 ? 'x' : '=1+1'])];
    const t0 = performance.now();
    const bytes = writeXlsx([{ name: 'Data', widths: [], rows }]);
    const t1 = performance.now();
    const back = await readXlsx(bytes);
    const t2 = performance.now();
    expect(back.rows.length).toBe(n);
    expect(back.rows[n - 1]).toEqual([`r${n - 1}`, `${n - 1}.5`, 'x']);
    console.info(`100k-row XLSX (${bytes.byteLength} bytes): write ${Math.round(t1 - t0)} ms, read ${Math.round(t2 - t1)} ms`);
  }, 60_000);
});
