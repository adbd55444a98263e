// `npm run bench`'s local-engine figures (tests/bench/native.ts), run by vitest so that the app's modules load as in
// the app. NATIVE_SIZES: comma-separated row counts (default 10M,100M); NATIVE_OUT: where to write the JSON; NATIVE_MEMORY_LIMIT: each DuckDB's memory limit (e.g. 6GB).
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { benchNative, printNative } from './native';

it('the local engine at scale', async () => {
  const sizes = (process.env.NATIVE_SIZES ?? '10000000,100000000').split(',').map(Number).filter(Number.isFinite);
  const figures = await benchNative(sizes, 3, process.env.NATIVE_MEMORY_LIMIT ?? null);
  printNative(figures);
  if (process.env.NATIVE_OUT) writeFileSync(process.env.NATIVE_OUT, JSON.stringify(figures, null, 2));
});
