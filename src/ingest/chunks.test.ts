import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunks } from './chunks';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('csvChunks', () => {
  it('cuts only at record boundaries, never inside a quoted field', () => {
    const text = 'a,b\n1,"x\ny"\n2,z\n3,"p\n\nq"\n4,w\n';
    const b = enc(text);
    const { headerEnd, chunks } = csvChunks(b, 4);
    expect(dec(b.subarray(0, headerEnd))).toBe('a,b\n');
    // Target 4 falls inside "x⏎y" and inside "p⏎⏎q": each cut moves on to the newline after the closing quote.
    expect(chunks.map((c) => dec(b.subarray(c.start, c.end)))).toEqual(['1,"x\ny"\n', '2,z\n3,"p\n\nq"\n', '4,w\n']);
    expect(chunks.map((c) => c.lineOffset)).toEqual([0, 2, 6]);
  });

  it('covers every byte exactly once, in order, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (s, target) => {
        const b = enc(`h\n${s}`);
        const { headerEnd, chunks } = csvChunks(b, target);
        let pos = headerEnd;
        for (const c of chunks) {
          expect(c.start).toBe(pos);
          expect(c.end).toBeGreaterThan(c.start);
          pos = c.end;
        }
        expect(pos).toBe(b.length);
      }),
    );
  });

  it('gives each chunk the number of file lines before it', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i},v${i}`).join('\n');
    const b = enc(`id,v\n${rows}\n`);
    for (const c of csvChunks(b, 37).chunks) {
      const firstRecord = dec(b.subarray(c.start, c.end)).split('\n')[0]!;
      const fileLine = Number(firstRecord.split(',')[0]) + 2;
      expect(2 + c.lineOffset).toBe(fileLine);
    }
  });
});
