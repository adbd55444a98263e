import { describe, expect, it } from 'vitest';
import {
  decodeText,
  decodeWindows1252,
  guessUtf16,
  isValidUtf8,
  toUtf8Bytes,
  windows1252ToUtf8,
  type TextEncodingName,
} from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf16le = (s: string) =>
  Uint8Array.from(
    Array.from(s).flatMap((c) => {
      const u = c.charCodeAt(0);
      return [u & 0xff, u >> 8];
    }),
  );
const utf16be = (s: string) =>
  Uint8Array.from(
    Array.from(s).flatMap((c) => {
      const u = c.charCodeAt(0);
      return [u >> 8, u & 0xff];
    }),
  );

const TEXT = 'branche;berørte_ansatte;årlig_gevinst_dkk\r\n25;30;1.234,50\r\nÆRØ;ÅBENRÅ;æøå\r\n';

describe('decodeText', () => {
  const cases: [string, Uint8Array, TextEncodingName, string][] = [
    ['ASCII', utf8('a,b\n1,2\n'), 'utf-8', 'a,b\n1,2\n'],
    ['UTF-8 with æøå', utf8(TEXT), 'utf-8', TEXT],
    ['UTF-8 with BOM (BOM dropped)', bytes([0xef, 0xbb, 0xbf], utf8(TEXT)), 'utf-8-bom', TEXT],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], utf16le(TEXT)), 'utf-16le', TEXT],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], utf16be(TEXT)), 'utf-16be', TEXT],
    ['UTF-16LE without BOM', utf16le(TEXT), 'utf-16le', TEXT],
    ['UTF-16BE without BOM', utf16be(TEXT), 'utf-16be', TEXT],
    ['Windows-1252 æøå ÆØÅ', bytes([0xe6, 0xf8, 0xe5, 0x3b, 0xc6, 0xd8, 0xc5]), 'windows-1252', 'æøå;ÆØÅ'],
    ['Windows-1252 € – ’ (0x80–0x9F)', bytes([0x80, 0x20, 0x96, 0x20, 0x92]), 'windows-1252', '€ – ’'],
    [
      'Windows-1252 header',
      bytes(utf8('ber'), [0xf8], utf8('rte_ansatte;'), [0xe5], utf8('r')),
      'windows-1252',
      'berørte_ansatte;år',
    ],
    ['empty', new Uint8Array(0), 'utf-8', ''],
    ['lone BOM', bytes([0xef, 0xbb, 0xbf]), 'utf-8-bom', ''],
    ['UTF-8 cut inside a character is not UTF-8', bytes(utf8('ab'), [0xc3]), 'windows-1252', 'abÃ'],
    ['overlong encoding is not UTF-8', bytes([0xc0, 0xaf]), 'windows-1252', 'À¯'],
  ];
  it.each(cases)('%s', (_name, input, encoding, text) => {
    expect(decodeText(input)).toEqual({ encoding, text });
  });

  it('reads a UTF-8 BOM file with damaged bytes as UTF-8, marking the damage with U+FFFD', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('a'), [0xff], utf8('b')))).toEqual({
      encoding: 'utf-8-bom',
      text: 'a\uFFFDb',
    });
  });
});

describe('Windows-1252', () => {
  it('decodes every byte as the WHATWG index says, whatever the platform decoder does (nodejs/node#60888)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.charCodeAt(0x80)).toBe(0x20ac);
    expect(text.charCodeAt(0x96)).toBe(0x2013);
    expect(text.charCodeAt(0x9f)).toBe(0x178);
    expect(text.charCodeAt(0x81)).toBe(0x81);
    expect(text.charCodeAt(0xe6)).toBe(0xe6);
    expect(new TextDecoder().decode(windows1252ToUtf8(all))).toBe(text);
  });
});

describe('guessUtf16 / isValidUtf8', () => {
  it.each([
    ['too short', utf16le('a'), null],
    ['UTF-8 text', utf8(TEXT), null],
    ['LE', utf16le('abcdef'), 'utf-16le'],
    ['BE', utf16be('abcdef'), 'utf-16be'],
  ] as const)('guessUtf16 %s', (_n, input, expected) => {
    expect(guessUtf16(input)).toBe(expected);
  });
  it('validates UTF-8 split across chunk boundaries', () => {
    const big = new Uint8Array((1 << 22) + 3).fill(0x61);
    big.set([0xc3, 0xa6], (1 << 22) - 1); // a 2-byte character straddling the first chunk boundary
    expect(isValidUtf8(big)).toBe(true);
    big[1 << 22] = 0x61;
    expect(isValidUtf8(big)).toBe(false);
  });
});

describe('toUtf8Bytes', () => {
  it('returns valid UTF-8 input itself: validation only, no copy', () => {
    const input = utf8(TEXT);
    const out = toUtf8Bytes(input);
    expect(out.encoding).toBe('utf-8');
    expect(out.bytes).toBe(input);
  });
  it('drops a UTF-8 BOM with a view, not a copy', () => {
    const input = bytes([0xef, 0xbb, 0xbf], utf8(TEXT));
    const out = toUtf8Bytes(input);
    expect(out.encoding).toBe('utf-8-bom');
    expect(out.bytes.buffer).toBe(input.buffer);
    expect(new TextDecoder().decode(out.bytes)).toBe(TEXT);
  });
  it.each([
    ['UTF-16LE BOM', bytes([0xff, 0xfe], utf16le(TEXT)), 'utf-16le'],
    ['UTF-16BE BOM', bytes([0xfe, 0xff], utf16be(TEXT)), 'utf-16be'],
    ['UTF-16LE', utf16le(TEXT), 'utf-16le'],
    ['Windows-1252', Uint8Array.from(Array.from(TEXT), (c) => c.charCodeAt(0)), 'windows-1252'],
  ] as const)('transcodes %s to UTF-8 without BOM', (_n, input, encoding) => {
    const out = toUtf8Bytes(input);
    expect(out.encoding).toBe(encoding);
    expect(out.bytes).toEqual(utf8(TEXT));
  });

  it('handles an 80 MB file quickly: UTF-8 is validated only, Windows-1252 transcoded in one pass', () => {
    const line = utf8(
      'P01;Robotsvejsning;robotter;C01;Søren Sørensen A/S;28;120;30;50-249;2019;produktivitet;1.234.567,50;realiseret\r\n',
    );
    const n = Math.floor(80e6 / line.length);
    const big = new Uint8Array(n * line.length);
    for (let i = 0; i < n; i++) big.set(line, i * line.length);
    let t = performance.now();
    const out = toUtf8Bytes(big);
    const utf8Ms = performance.now() - t;
    expect(out.bytes).toBe(big);
    big[0] = 0xf8; // one Windows-1252 byte makes the whole file Windows-1252
    t = performance.now();
    const cp = toUtf8Bytes(big);
    const cpMs = performance.now() - t;
    expect(cp.encoding).toBe('windows-1252');
    expect(cp.bytes.length).toBeGreaterThan(big.length);
    // ~0.15 s and ~0.5 s on a 2-core CI machine; the bounds only catch an accidental quadratic or per-char path.
    expect(utf8Ms).toBeLessThan(3000);
    expect(cpMs).toBeLessThan(6000);
  });
});
