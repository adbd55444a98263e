import type { Staged } from '../db';
import type { TextInput } from '../ingest';

// The staging step's options and result, apart from the pipeline so that a file the local engine reads where it
// lies (engine-file.ts) can be staged by the pipeline without the two importing each other.

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  rowsDone: number;
}

export interface StageOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** The line (1-based) the headers are on, lines above it left out; `auto`: the likely one (`detectHeaderRow`). */
  headerRow?: number | 'auto';
}

/** A file read, checked and staged: its text, and the staging table that holds its records. */
export interface StagedFile {
  fileName: string;
  input: TextInput;
  staged: Staged;
  /** The line the headers were read from (1: the first). */
  headerRow: number;
  /** The file's first lines as fields, to choose the header row among. */
  lines: string[][];
}
