// `npx tsx tests/bench/write-gains.ts <rows> <file>`: the bench's generated reported-gains CSV, on disk for the real
// app, or for the local engine's data folder (`writeGainsCsv`, streamed: 100M rows are ~8 GB).
import { closeSync, openSync, writeSync } from 'node:fs';
import { gainsLines } from './generate-gains';

/** Writes the generated CSV to `file` in blocks, so no size is bounded by a JS string. Returns its bytes. */
export function writeGainsCsv(rows: number, file: string, seed = 1): number {
  const fd = openSync(file, 'w');
  let block: string[] = [];
  let bytes = 0;
  const flush = () => {
    const text = block.join('\n') + '\n';
    bytes += writeSync(fd, text);
    block = [];
  };
  try {
    for (const line of gainsLines(rows, seed)) {
      block.push(line);
      if (block.length === 100_000) flush();
    }
    if (block.length) flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

if (process.argv[1]?.endsWith('write-gains.ts')) {
  const [rows = '1000000', file = 'gains.csv'] = process.argv.slice(2);
  writeGainsCsv(Number(rows), file);
}
