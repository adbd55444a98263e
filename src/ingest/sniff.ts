/**
 * Detects a delimited text file's dialect from a sample of its text (the first ~64 KB), by which candidate
 * delimiter splits the first records into a consistent number of fields. Quotes are respected, so a
 * delimiter inside a quoted field does not count. The file's extension is never consulted.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Dialect {
  delimiter: Delimiter;
  quote: '"';
  newline: '\n' | '\r\n';
}

const MAX_RECORDS = 50;
/** Callers pass ~64 KB; a longer sample is cut so a huge string cannot make sniffing slow. */
const MAX_SAMPLE = 1 << 20;
const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * Field counts of the first records under `delim`. Blank lines are not records. A quote opens a quoted field
 * only at the start of a field; `""` inside it is a literal quote. An unterminated quote runs to the end of
 * the sample (one long field), as a CSV reader would read it.
 */
function fieldCounts(s: string, delim: number): { counts: number[]; lastComplete: boolean; crlf: boolean | null } {
  const counts: number[] = [];
  const n = s.length;
  let i = 0;
  let lastComplete = true;
  let crlf: boolean | null = null;
  while (i < n && counts.length < MAX_RECORDS) {
    let fields = 1;
    let fieldStart = true;
    let empty = true;
    let ended = false;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (fieldStart && c === QUOTE) {
        empty = false;
        i++;
        while (i < n) {
          if (s.charCodeAt(i) === QUOTE) {
            if (s.charCodeAt(i + 1) === QUOTE) i += 2;
            else break;
          } else i++;
        }
        i++; // past the closing quote (or the end)
        fieldStart = false;
        continue;
      }
      if (c === LF || c === CR) {
        const pair = c === CR && s.charCodeAt(i + 1) === LF;
        crlf ??= pair;
        i += pair ? 2 : 1;
        ended = true;
        break;
      }
      if (c === delim) {
        fields++;
        fieldStart = true;
      } else fieldStart = false;
      empty = false;
      i++;
    }
    if (!empty) {
      counts.push(fields);
      lastComplete = ended;
    }
  }
  return { counts, lastComplete, crlf };
}

function score(counts: number[]): { modal: number; consistency: number } {
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let modal = 1;
  let best = 0;
  for (const [c, f] of freq) {
    if (f > best || (f === best && c > modal)) {
      modal = c;
      best = f;
    }
  }
  return { modal, consistency: counts.length ? best / counts.length : 0 };
}

/**
 * The sample's dialect. A file whose records do not split consistently on any candidate is one column: the
 * result is then a delimiter that does not occur in the sample at all (',' if each one does). Never throws.
 */
export function sniffDialect(sample: string): Dialect {
  const text = (sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample).slice(0, MAX_SAMPLE);
  let best: { delimiter: Delimiter; modal: number; consistency: number; crlf: boolean | null } | null = null;
  for (const delimiter of DELIMITERS) {
    const { counts, lastComplete, crlf } = fieldCounts(text, delimiter.charCodeAt(0));
    // The sample may cut the last record short; it says nothing about the file's shape.
    if (!lastComplete && counts.length > 2) counts.pop();
    const s = score(counts);
    if (s.modal < 2) continue;
    if (
      !best ||
      s.consistency > best.consistency + 1e-9 ||
      (Math.abs(s.consistency - best.consistency) <= 1e-9 && s.modal > best.modal)
    ) {
      best = { delimiter, ...s, crlf };
    }
  }
  if (best && best.consistency >= 0.5) return dialect(best.delimiter, best.crlf);
  const one = DELIMITERS.find((d) => !text.includes(d)) ?? ',';
  return dialect(one, fieldCounts(text, one.charCodeAt(0)).crlf);
}

function dialect(delimiter: Delimiter, crlf: boolean | null): Dialect {
  return { delimiter, quote: '"', newline: crlf ? '\r\n' : '\n' };
}
