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
}

/**
 * Loads each programme table: the user's imported replacement when one is kept, else the bundled demo. A kept table
 * that no longer loads is dropped (the bundled one takes its place) and named in the returned problems.
 */
export async function loadProgrammeTables(db: Db, urls: ProgrammeUrls | undefined, bundled: (url: string) => Promise<Uint8Array>, kept: KeptTables): Promise<string[]> {
  const problems: string[] = [];
  for (const table of PROGRAMME_TABLES) {
    const own = kept.get(programmeKey(table));
    if (own) {
      try {
        if ((await loadOne(db, table, new TextEncoder().encode(own))) > 0) continue;
      } catch (e) {
        problems.push(`${table}: ${e instanceof Error ? e.message : String(e)}`);
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
