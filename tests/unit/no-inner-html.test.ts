import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A scan of the source, moved here from the e2e suite (it needs no browser).
describe('security', () => {
  it('has no dangerouslySetInnerHTML (or raw innerHTML writes) anywhere in src', () => {
    const banned = new RegExp(['dangerously', 'SetInnerHTML|\\.inner', 'HTML\\s*=|insertAdjacent', 'HTML'].join(''));
    const hits: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name) && banned.test(readFileSync(p, 'utf8'))) hits.push(p);
      }
    };
    walk('src');
    expect(hits).toEqual([]);
  });
});
