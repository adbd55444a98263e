import { fcSeed } from './fc-seed';

/** Runs once per `vitest run`, before the workers: names the fast-check seed the run uses. */
export function setup(): void {
  // Each Vitest project runs its global setup: print once per run.
  if (process.env.FC_SEED_SHOWN === '1') return;
  process.env.FC_SEED_SHOWN = '1';
  console.log(`fast-check seed ${fcSeed()}${process.env.FC_SEED ? ' (from FC_SEED)' : ' (fixed; set FC_SEED to change)'}`);
}
