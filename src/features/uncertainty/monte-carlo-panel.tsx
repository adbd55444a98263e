import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatInteger } from '../../format';
import {
  chainOutputs,
  DEFAULT_DRAWS,
  defaultDistribution,
  MAX_DRAWS,
  MAX_SEED,
  MIN_DRAWS,
  NUMERIC_PARAMS,
  probabilityAbove,
  type ChainTables,
  type Distribution,
  type MonteCarloResult,
  type MonteCarloSpec,
  type NumericParamId,
  type Params,
  type Text,
} from '../../model';
import { analysisStore, createMonteCarloRunner, type McJob, type MonteCarloRunner } from '../../queries';
import { useLang, useT } from '../../ui';
import { DistributionEditor } from './distribution-editor';
import { McCharts } from './mc-charts';
import { McResults } from './mc-results';
import { parseTyped, toText } from './number-text';

/** A fixed default seed: the first run on any machine gives the same numbers; "new seed" draws another. */
export const DEFAULT_SEED = 2017;

let sharedRunner: MonteCarloRunner | null = null;
function runner(): MonteCarloRunner {
  return (sharedRunner ??= createMonteCarloRunner());
}

type RunState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'failed'; message: string };

interface Finished {
  result: MonteCarloResult;
  spec: MonteCarloSpec;
  wallMs: number;
  computeMs: number;
  scenarioKey: string;
  dataKey: string;
}

export interface MonteCarloPanelProps {
  tables: ChainTables;
  params: Params;
  scenarioKey: string;
  dataKey: string;
  /** For tests: a runner other than the shared worker. */
  runnerOverride?: MonteCarloRunner;
}

function wholeNumber(
  text: string,
  min: number,
  max: number,
  what: Text,
): { ok: true; value: number } | { ok: false; reason: Text } {
  const p = parseTyped(text.replace(/\./g, '').replace(/,(?=\d{3}\b)/g, ''));
  if (!p.ok) return p;
  if (!Number.isInteger(p.value) || p.value < min || p.value > max) {
    return {
      ok: false,
      reason: {
        da: `${what.da} skal være et helt tal fra ${formatInteger(min, 'da')} til ${formatInteger(max, 'da')}.`,
        en: `${what.en} must be a whole number from ${formatInteger(min, 'en')} to ${formatInteger(max, 'en')}.`,
      },
    };
  }
  return p;
}

function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? DEFAULT_SEED;
}

