import { unzipSync, type Unzipped } from 'fflate';
import { cellText, plainDecimal, rectangle } from './cell-text';
import { MAX_COLUMNS } from './input-guard';

export interface SheetTable {
  /** Every sheet's name, in workbook order. */
  sheets: string[];
  /** The sheet that was read. */
  sheet: string;
  headers: string[];
  /** One entry per sheet row below the header, empty rows in the middle included (all cells ''). */
  rows: string[][];
}

/** Why a zip was not read as a workbook: not a zip at all / no workbook in it, or a sheet whose cells lie too far out. */
export class WorkbookRefused extends Error {
  constructor(
    readonly reason: { code: 'not-workbook' } | { code: 'far-cell'; cell: string; cells: number },
    message: string,
  ) {
    super(`Could not read the file as an XLSX workbook: ${message}`);
    this.name = 'WorkbookRefused';
  }
}

/** The XML inside a workbook, uncompressed, may be at most this large (a zip bomb stops here, unread). */
const MAX_WORKBOOK_XML = 1024 ** 3;
/** A sheet read as a grid holds rows × columns cells; beyond this it would exhaust the tab's memory. */
export const MAX_GRID_CELLS = 50_000_000;

/** The column number of a cell reference's letters (`A` → 1, `XFD` → 16384). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The grid a sheet's XML asks for: its farthest row and column and the number of cells. A reader fills
 * a dense rows × columns array, so one cell at `XFD1048576` in a 2.5 KB file would ask for 17 billion cells.
 */
function sheetExtent(xml: string): { rows: number; columns: number; cells: number; farthest: string } {
  let rows = 0;
  let columns = 0;
  let cells = 0;
  let farthest = 'A1';
  const ref = /<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g;
  for (let m = ref.exec(xml); m; m = ref.exec(xml)) {
    cells++;
    const col = columnNumber(m[1] ?? 'A');
    const row = Number(m[2]);
    if (col > columns || row > rows) farthest = `${m[1]}${m[2]}`;
    columns = Math.max(columns, col);
    rows = Math.max(rows, row);
  }
  // Rows without cell references (some writers) count by their <row> elements.
  if (cells === 0) rows = (xml.match(/<(?:\w+:)?row\b/g) ?? []).length;
  return { rows, columns, cells, farthest };
}

/**
 * Excel computes and shows 15 significant digits but may store 17 (`1234.4999999999998` for 1234.5), so the
 * stored text is rounded to 15 digits, the value the partner saw, then written without exponent.
 */
export function excelNumberText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return plainDecimal(n.toPrecision(15));
}

/**
 * Unzips a workbook synchronously (fflate's asynchronous unzip starts a `blob:` worker for large entries, which the
 * app's CSP `worker-src 'self'` blocks, and the import then never finished) and checks it before any sheet is read:
 * a zip bomb, a zip without a workbook, a sheet with a cell so far out that its grid would exhaust the tab.
 */
