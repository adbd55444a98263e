import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, MAX_HEADER_BYTES, binaryFormat, checkCsvShape, checkFileSize, importLimitBytes } from './input-guard';

const utf8 = (s: string) => new TextEncoder().encode(s);
const MIB = 1024 ** 2;

describe('import size limit', () => {
  it('is the smaller of the JS heap and the engine memory over 3.2', () => {
    // Chromium: capped by the wasm32 engine, just above the 10M-row (993 MB) file measured to import, save and restore.
    expect(importLimitBytes(4 * 1024 * MIB)).toBe(Math.floor((3 * 1024 * MIB) / 3.2));
    expect(importLimitBytes(4 * 1024 * MIB)).toBeGreaterThan(992_700_000);
    expect(importLimitBytes(4 * 1024 * MIB)).toBeLessThan(1.02 * 992_700_000);
    expect(importLimitBytes(1024 * MIB)).toBe(Math.floor((1024 * MIB) / 3.2));
    expect(importLimitBytes(undefined)).toBe(Math.floor((2048 * MIB) / 3.2));
    expect(importLimitBytes(0)).toBe(importLimitBytes(undefined));
  });

  it('refuses an empty file and one over the limit, with both sizes', () => {
    expect(checkFileSize(0, 100)).toEqual({ code: 'empty' });
    expect(checkFileSize(101, 100)).toEqual({ code: 'too-large', bytes: 101, limit: 100 });
    expect(checkFileSize(100, 100)).toBeNull();
  });
});

describe('binary files renamed .csv', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['PDF', [...utf8('%PDF-1.7\n')]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['binary', [...utf8('id,name\n1,'), 0x00, ...utf8('abcdefghijklmnopqrstuvwxyz0123456789\n')]],
    ['binary', Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x03 : 0x41))],
  ])('names %s', (format, bytes) => {
    expect(binaryFormat(new Uint8Array(bytes))).toBe(format);
  });

  it('lets text through: UTF-8, Windows-1252, UTF-16 with and without BOM', () => {
    expect(binaryFormat(utf8('a;b\r\n1;ø\n'))).toBeNull();
    expect(binaryFormat(new Uint8Array([0x61, 0x3b, 0xe6, 0xf8, 0xe5, 0x0a]))).toBeNull();
    const le = new Uint8Array([...'id,x\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(binaryFormat(le)).toBeNull();
    expect(binaryFormat(new Uint8Array([0xff, 0xfe, ...le]))).toBeNull();
  });
});

describe('CSV shape', () => {
  it('accepts a header with rows', () => {
    expect(checkCsvShape(utf8('a,b\n1,2\n'), ',')).toBeNull();
  });

  it('says when there are only headers (blank lines after them do not count as rows)', () => {
    expect(checkCsvShape(utf8('a;b;c\r\n\r\n  \n'), ';')).toEqual({ code: 'headers-only', columns: 3 });
    expect(checkCsvShape(utf8('a,b'), ',')).toEqual({ code: 'headers-only', columns: 2 });
  });

  it('counts the columns of a very wide header, quotes respected', () => {
    const n = MAX_COLUMNS * 50;
    const wide = Array.from({ length: n }, (_, i) => `c${i}`).join(',');
    expect(checkCsvShape(utf8(`${wide}\n1\n`), ',')).toEqual({ code: 'too-many-columns', columns: n, limit: MAX_COLUMNS });
    expect(checkCsvShape(utf8('"a,b",c\n1,2\n'), ',')).toBeNull();
  });

  it('refuses a single line of 1 MB with its length', () => {
    const line = 'x'.repeat(MIB);
    expect(checkCsvShape(utf8(line), ',')).toEqual({ code: 'line-too-long', bytes: MIB, limit: MAX_HEADER_BYTES });
  });

  it('calls whitespace-only content empty', () => {
    expect(checkCsvShape(utf8('\n\n'), ',')).toEqual({ code: 'empty' });
    expect(checkCsvShape(new Uint8Array(), ',')).toEqual({ code: 'empty' });
  });
});