export function MonteCarloPanel({ tables, params, scenarioKey, dataKey, runnerOverride }: MonteCarloPanelProps) {
  const t = useT();
  const { lang } = useLang();
  const [overrides, setOverrides] = useState<Partial<Record<NumericParamId, Distribution>>>({});
  const [problems, setProblems] = useState<Partial<Record<NumericParamId, Text>>>({});
  const [resets, setResets] = useState(0);
  const [drawsText, setDrawsText] = useState(String(DEFAULT_DRAWS));
  const [seedText, setSeedText] = useState(String(DEFAULT_SEED));
  const [thresholdText, setThresholdText] = useState<string | null>(null);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [finished, setFinished] = useState<Finished | null>(null);
  const job = useRef<McJob | null>(null);

  useEffect(() => {
    (runnerOverride ?? runner()).warm();
    return () => job.current?.cancel();
  }, [runnerOverride]);

  const defaults = useMemo(
    () =>
      Object.fromEntries(NUMERIC_PARAMS.map((id) => [id, defaultDistribution(id, params[id])])) as Record<
        NumericParamId,
        Distribution
      >,
    [params],
  );
  // Stable between progress updates, so the editor and the results (memoised) do not re-render while a run reports.
  const distributions = useMemo(() => ({ ...defaults, ...overrides }), [defaults, overrides]);
  const changed = useMemo(() => new Set(Object.keys(overrides) as NumericParamId[]), [overrides]);

  const pointPath = useMemo(() => {
    const path = new Float64Array(params.horizon_years);
    const s = chainOutputs(tables, params, path).socialGain;
    return { s, path: [...path].map((c) => s * c) };
  }, [tables, params]);

  const draws = wholeNumber(drawsText, MIN_DRAWS, MAX_DRAWS, { da: 'Antal træk', en: 'Draws' });
  const seed = wholeNumber(seedText, 0, MAX_SEED, { da: 'Startværdien', en: 'The seed' });
  const thresholdParsed = thresholdText === null ? null : parseTyped(thresholdText);
  const threshold =
    thresholdParsed === null ? Math.round(pointPath.s / 1e6) * 1e6 : thresholdParsed.ok ? thresholdParsed.value * 1e6 : null;
  const distProblems = Object.keys(problems).length;
  const running = run.status === 'running';
  const canRun = draws.ok && seed.ok && distProblems === 0 && !running;

  useEffect(() => {
    if (!finished || threshold === null) return;
    analysisStore.setMonteCarlo({
      scenarioKey: finished.scenarioKey,
      dataKey: finished.dataKey,
      spec: finished.spec,
      result: finished.result,
      threshold,
      probabilityAbove: probabilityAbove(finished.result.socialGainSorted, threshold),
    });
  }, [finished, threshold]);

  const start = () => {
    if (!draws.ok || !seed.ok || distProblems > 0) return;
    const spec: MonteCarloSpec = { draws: draws.value, seed: seed.value, distributions };
    const j = (runnerOverride ?? runner()).run(tables, params, spec, (done, total) => setRun({ status: 'running', done, total }));
    job.current = j;
    setRun({ status: 'running', done: 0, total: spec.draws });
    void j.outcome.then((o) => {
      if (job.current !== j) return;
      job.current = null;
      if (o.kind === 'done') {
        setFinished({ result: o.result, spec, wallMs: o.wallMs, computeMs: o.computeMs, scenarioKey, dataKey });
        setRun({ status: 'idle' });
      } else if (o.kind === 'cancelled')
        setRun((r) => ({ status: 'cancelled', done: r.status === 'running' ? r.done : 0, total: spec.draws }));
      else setRun({ status: 'failed', message: o.message });
    });
  };

  const onDistChange = useCallback((id: NumericParamId, d: Distribution | null, problem: Text | null) => {
    setProblems((p) => {
      const { [id]: _, ...rest } = p;
      return problem ? { ...rest, [id]: problem } : rest;
    });
    if (d) setOverrides((o) => ({ ...o, [id]: d }));
  }, []);

  const reset = useCallback(() => {
    setOverrides({});
    setProblems({});
    setResets((n) => n + 1);
  }, []);

  return (
    <section aria-labelledby="mc-title" className="unc-section">
      <h3 id="mc-title">{t({ da: 'Monte Carlo-usikkerhed', en: 'Monte Carlo uncertainty' })}</h3>
      <p className="muted unc-note">
        {t({
          da: 'Alle usikre antagelser trækkes samtidig fra deres fordelinger; hvert træk regner hele kæden. Samme startværdi giver altid samme resultat.',
          en: 'All uncertain assumptions are drawn together from their distributions; each draw runs the whole chain. The same seed always gives the same result.',
        })}
      </p>
      <div className="mc-controls">
        <label className="dist-field">
          <span className="dist-field-label">{t({ da: 'Antal træk', en: 'Draws' })}</span>
          <input
            type="text"
            inputMode="numeric"
            data-testid="mc-draws"
            value={drawsText}
            onChange={(e) => setDrawsText(e.target.value)}
            aria-invalid={!draws.ok}
            aria-describedby={draws.ok ? undefined : 'mc-draws-error'}
          />
        </label>
        <label className="dist-field">
          <span className="dist-field-label">{t({ da: 'Startværdi (seed)', en: 'Seed' })}</span>
          <input
            type="text"
            inputMode="numeric"
            data-testid="mc-seed"
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
            aria-invalid={!seed.ok}
            aria-describedby={seed.ok ? undefined : 'mc-seed-error'}
          />
        </label>
        <button
          type="button"
          className="button"
          data-testid="mc-seed-new"
          onClick={() => setSeedText(String(randomSeed()))}
          disabled={running}
        >
          {t({ da: 'Ny startværdi', en: 'New seed' })}
        </button>
        <label className="dist-field">
          <span className="dist-field-label">
            {t({ da: 'Tærskel for samfundsgevinst (mio. kr.)', en: 'Social gain threshold (DKK m)' })}
          </span>
          <input
            type="text"
            inputMode="decimal"
            data-testid="mc-threshold"
            value={thresholdText ?? toText(Math.round(pointPath.s / 1e6), false, lang)}
            onChange={(e) => setThresholdText(e.target.value)}
            aria-invalid={threshold === null}
            aria-describedby={threshold === null ? 'mc-threshold-error' : undefined}
          />
        </label>
        {running ? (
          <button type="button" className="button" data-testid="mc-cancel" onClick={() => job.current?.cancel()}>
            {t({ da: 'Annullér', en: 'Cancel' })}
          </button>
        ) : (
          <button type="button" className="button button-primary" data-testid="mc-run" onClick={start} disabled={!canRun}>
            {t({ da: 'Kør simulering', en: 'Run simulation' })}
          </button>
        )}
      </div>
      {!draws.ok ? (
        <p id="mc-draws-error" className="param-error" role="alert">
          {t(draws.reason)}
        </p>
      ) : null}
      {!seed.ok ? (
        <p id="mc-seed-error" className="param-error" role="alert">
          {t(seed.reason)}
        </p>
      ) : null}
      {thresholdParsed && !thresholdParsed.ok ? (
        <p id="mc-threshold-error" className="param-error" role="alert">
          {t(thresholdParsed.reason)}
        </p>
      ) : null}
      {distProblems > 0 ? (
        <p className="param-error" role="alert" data-testid="mc-blocked">
          {t({
            da: `Ret ${distProblems} fordeling(er) nedenfor før kørslen.`,
            en: `Fix ${distProblems} distribution(s) below before running.`,
          })}
        </p>
      ) : null}
      <div className="mc-status" aria-live="polite">
        {run.status === 'running' || run.status === 'cancelled' ? (
          <>
            <progress
              data-testid="mc-progress"
              value={run.done}
              max={run.total}
              data-value={run.done}
              aria-label={t({ da: 'Simuleringens fremdrift', en: 'Simulation progress' })}
            />
            <span data-testid="mc-status">
              {run.status === 'running'
                ? t({
                    da: `${formatInteger(run.done, 'da')} af ${formatInteger(run.total, 'da')} træk`,
                    en: `${formatInteger(run.done, 'en')} of ${formatInteger(run.total, 'en')} draws`,
                  })
                : t({
                    da: `Annulleret efter ${formatInteger(run.done, 'da')} træk.`,
                    en: `Cancelled after ${formatInteger(run.done, 'en')} draws.`,
                  })}
            </span>
          </>
        ) : null}
        {run.status === 'failed' ? (
          <p className="param-error" role="alert" data-testid="mc-status">
            {run.message}
          </p>
        ) : null}
      </div>
      {finished ? (
        <McResults
          result={finished.result}
          threshold={threshold ?? 0}
          wallMs={finished.wallMs}
          computeMs={finished.computeMs}
          stale={finished.scenarioKey !== scenarioKey || finished.dataKey !== dataKey}
        />
      ) : null}
      <McCharts result={finished?.result ?? null} threshold={threshold ?? 0} pointPath={pointPath.path} />
      <DistributionEditor
        distributions={distributions}
        changed={changed}
        version={`${scenarioKey}:${resets}`}
        onChange={onDistChange}
        onReset={reset}
      />
    </section>
  );
}
