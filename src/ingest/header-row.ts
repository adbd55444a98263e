import { GAINS_SPEC, matchHeader } from './columns';

/**
 * A partner's sheet often has a title line or two above its headers. These find the header row among the first
 * lines and cut the text there, so the staged file starts at it and its records keep their lines in the file.
 */

/** How many lines from the top the header row may be chosen among. */
const HEADER_ROW_CHOICES = 10;

/** The first `n` physical lines' fields (quotes respected within a line; a quoted newline ends the look-ahead). */
export function leadingLines(utf8: Uint8Array, delimiter: string, n = HEADER_ROW_CHOICES): string[][] {
  const text = new TextDecoder().decode(utf8.subarray(0, 64 * 1024)).replace(/^\ufeff/, '');
  const out: string[][] = [];
  for (const line of text.split('\n').slice(0, n)) {
    const fields: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"' && quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted) {
        fields.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    fields.push(cur.replace(/\r$/, '').trim());
    out.push(fields);
  }
  return out;
}

const filled = (fields: readonly string[]) => fields.filter((f) => f !== '').length;
const numeric = (f: string) => /^[-+]?[\d.,\s]+$/.test(f) && /\d/.test(f);

/** A line that can name columns: several filled cells (at least half the file's width), none of them a number. */
function headerLike(fields: readonly string[], width: number): boolean {
  const n = filled(fields);
  return n >= Math.max(2, Math.ceil(width / 2)) && !fields.some(numeric);
}

/**
 * The likely header row (1-based): the first line unless it reads as a title (fewer filled cells than half the
 * data's width, or numbers) and a later line among the first ten names columns, or names the format's own headers.
 */
export function detectHeaderRow(lines: readonly (readonly string[])[]): number {
  const first = lines[0] ?? [];
  const width = Math.max(0, ...lines.slice(1).map(filled));
  const known = (fields: readonly string[]) => fields.filter((f) => matchHeader(f, GAINS_SPEC) !== null).length;
  if (known(first) >= 2 || headerLike(first, width)) return 1;
  const byName = lines.findIndex((l) => known(l) >= 2);
  if (byName > 0) return byName + 1;
  const byShape = lines.findIndex((l, i) => i > 0 && headerLike(l, width));
  return byShape > 0 ? byShape + 1 : 1;
}

/** The text from line `row` (1-based) on: the lines above the header row left out. */
export function fromLine(utf8: Uint8Array, row: number): Uint8Array {
  let start = 0;
  for (let skipped = 1; skipped < row; skipped++) {
    const nl = utf8.indexOf(0x0a, start);
    if (nl < 0) return utf8.subarray(utf8.length);
    start = nl + 1;
  }
  return start === 0 ? utf8 : utf8.subarray(start);
}
