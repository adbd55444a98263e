import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from './parameters';
import { PRESET_IDS } from './presets';

// README.md states the method as implemented: it must not drift from the schema the code uses.
const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it.each(PARAMETERS.map((p) => [p.id, p] as const))('lists %s with its default and range', (id, p) => {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row, `no row for ${id}`).toBeDefined();
    const cells = (row ?? '').split(' | ');
    expect(cells[5]).toBe(String(p.default));
    if (p.kind === 'number' || p.kind === 'share') expect(cells[4]).toContain(String(p.min));
  });
  it.each([...PRESET_IDS])('describes the preset %s', (id) => expect(readme).toContain(`| \`${id}\` |`));
});
