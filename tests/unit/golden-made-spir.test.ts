// Golden: the demo data set through the app's own SQL (real DuckDB in Node) and the model's damvad-2017 preset
// reproduces the published MADE SPIR chain, as it displays. The SQL's output is the committed snapshot, which
// data/snapshot.test.ts recomputes on the real engine and requires to be equal: computed once per run, not twice.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoSnapshot } from '../../data/generator/snapshot';
import { formatDkk, formatEur } from '../../src/format';
import { evaluate, presetById, walkFigures, type ModelResult } from '../../src/model';

let snap: DemoSnapshot;
let r: ModelResult;
beforeAll(() => {
  snap = JSON.parse(readFileSync('data/demo/snapshot.json', 'utf8')) as DemoSnapshot;
  r = evaluate(snap.modelInput, presetById('damvad-2017').params);
});

describe('MADE SPIR reproduction (demo data × damvad-2017)', () => {
  it('reports DKK 90.0m realised', () => {
    expect(snap.summary.realisedDkk).toBe(90_000_000);
    expect(r.reported.value).toBe(90_000_000);
    expect(formatDkk(r.reported.value, 'da', { compact: true })).toBe('90,0 mio. kr.');
  });

  it('extrapolates to 8.39bn national potential and 6.0975bn social gain, 813 MEUR', () => {
    expect(r.nationalPotential.value / 8.39e9).toBeCloseTo(1, 3);
    expect(r.socialGain.value / 6.0975e9).toBeCloseTo(1, 3);
    expect(r.socialGain.value / r.nationalPotential.value).toBeCloseTo(0.72675, 6);
    expect(formatDkk(r.nationalPotential.value, 'da', { compact: true })).toBe('8,4 mia. kr.');
    expect(formatDkk(r.socialGain.value, 'da', { compact: true })).toBe('6,1 mia. kr.');
    expect(formatEur(r.eur.socialGain.value, 'da', { compact: true })).toBe('813 mio. EUR');
    expect(r.warnings).toEqual([]);
  });

  it('traces national potential down to parameters with sources and reported cells', () => {
    const ids = r.nationalPotential.inputs.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    const params = new Set<string>();
    let gainRows = 0;
    walkFigures(r.nationalPotential, (f) => {
      f.parameters.forEach((p) => {
        params.add(p.id);
        expect(p.source.en.length).toBeGreaterThan(0);
      });
      gainRows += f.rows.filter((row) => row.kind === 'gain').length;
    });
    for (const p of ['transferability', 'adoption_ceiling', 'relevance_default', 'min_size_class']) expect(params).toContain(p);
    expect(gainRows).toBeGreaterThan(0);
  });

  it('splits N and S by theme, industry and size class, each summing to the total', () => {
    for (const parts of [r.breakdown.byTheme, r.breakdown.byIndustry, r.breakdown.bySizeClass]) {
      const n = parts.reduce((a, p) => a + p.nationalPotential, 0);
      const s = parts.reduce((a, p) => a + p.socialGain, 0);
      expect(n / r.nationalPotential.value).toBeCloseTo(1, 9);
      expect(s / r.socialGain.value).toBeCloseTo(1, 9);
    }
  });
});
