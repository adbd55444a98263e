import {
  dropStaged,
  engineFileFacts,
  headerNames,
  sha256Hex,
  stageCsv,
  type Db,
  type EngineFileFacts,
  type RemoteAddress,
} from '../db';
import { InputRefused, leadingLines, readInput } from '../ingest';
import type { StageOptions, StagedFile } from './staged-file';

/**
 * A file in the local engine's `--data` folder, imported where it lies: the page never holds its bytes. It passes
 * through the import pipeline where a file's bytes do (an empty view, so every step that only carries the bytes
 * carries it unchanged); the pipeline's read-and-stage step hands it to `stageEngineFile`, which sniffs the file's
 * first bytes and has the engine's DuckDB read the whole file with the same staging SQL as an upload.
 */
export class EngineFile extends Uint8Array {
  // Any copy made of it (slice, map) is plain bytes: only this object stands for the file.
  static get [Symbol.species]() {
    return Uint8Array;
  }

  private known: EngineFileFacts | null = null;

  constructor(
    readonly name: string,
    readonly path: string,
    readonly size: number,
    private readonly address: RemoteAddress,
  ) {
    super(0);
  }

  /** Read again at each staging: the file may have changed since it was listed. */
  async facts(): Promise<EngineFileFacts> {
    this.known = await engineFileFacts(this.address, this.path);
    return this.known;
  }

  /** The file's SHA-256 as the engine read it (a data set's sources name each file by its hash). */
  async sha256(): Promise<string> {
    return (this.known ?? (await this.facts())).sha256;
  }
}

/** The hash of what was imported: the bytes the page holds, or the engine's hash of a data-folder file. */
export const sourceHash = (raw: Uint8Array): Promise<string> => (raw instanceof EngineFile ? raw.sha256() : sha256Hex(raw));

/** DuckDB's reader trapped on 100,000 blank lines; the browser's guard allows this many (src/ingest/input-guard.ts). */
const MAX_BLANK_LINES = 10_000;

const aborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
};

/**
 * Read → guard → sniff on the file's first 64 KB, then DuckDB's reader over the whole file on the engine into
 * `table` (the staging SQL of an upload, with the blank lines and multi-line records the engine counted). No size
 * limit: the browser's limits are for what the page must hold. UTF-8 text only: the engine reads the file as it is.
 */
export async function stageEngineFile(
  db: Db,
  file: EngineFile,
  fileName: string,
  table: string,
  { signal, onProgress }: StageOptions = {},
): Promise<StagedFile> {
  const facts = await file.facts();
  aborted(signal);
  // Cut at the last line break the sample holds, so the sniff never sees half a record.
  const head = facts.size > facts.head.byteLength ? facts.head.subarray(0, facts.head.lastIndexOf(10) + 1) : facts.head;
  const input = await readInput(fileName, head, Infinity, signal);
  if (input.kind !== 'csv' || !['utf-8', 'utf-8-bom'].includes(input.encoding))
    throw new Error(
      `${fileName} is ${input.kind === 'csv' ? input.encoding : input.kind}: the engine reads UTF-8 CSV from its data folder; choose the file with "Choose a file" instead.`,
    );
  if (facts.blank.length > MAX_BLANK_LINES)
    throw new InputRefused(fileName, { code: 'blank-lines', lines: facts.blank.length, limit: MAX_BLANK_LINES });
  const { delimiter, quote } = input.dialect;
  try {
    const staged = await stageCsv(
      db,
      facts.file,
      input.dialect,
      table,
      facts.blank,
      { lineOffset: 0, append: false },
      headerNames(input.utf8, delimiter, quote),
      facts.multiline,
    );
    aborted(signal);
    onProgress?.({ bytesDone: facts.size, bytesTotal: facts.size, rowsDone: staged.rowsIn });
    return { fileName, input, staged, headerRow: 1, lines: leadingLines(input.utf8, delimiter) };
  } catch (e) {
    await dropStaged(db, table).catch(() => undefined);
    throw e;
  }
}
