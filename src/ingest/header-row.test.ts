import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fcSeed } from '../../tests/fc-seed';
import { detectHeaderRow, fromLine, leadingLines } from './header-row';

const enc = (s: string) => new TextEncoder().encode(s);
const lines = (s: string, d = ';') => leadingLines(enc(s), d);

describe('header row', () => {
  it('keeps the first line when it names columns, known or not', () => {
    expect(detectHeaderRow(lines('project_id;theme;year\nP1;a;2024\n'))).toBe(1);
    expect(detectHeaderRow(lines('proj;emne;firma;aar\nP1;a;C1;2024\n'))).toBe(1);
  });

  it('finds the headers below a title and a blank line, by shape or by the format’s names', () => {
    const titled = 'Gevinster fra partner A;;;\n;;;\nproj;emne;firma;aar\nP1;a;C1;2024\nP2;b;C2;2025\n';
    expect(detectHeaderRow(lines(titled))).toBe(3);
    const named = 'Indberetning 2024\nprojekt_id;tema;virksomhed_id;år\nP1;a;C1;2024\n';
    expect(detectHeaderRow(lines(named))).toBe(2);
  });

  it('cuts the text at the header row', () => {
    const text = 'Titel\n\nA;B\n1;2\n';
    expect(new TextDecoder().decode(fromLine(enc(text), 3))).toBe('A;B\n1;2\n');
    expect(fromLine(enc(text), 1)).toEqual(enc(text));
    expect(fromLine(enc('A\n'), 5).byteLength).toBe(0);
  });

  it('never picks a data line of numbers as the header (property)', () => {
    const row = fc.array(fc.integer({ min: 0, max: 99999 }), { minLength: 3, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const text = `a;b;c;d;e;f\n${rows.map((r) => r.join(';')).join('\n')}\n`;
        return detectHeaderRow(lines(text)) === 1;
      }),
      { seed: fcSeed() },
    );
  });
});
