import { PROGRAMME_TABLES, type Db, type ProgrammeTable } from '../db';
import { importTable } from './import-pipeline';
import { programmeTarget } from './import-targets';

/** The bundled demo's programme tables. */
export interface ProgrammeUrls {
  fundingUrl: string;
  membersUrl: string;
  activitiesUrl: string;
}

const urlOf = (urls: ProgrammeUrls, table: ProgrammeTable) => urls[`${table}Url`];

/** Where an imported programme table is kept (as CSV in its own format) until it is reset. */
export const programmeKey = (table: ProgrammeTable) => `spillover.programme.${table}`;

export interface KeptTables {
  get: (key: string) => string | null;
  remove: (key: string) => void;
  /** Where a kept table that no longer loads is set aside (`<key>.damaged`), when the store can take it. */
  set?: (key: string, value: string) => void;
}

/**
 * Loads each programme table: the user's imported replacement when one is kept, else the bundled demo. A kept table
 * that no longer loads is set aside under `<key>.damaged` (the bundled one takes its place) and named in the
 * returned problems.
 */
export async function loadProgrammeTables(
  db: Db,
  urls: ProgrammeUrls | undefined,
  bundled: (url: string) => Promise<Uint8Array>,
  kept: KeptTables,
): Promise<string[]> {
  const problems: string[] = [];
  for (const table of PROGRAMME_TABLES) {
    const own = kept.get(programmeKey(table));
    if (own) {
      let why = 'none of its rows could be loaded';
      try {
        if ((await loadOne(db, table, new TextEncoder().encode(own))) > 0) continue;
      } catch (e) {
        why = e instanceof Error ? e.message : String(e);
      }
      problems.push(`${table}: ${why}`);
      try {
        kept.set?.(`${programmeKey(table)}.damaged`, own);
      } catch {
        // No room for the copy: it is dropped rather than block every start.
      }
      kept.remove(programmeKey(table));
    }
    if (urls) await loadOne(db, table, await bundled(urlOf(urls, table)));
  }
  return problems;
}

/** A table in its own format (bundled or kept) through the same pipeline as a user's import. */
async function loadOne(db: Db, table: ProgrammeTable, bytes: Uint8Array): Promise<number> {
  return (await importTable(db, programmeTarget(table), `${table}.csv`, bytes)).rowsLoaded;
}
