import { evaluate, presetById, type ModelInput } from '../../src/model';
import type { PopulationRow } from './population';
import type { Company, GainRow } from './programme';
import type { RelevanceRow } from './relevance';
import { toModelInput } from './model-input';

/** METHOD.md's calibration: the reference preset gives N = 8.39bn (so S = 0.72675 N = 6.0975bn) on the demo data. */
export const TARGET_NATIONAL_POTENTIAL_DKK = 8_390_000_000;
/** The acceptance band (±0.05%) and the tighter aim of the integer fine-tuning. */
export const TOLERANCE = 0.0005;
const AIM = 0.00002;

export interface Outcome {
  nationalPotential: number;
  socialGain: number;
  socialGainEur: number;
}

export function withAffected(rows: readonly GainRow[], companies: readonly Company[]): GainRow[] {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return rows.map((r) => ({ ...r, affected_employees: byId.get(r.company_id)?.affected ?? null }));
}

export function outcome(input: ModelInput): Outcome {
  const r = evaluate(input, presetById('damvad-2017').params);
  return { nationalPotential: r.nationalPotential.value, socialGain: r.socialGain.value, socialGainEur: r.eur.socialGain.value };
}

/**
 * Scales the companies' affected_employees (never the model) until the reference preset hits the target:
 * first a multiplicative fixed point (N is about inversely proportional to the participant base), then ±1
 * integer steps on single companies chosen from each company's measured effect on N. Mutates `companies`.
 */
export function tune(
  rows: readonly GainRow[],
  companies: Company[],
  population: readonly PopulationRow[],
  relevance: readonly RelevanceRow[],
): Outcome {
  const target = TARGET_NATIONAL_POTENTIAL_DKK;
  const run = () => outcome(toModelInput(withAffected(rows, companies), population, relevance));
  const tunable = companies.filter((c) => c.affected !== null).sort((a, b) => a.id.localeCompare(b.id));
  const exact = new Map(tunable.map((c) => [c.id, c.affected ?? 1]));
  const clamp = (c: Company, v: number) => Math.min(c.employees, Math.max(1, v));

  let out = run();
  for (let i = 0; i < 40 && Math.abs(out.nationalPotential / target - 1) > AIM; i++) {
    const factor = out.nationalPotential / target;
    for (const c of tunable) {
      const v = clamp(c, (exact.get(c.id) ?? 1) * factor);
      exact.set(c.id, v);
      c.affected = Math.round(v);
    }
    out = run();
  }

  for (let round = 0; round < 4 && Math.abs(out.nationalPotential / target - 1) > AIM; round++) {
    // dN for one more affected employee, per company, measured on the model.
    const effect = new Map<string, number>();
    for (const c of tunable) {
      if (c.affected === null || c.affected >= c.employees) continue;
      c.affected += 1;
      effect.set(c.id, run().nationalPotential - out.nationalPotential);
      c.affected -= 1;
    }
    let err = out.nationalPotential - target;
    const steps = new Map<string, number>();
    for (let k = 0; k < 60; k++) {
      let best: { c: Company; step: number; err: number } | null = null;
      for (const c of tunable) {
        const d = effect.get(c.id);
        if (d === undefined || c.affected === null || (steps.get(c.id) ?? 0) !== 0) continue;
        for (const step of [1, -1]) {
          if (clamp(c, c.affected + step) !== c.affected + step) continue;
          const e = err + step * d;
          if (Math.abs(e) < Math.abs(best?.err ?? err)) best = { c, step, err: e };
        }
      }
      if (!best) break;
      steps.set(best.c.id, best.step);
      err = best.err;
    }
    for (const c of tunable) c.affected = (c.affected ?? 0) + (steps.get(c.id) ?? 0);
    out = run();
  }
  return out;
}
