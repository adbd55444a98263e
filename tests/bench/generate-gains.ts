const HEADER =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';

/** The rows of a deterministic reported-gains CSV in the canonical format (~80 bytes a row), header first. */
export function* gainsLines(rows: number, seed = 1): Generator<string> {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const themes = ['digital', 'robots', 'materials', 'operations', 'product', 'sustainable'];
  yield HEADER;
  for (let i = 0; i < rows; i++) {
    const company = Math.floor(rnd() * Math.max(10, rows / 4));
    const nace = 10 + (company % 24);
    const employees = 5 + (company % 900);
    const affected = Math.max(1, Math.floor(employees * 0.3));
    const theme = themes[company % 6];
    const gain = Math.round(rnd() * 2_000_000) / 4;
    yield `P${i % 5000},Project ${i % 5000},${theme},C${company},Company ${company},${nace},${employees},${affected},,${2015 + (i % 3)},productivity,${gain},${rnd() < 0.7 ? 'realised' : 'expected'}`;
  }
}

/** The whole CSV as one string (up to a few million rows: a JS string holds at most ~512 MB). */
export function generateGainsCsv(rows: number, seed = 1): string {
  return [...gainsLines(rows, seed)].join('\n') + '\n';
}

/**
 * The whole CSV as UTF-8 bytes, written line block by line block into one buffer: no JS string of the whole file,
 * so 10M rows (~1 GB) can be made in the bench page (a string holds at most ~512 MB).
 */
export function generateGainsBytes(rows: number, seed = 1): Uint8Array {
  // ~100 bytes is the longest line the generator writes; 128 a row leaves room.
  const out = new Uint8Array(256 + rows * 128);
  const enc = new TextEncoder();
  let at = 0;
  let block: string[] = [];
  const flush = () => {
    at += enc.encodeInto(block.join('\n') + '\n', out.subarray(at)).written;
    block = [];
  };
  for (const line of gainsLines(rows, seed)) {
    block.push(line);
    if (block.length === 100_000) flush();
  }
  if (block.length) flush();
  return out.subarray(0, at);
}
