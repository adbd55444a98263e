/** A piece of a CSV file that ends on a record boundary. */
export interface CsvChunk {
  start: number;
  end: number;
  /** File lines before this chunk's first record, less the header line: add to a chunk-relative line number. */
  lineOffset: number;
}

const NL = 10;
const QUOTE = 34;

function countByte(b: Uint8Array, byte: number, from: number, to: number): number {
  // Searched within [from, to) only: on the whole array a byte absent from the range (a quote, in most files)
  // was looked for up to the end of the file, once per chunk.
  const range = b.subarray(from, Math.min(to, b.length));
  let n = 0;
  for (let i = range.indexOf(byte); i !== -1; i = range.indexOf(byte, i + 1)) n++;
  return n;
}

/** End (exclusive) of the line that holds `from`, moving on while a quoted field is still open. */
function recordEnd(b: Uint8Array, from: number, openQuotes: number): { end: number; quotes: number } {
  let pos = from;
  let quotes = openQuotes;
  for (;;) {
    const nl = b.indexOf(NL, pos);
    if (nl === -1) return { end: b.length, quotes: quotes + countByte(b, QUOTE, pos, b.length) };
    quotes += countByte(b, QUOTE, pos, nl + 1);
    if (quotes % 2 === 0) return { end: nl + 1, quotes };
    pos = nl + 1;
  }
}

/**
 * Splits UTF-8 CSV bytes into the header and chunks of about `target` bytes that each end at a record boundary
 * (a newline outside quotes), so a large file can be read piece by piece with progress and cancellation.
 */
export function csvChunks(b: Uint8Array, target = 8 << 20): { headerEnd: number; chunks: CsvChunk[] } {
  const header = recordEnd(b, 0, 0);
  const chunks: CsvChunk[] = [];
  let start = header.end;
  let lines = countByte(b, NL, 0, start);
  while (start < b.length) {
    const { end } =
      b.length - start <= target * 1.5
        ? { end: b.length }
        : recordEnd(b, start + target, countByte(b, QUOTE, start, start + target));
    chunks.push({ start, end, lineOffset: lines - 1 });
    lines += countByte(b, NL, start, end);
    start = end;
  }
  return { headerEnd: header.end, chunks };
}
