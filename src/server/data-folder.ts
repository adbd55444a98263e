// The engine's `--data` folder as the app sees it: a list of the files in it, and the facts an import needs about
// one of them (its first bytes to sniff, its blank lines and quoted line breaks for line numbers, its hash), read
// here so that a file too big to send never passes through the browser. Only regular files inside the folder are
// offered or read: no path that climbs out, no symbolic link (a link could point anywhere), no hidden file.
import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, openSync, readSync, closeSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

interface DataFileEntry {
  /** Relative to the data folder, `/`-separated. */
  path: string;
  size: number;
  /** Last modified, ISO 8601. */
  modified: string;
}

export class DataPathError extends Error {
  constructor(message: string) {
    super(`Refused by the local engine: ${message}`);
    this.name = 'DataPathError';
  }
}

/** Enough files for any real folder; a listing never walks a whole disk by mistake. */
const MAX_ENTRIES = 5000;
const MAX_DEPTH = 8;

/** The regular files in `root` and below it (symbolic links and hidden entries skipped), sorted by path. */
export function listDataFiles(root: string): DataFileEntry[] {
  const out: DataFileEntry[] = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      if (out.length >= MAX_ENTRIES) return;
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const st = lstatSync(full);
      if (st.isDirectory() && depth < MAX_DEPTH) walk(full, depth + 1);
      else if (st.isFile())
        out.push({ path: relative(root, full).split(sep).join('/'), size: st.size, modified: st.mtime.toISOString() });
    }
  };
  walk(root, 0);
  return out;
}

/**
 * A path the client names (relative, `/`-separated) → the file's absolute path, or a refusal: it must be a regular
 * file inside `root`, reached without a symbolic link, `..`, an absolute path or a hidden entry on the way.
 */
export function resolveDataFile(root: string, path: string): string {
  const parts = path.split('/');
  if (
    path === '' ||
    isAbsolute(path) ||
    path.includes('\\') ||
    path.includes('\0') ||
    parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.'))
  )
    throw new DataPathError(`"${path}" is not a file in the data folder.`);
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    let st;
    try {
      st = lstatSync(at);
    } catch {
      throw new DataPathError(`"${path}" is not a file in the data folder.`);
    }
    if (st.isSymbolicLink()) throw new DataPathError(`"${path}" is a link; only files in the data folder are read.`);
  }
  if (!lstatSync(at).isFile()) throw new DataPathError(`"${path}" is not a file in the data folder.`);
  // Belt and braces: whatever the checks above missed, the real path must lie inside the real folder.
  const real = realpathSync(at);
  const inside = relative(realpathSync(root), real);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new DataPathError(`"${path}" is outside the data folder.`);
  // The path under the folder as the engine was given it: the sessions' allowed_directories name that one.
  return at;
}

/** Bytes read from the start of a data file for the browser to sniff (encoding, delimiter, header). */
const HEAD_BYTES = 64 * 1024;

/** More blank lines than the browser allows are not listed one by one: the import refuses the file anyway. */
const MAX_BLANK = 10_001;

interface DataFileFacts {
  /** The absolute path DuckDB reads (inside --data, so the session's allowed_directories admit it). */
  file: string;
  size: number;
  /** The file's first bytes, base64. */
  head: string;
  /** Physical line numbers of blank lines (as `blankLines` in src/db/queries/stage-csv.ts), at most 10,001. */
  blank: number[];
  /** Records spanning several lines: [record's one-line number, extra lines] (as stage-csv's `quotedNewlines`). */
  multiline: [number, number][];
  sha256: string;
}

/**
 * Streams the file once: blank lines and quoted line breaks counted as the browser counts them in the bytes it
 * holds, and its SHA-256 (the data set's provenance names the file by its hash).
 */
export async function dataFileFacts(root: string, path: string, quote = 0x22): Promise<DataFileFacts> {
  const file = resolveDataFile(root, path);
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  const headLength = readSync(fd, head, 0, HEAD_BYTES, 0);
  closeSync(fd);
  const hash = createHash('sha256');
  const blank: number[] = [];
  const multiline: [number, number][] = [];
  let size = 0;
  // One pass carrying both scans' state across chunks.
  let line = 1;
  let empty = true;
  let record = 1;
  let quoted = false;
  let extra = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === quote) quoted = !quoted;
      if (b === 10) {
        if (empty && blank.length < MAX_BLANK) blank.push(line);
        line += 1;
        empty = true;
        if (quoted) extra++;
        else {
          if (extra) multiline.push([record, extra]);
          extra = 0;
          record++;
        }
      } else if (b !== 13) empty = false;
    }
  }
  if (extra) multiline.push([record, extra]);
  return {
    file,
    size,
    head: head.subarray(0, headLength).toString('base64'),
    blank,
    multiline,
    sha256: hash.digest('hex'),
  };
}
