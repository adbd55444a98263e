// `npx tsx tests/bench/write-gains.ts <rows> <file>`: the bench's generated reported-gains CSV, on disk for the real app.
import { writeFileSync } from 'node:fs';
import { generateGainsCsv } from './generate-gains';

const [rows = '1000000', file = 'gains.csv'] = process.argv.slice(2);
writeFileSync(file, generateGainsCsv(Number(rows)));
