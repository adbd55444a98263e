/**
 * Bytes → text. Detects the encodings partners' files come in: UTF-8 (with or without BOM), UTF-16 (BOM, or
 * BOM-less by its NUL pattern) and, when the bytes are not valid UTF-8, Windows-1252 (Danish Excel exports).
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export interface Utf8Bytes {
  /** UTF-8 without BOM. When the input already was UTF-8 this is the input itself (or a view of it), not a copy. */
  bytes: Uint8Array;
  encoding: TextEncodingName;
}

/** Windows-1252 bytes 0x80–0x9F (WHATWG index); the five undefined bytes map to the C1 control of the same value. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const UTF16_SAMPLE = 4096;
const VALIDATE_CHUNK = 1 << 22;

type Bom = { encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be'; length: number };

function detectBom(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * BOM-less UTF-16: text in Latin scripts has a NUL in (nearly) every other byte, on the odd positions for
 * little-endian and the even ones for big-endian. UTF-8 and Windows-1252 text has no NULs at all.
 */
export function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, UTF16_SAMPLE) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Strict UTF-8 validation in bounded chunks (no full-size string is built; works past the engine's max string length). */
export function isValidUtf8(b: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    for (let off = 0; off < b.length; off += VALIDATE_CHUNK) {
      decoder.decode(b.subarray(off, off + VALIDATE_CHUNK), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

const C1 = /[\u0080-\u009f]/g;

/**
 * Windows-1252 text. The browser's decoder is right, but Node ≥ 20.18.3 decodes 'windows-1252' as Latin-1
 * (nodejs/node#60888, #56542), leaving 0x80–0x9F as C1 controls; mapping those afterwards is exact for both.
 */
export function decodeWindows1252(b: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(b);
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(C1, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

function detect(b: Uint8Array): { encoding: TextEncodingName; skip: number } {
  const bom = detectBom(b);
  if (bom) return { encoding: bom.encoding, skip: bom.length };
  const u16 = guessUtf16(b);
  if (u16) return { encoding: u16, skip: 0 };
  return { encoding: isValidUtf8(b) ? 'utf-8' : 'windows-1252', skip: 0 };
}

function decodeAs(b: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      // Non-fatal: a file that declares UTF-8 by its BOM is read as UTF-8 even if damaged (U+FFFD marks the damage).
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(b);
    case 'windows-1252':
      return decodeWindows1252(b);
  }
}

/** Decodes a text file's bytes, detecting its encoding. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, skip } = detect(bytes);
  return { text: decodeAs(bytes.subarray(skip), encoding), encoding };
}

/**
 * The file as UTF-8 bytes without BOM, for DuckDB's reader. Valid UTF-8 input is only validated, never
 * decoded and re-encoded, and comes back as (a view of) the input.
 */
export function toUtf8Bytes(bytes: Uint8Array): Utf8Bytes {
  const { encoding, skip } = detect(bytes);
  const rest = bytes.subarray(skip);
  if (encoding === 'utf-8') return { bytes, encoding };
  if (encoding === 'utf-8-bom' && isValidUtf8(rest)) return { bytes: rest, encoding };
  if (encoding === 'windows-1252') return { bytes: windows1252ToUtf8(rest), encoding };
  return { bytes: new TextEncoder().encode(decodeAs(rest, encoding)), encoding };
}

/** UTF-8 length of each Windows-1252 byte. */
const CP1252_UTF8_LEN = Uint8Array.from({ length: 256 }, (_, c) =>
  c < 0x80 ? 1 : c >= 0xa0 ? 2 : (CP1252_HIGH[c - 0x80] ?? 0) < 0x800 ? 2 : 3,
);

/** Direct Windows-1252 → UTF-8 transcoding: no intermediate string, so no dependence on the platform's decoder. */
export function windows1252ToUtf8(b: Uint8Array): Uint8Array {
  const n = b.length;
  let size = 0;
  for (let i = 0; i < n; i++) size += CP1252_UTF8_LEN[b[i] as number] as number; // indexes 0..255 of a 256-entry table
  if (size === n) return b.slice();
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] as number; // i < n
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    const cp = c >= 0xa0 ? c : (CP1252_HIGH[c - 0x80] as number); // 0x80 ≤ c < 0xa0: inside the 32-entry table
    if (cp < 0x800) {
      out[o++] = 0xc0 | (cp >> 6);
      out[o++] = 0x80 | (cp & 0x3f);
    } else {
      out[o++] = 0xe0 | (cp >> 12);
      out[o++] = 0x80 | ((cp >> 6) & 0x3f);
      out[o++] = 0x80 | (cp & 0x3f);
    }
  }
  return out;
}