function unpackChecked(bytes: Uint8Array): Unzipped {
  let files: Unzipped;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const xml = /\.(xml|rels)$/i.test(f.name);
        if (xml) total += f.originalSize;
        if (total > MAX_WORKBOOK_XML)
          throw new WorkbookRefused(
            { code: 'not-workbook' },
            `The workbook's XML would be over ${MAX_WORKBOOK_XML} bytes unpacked.`,
          );
        return xml;
      },
    });
  } catch (e) {
    if (e instanceof WorkbookRefused) throw e;
    throw new WorkbookRefused(
      { code: 'not-workbook' },
      `it is not a readable zip (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  return files;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities and character references resolved, and OOXML's `_xHHHH_` escapes. */
function xmlDecode(s: string): string {
  const text = s.includes('&')
    ? s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
        const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : e.startsWith('#') ? Number(e.slice(1)) : -1;
        if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        return ENTITY[e] ?? m;
      })
    : s;
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : text;
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

/** The text of every `<t>` in a string item or inline string (rich text runs joined; phonetic runs left out). */
function runText(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  const t = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g;
  for (let m = t.exec(plain); m; m = t.exec(plain)) out += xmlDecode(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const si = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = si.exec(xml); m; m = si.exec(xml)) out.push(runText(m[1] ?? ''));
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes (`s`) show a number as a date or time. */
function dateStyles(xml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!xml) return out;
  const custom = new Map<number, string>();
  const fmt = /<(?:\w+:)?numFmt\b([^>]*)>/g;
  for (let m = fmt.exec(xml); m; m = fmt.exec(xml))
    custom.set(Number(attr(m[1] ?? '', 'numFmtId')), xmlDecode(attr(m[1] ?? '', 'formatCode') ?? ''));
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const xf = /<(?:\w+:)?xf\b([^>]*)>/g;
  let i = 0;
  for (let m = xf.exec(xfs); m; m = xf.exec(xfs), i++) {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    // A custom format is a date when it has date or time letters outside quoted text, brackets and escapes.
    const isDate =
      code !== undefined ? /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) : BUILTIN_DATE_FORMATS.has(id);
    if (isDate) out.add(i);
  }
  return out;
}

function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000));
}

/** A zip part's path from a relationship target, relative to the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function relationships(xml: string | undefined, base: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  if (!xml) return out;
  const rel = /<(?:\w+:)?Relationship\b([^>]*)>/g;
  for (let m = rel.exec(xml); m; m = rel.exec(xml)) {
    const a = m[1] ?? '';
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    if (id && target) out.set(id, { type: attr(a, 'Type') ?? '', path: resolveTarget(base, xmlDecode(target)) });
  }
  return out;
}

/** Every cell of a sheet as text, rows in sheet order (missing rows and cells as ''), trailing empty rows dropped. */
function sheetRows(xml: string, shared: readonly string[], dates: ReadonlySet<number>, date1904: boolean): string[][] {
  const grid: string[][] = [];
  const row = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cell = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  const value = /<(?:\w+:)?v\b[^>]*>([^<]*)<\/(?:\w+:)?v>/;
  let next = 0;
  for (let r = row.exec(xml); r; r = row.exec(xml)) {
    const rAttr = attr(r[1] ?? '', 'r');
    const index = rAttr ? Number(rAttr) - 1 : next;
    next = index + 1;
    const out: string[] = [];
    const body = r[2] ?? '';
    let col = 0;
    cell.lastIndex = 0;
    for (let c = cell.exec(body); c; c = cell.exec(body)) {
      const a = c[1] ?? '';
      const ref = attr(a, 'r');
      const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
      const at = letters ? columnNumber(letters) - 1 : col;
      col = at + 1;
      const inner = c[2] ?? '';
      const t = attr(a, 't') ?? 'n';
      let text: string;
      if (t === 'inlineStr') text = runText(inner);
      else {
        const v = value.exec(inner)?.[1];
        if (v === undefined) text = '';
        else if (t === 's') text = shared[Number(v)] ?? '';
        else if (t === 'b') text = v.trim() === '1' ? 'true' : 'false';
        else if (t === 'str' || t === 'e' || t === 'd') text = xmlDecode(v);
        else {
          const n = Number(v);
          const style = Number(attr(a, 's') ?? 0);
          text = dates.has(style) && Number.isFinite(n) ? cellText(serialDate(n, date1904)) : excelNumberText(xmlDecode(v));
        }
      }
      while (out.length < at) out.push('');
      out[at] = text;
    }
    while (grid.length < index) grid.push([]);
    grid[index] = out;
  }
  while (grid.length && !(grid.at(-1) ?? []).some((c) => c !== '')) grid.pop();
  return grid;
}

/**
 * Reads one sheet of an XLSX workbook as text: the first sheet, or `sheet` by name or 0-based index into
 * `sheets`. The first non-empty row is the header row. Numbers are written as the plain decimals Excel shows
 * (15 digits), date-formatted numbers as ISO dates, booleans as true/false. Synchronous, in a single pass of regular
 * expressions over each part (read-excel-file's chunked parser lost cells on a busy machine and ran for minutes on
 * 20,000 rows). Throws WorkbookRefused for a zip that is no workbook, or a sheet with a far-away cell.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string | number): Promise<SheetTable> {
  await Promise.resolve();
  try {
    return readSheet(bytes, sheet);
  } catch (e) {
    if (e instanceof WorkbookRefused || e instanceof NoSuchSheet) throw e;
    throw new WorkbookRefused({ code: 'not-workbook' }, e instanceof Error ? e.message : String(e));
  }
}

class NoSuchSheet extends Error {}

function readSheet(bytes: Uint8Array, sheet?: string | number): SheetTable {
  const files = unpackChecked(bytes);
  const dec = new TextDecoder();
  const part = (path: string) => (files[path] ? dec.decode(files[path]) : undefined);
  const rootRels = relationships(part('_rels/.rels'), '');
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  const workbook = part(workbookPath);
  if (!workbook) throw new WorkbookRefused({ code: 'not-workbook' }, 'The zip holds no Excel workbook.');
  const rels = relationships(part(workbookPath.replace(/[^/]*$/, '_rels/$&.rels')), workbookPath);
  const list: { name: string; path: string | undefined }[] = [];
  const sheetTag = /<(?:\w+:)?sheet\b([^>]*)>/g;
  for (let m = sheetTag.exec(workbook); m; m = sheetTag.exec(workbook)) {
    const a = m[1] ?? '';
    const id = /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(a);
    list.push({ name: xmlDecode(attr(a, 'name') ?? ''), path: rels.get(id?.[1] ?? id?.[2] ?? '')?.path });
  }
  const sheets = list.map((s) => s.name);
  const picked = sheet === undefined ? list[0] : typeof sheet === 'number' ? list[sheet] : list.find((s) => s.name === sheet);
  if (!picked) {
    if (sheet === undefined) throw new WorkbookRefused({ code: 'not-workbook' }, 'The workbook has no sheets.');
    throw new NoSuchSheet(`The workbook has no sheet ${JSON.stringify(sheet)}; its sheets are: ${sheets.join(', ')}`);
  }
  const xml = picked.path ? part(picked.path) : undefined;
  if (xml === undefined) throw new WorkbookRefused({ code: 'not-workbook' }, `The workbook's sheet ${picked.name} is missing.`);
  const e = sheetExtent(xml);
  if (e.columns > MAX_COLUMNS || e.rows * Math.max(e.columns, 1) > MAX_GRID_CELLS) {
    throw new WorkbookRefused(
      { code: 'far-cell', cell: e.farthest, cells: e.cells },
      `A sheet has a cell at ${e.farthest}: the grid up to it is too large to read.`,
    );
  }
  const typeOf = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  const shared = sharedStrings(part(typeOf('/sharedStrings') ?? 'xl/sharedStrings.xml'));
  const dates = dateStyles(part(typeOf('/styles') ?? 'xl/styles.xml'));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const text = sheetRows(xml, shared, dates, date1904);
  const first = text.findIndex((r) => r.some((c) => c !== ''));
  if (first < 0) return { sheets, sheet: picked.name, headers: [], rows: [] };
  const { headers, rows } = rectangle(text[first] ?? [], text.slice(first + 1));
  return { sheets, sheet: picked.name, headers, rows };
}
