import {
  replacePopulation,
  replaceProgrammeTable,
  type POPULATION_TABLE_COLUMNS,
  type PopulationOutcome,
  type ProgrammeColumn,
  type ProgrammeOutcome,
  type ProgrammeTable,
} from '../db';
import { POPULATION_SPEC, type POPULATION_COLUMNS, type PopulationColumn } from '../ingest';
import type { TableTarget } from './import-pipeline';
import { PROGRAMME_SPECS } from './programme-specs';

/** The national population table: its spec (headers, required columns) and its validation. */
export const POPULATION_TARGET: TableTarget<PopulationColumn, PopulationOutcome> = {
  spec: POPULATION_SPEC,
  validate: replacePopulation,
};

/** One programme table: its spec and its validation. */
export function programmeTarget<T extends ProgrammeTable>(table: T): TableTarget<ProgrammeColumn<T>, ProgrammeOutcome> {
  return {
    spec: PROGRAMME_SPECS[table],
    validate: (db, staged, mapping, typed) => replaceProgrammeTable(db, table, staged, mapping, typed),
  };
}

// The spec's columns and the table's are written in two layers (ingest cannot import db); they must agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const populationColumnsAgree: Same<(typeof POPULATION_COLUMNS)[number], (typeof POPULATION_TABLE_COLUMNS)[number]> = true;
void populationColumnsAgree;
