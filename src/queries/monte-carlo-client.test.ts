import { describe, expect, it, vi } from 'vitest';
import { compileChain, defaultDistribution, presetById, runMonteCarlo, UNCERTAIN_BY_DEFAULT, type Distributions } from '../model';
import { realisticInput } from '../model/test-fixtures';
import { AnalysisStore } from './analysis-store';
import { createMonteCarloRunner } from './monte-carlo-client';

const params = presetById('damvad-2017').params;
const tables = compileChain(realisticInput(3), params);
const distributions: Distributions = Object.fromEntries(
  UNCERTAIN_BY_DEFAULT.map((id) => [id, defaultDistribution(id, params[id])]),
);
const spec = { draws: 5000, seed: 9, distributions };

describe('Monte Carlo runner (in-page mode: the worker runs the same chunked loop)', () => {
  it('reports progress chunk by chunk and ends with the same result as one uninterrupted run', async () => {
    const runner = createMonteCarloRunner('in-page');
    const progress: number[] = [];
    const out = await runner.run(tables, params, spec, (done) => progress.push(done)).outcome;
    expect(progress).toEqual([2000, 4000, 5000]);
    if (out.kind !== 'done') throw new Error(out.kind);
    expect(out.result).toEqual(runMonteCarlo(tables, params, spec));
    expect(out.wallMs).toBeGreaterThanOrEqual(0);
  });

  it('cancels between chunks, and a new run cancels the one before', async () => {
    const runner = createMonteCarloRunner('in-page');
    const seen: number[] = [];
    // The in-page loop yields with setTimeout between chunks: with fake timers the test runs the chunks the loop
    // schedules one by one, with no sleep. Chunk 1 (2000) runs at once, timer 1 draws chunk 2 (4000, cancelled
    // there), timer 2 finds the cancel and schedules nothing: the loop stopped instead of drawing to 10,000.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const job = runner.run(tables, params, { ...spec, draws: 10_000 }, (done) => {
        seen.push(done);
        if (done === 4000) job.cancel();
      });
      let timers = 0;
      while (vi.getTimerCount() > 0 && timers < 10) {
        await vi.advanceTimersToNextTimerAsync();
        timers++;
      }
      expect(timers).toBe(2);
      expect(await job.outcome).toEqual({ kind: 'cancelled' });
    } finally {
      vi.useRealTimers();
    }
    expect(Math.max(...seen)).toBe(4000);
    const first = runner.run(tables, params, spec, () => undefined);
    const second = runner.run(tables, params, { ...spec, seed: 10 }, () => undefined);
    expect(await first.outcome).toEqual({ kind: 'cancelled' });
    expect((await second.outcome).kind).toBe('done');
  });

  it('fails with the reason when the settings are invalid', async () => {
    const out = await createMonteCarloRunner('in-page').run(tables, params, { ...spec, draws: 3 }, () => undefined).outcome;
    expect(out.kind).toBe('failed');
    expect(out.kind === 'failed' && out.message).toMatch(/draws must be/);
  });
});

describe('analysis store', () => {
  it('keeps the latest results with their scenario key and tells subscribers', () => {
    const store = new AnalysisStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    const result = runMonteCarlo(tables, params, { ...spec, draws: 200 });
    store.setMonteCarlo({ scenarioKey: 'k1', dataKey: 'd', spec, result, threshold: 0, probabilityAbove: 1 });
    expect(store.getSnapshot().monteCarlo?.scenarioKey).toBe('k1');
    expect(store.getSnapshot().sensitivity).toBeNull();
    off();
    store.setMonteCarlo(null);
    expect(calls).toBe(1);
    expect(store.getSnapshot().monteCarlo).toBeNull();
  });
});
