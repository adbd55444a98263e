import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { computeSnapshot } from './generator/snapshot';

it('the bundled demo snapshot equals what the app computes from the demo files', async () => {
  const committed: unknown = JSON.parse(readFileSync('data/demo/snapshot.json', 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(await computeSnapshot('data/demo'))));
});
