// The one seed of every fast-check property test: fixed, so a run (in CI or here) is repeatable; FC_SEED overrides
// it to explore (`FC_SEED=123 npm run test:unit`). A failure prints fast-check's own seed and path to replay.
export const DEFAULT_FC_SEED = 20260613;

export function fcSeed(): number {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw === '') return DEFAULT_FC_SEED;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer (got ${raw})`);
  return seed;
}
