// Test helper (not part of the public API): reads tests/fixtures/import/ relative to this file.
import { readFileSync } from 'node:fs';

const DIR = new URL('../../tests/fixtures/import/', import.meta.url);

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, DIR)));
}

export interface FixtureExpectation {
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
  realisedTotal: number;
  expectedTotal: number;
  encoding?: string;
  delimiter?: string;
  newline?: string;
  sheets?: string[];
  rejectedLines?: number[];
}

export function expectations(): Record<string, FixtureExpectation> {
  return JSON.parse(new TextDecoder().decode(fixture('expected.json'))) as Record<string, FixtureExpectation>; // written by make-fixtures.mjs
}
