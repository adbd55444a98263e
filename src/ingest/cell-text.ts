/**
 * Values read from XLSX and Parquet as the plain text DuckDB's staging path reads: numbers with `.` decimals,
 * no thousands separators and no exponent (`1234.5`), dates as ISO (`2024-03-01`, or the full UTC timestamp
 * when it has a time of day), empty cells as ''.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal number string (optionally with an exponent) written out in plain positional form, exactly: the
 * digits are moved, never recomputed. Leading zeros, trailing fraction zeros and a `+` sign go. Text that is
 * not a decimal number comes back unchanged.
 */
export function plainDecimal(s: string): string {
  const m = DECIMAL.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return s;
  const sign = m[1] === '-' ? '-' : '';
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  // Exponents this large are not numbers a spreadsheet or Parquet writer produces; keep the text as it is.
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return s;
  const digits = intPart + frac;
  const point = intPart.length + exp;
  let whole: string;
  let fraction: string;
  if (point <= 0) {
    whole = '0';
    fraction = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + '0'.repeat(point - digits.length);
    fraction = '';
  } else {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return /^[0.]*$/.test(out) ? out : sign + out;
}

/** A JS number as plain decimal text (shortest round-trip digits, never an exponent). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return plainDecimal(String(n));
}

function dateText(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Any cell value as text. Nested values (Parquet lists and structs) become JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return dateText(v);
  if (v instanceof Uint8Array) return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * The header row and the data rows as a rectangle of text: as wide as the last column that has a header or
 * any value, short rows padded with ''.
 */
export function rectangle(
  headerRow: readonly string[],
  body: readonly (readonly string[])[],
): { headers: string[]; rows: string[][] } {
  const lastFilled = (r: readonly string[]) => {
    for (let i = r.length - 1; i >= 0; i--) if (r[i] !== '') return i + 1;
    return 0;
  };
  let width = lastFilled(headerRow);
  for (const r of body) width = Math.max(width, lastFilled(r));
  const fit = (r: readonly string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  return { headers: fit(headerRow), rows: body.map(fit) };
}

/**
 * The bytes as an ArrayBuffer of exactly their length, for libraries that take an ArrayBuffer. Copies unless
 * the view already spans its whole buffer (a Node Buffer's `slice()` is a view into a shared pool, not a copy).
 */
export function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer;
}
