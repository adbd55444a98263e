import { useState } from 'react';
import { formatDkk, formatNumber, formatPercent, formatRatio } from '../../format';
import {
  GOAL_OUTPUTS,
  PARAMETERS,
  goalSeek,
  isNumericParam,
  type GoalOutput,
  type GoalSeekResult,
  type ModelInput,
  type NumericParamId,
  type Params,
  type Text,
} from '../../model';
import type { ScenarioStore } from '../../queries';
import { useLang, useT } from '../../ui';
import { parseUserNumber } from './param-input';

const OUTPUT_LABELS: Record<GoalOutput, Text> = {
  national_potential: { da: 'Nationalt potentiale (kr. pr. år)', en: 'National potential (DKK per year)' },
  social_gain: { da: 'Samfundsgevinst (kr. pr. år)', en: 'Social gain (DKK per year)' },
  present_value: { da: 'Nutidsværdi (kr.)', en: 'Present value (DKK)' },
  bcr: { da: 'Gevinst pr. offentlig krone (forhold)', en: 'Benefit–cost ratio' },
};

/** Decimals that leave four significant digits (99,32 · 1,234 · 0,01234), at most four. */
const significantDecimals = (v: number) => (v === 0 ? 0 : Math.min(4, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v))))));

const NUMERIC = PARAMETERS.filter((s) => isNumericParam(s.id));

/** "Which value of X gives output = Y?" with the model's solver; the answer can be applied to the scenario. */
export function GoalSeekPanel({ input, params, store }: { input: ModelInput | undefined; params: Params; store: ScenarioStore }) {
  const t = useT();
  const { lang } = useLang();
  const [output, setOutput] = useState<GoalOutput>('national_potential');
  const [parameter, setParameter] = useState<NumericParamId>('adoption_ceiling');
  const [target, setTarget] = useState('');
  const [result, setResult] = useState<GoalSeekResult | { ok: false; reason: Text; range: null; input: true } | null>(null);
  const money = output !== 'bcr';
  const show = (v: number) => (money ? formatDkk(v, lang, { compact: true }) : formatRatio(v, lang, { decimals: 2 }));
  const spec = NUMERIC.find((s) => s.id === parameter)!;
  // A solver's answer to 12 digits is noise to a reader: four significant digits, in the UI's number style.
  const showParam = (v: number) =>
    spec.kind === 'share'
      ? formatPercent(v, lang, { decimals: significantDecimals(v * 100) })
      : spec.unit.en === 'DKK'
        ? formatDkk(v, lang, { compact: true })
        : formatNumber(v, lang, { decimals: significantDecimals(v) });
  const parsed = parseUserNumber(target, lang);

  const run = () => {
    if (!input) return;
    if (!parsed.ok) return setResult({ ok: false, reason: parsed.reason, range: null, input: true });
    setResult(goalSeek(input, params, { output, parameter, target: parsed.value }));
  };

  return (
    <section className="goal-seek" aria-labelledby="goal-title">
      <h3 id="goal-title">{t({ da: 'Målsøgning', en: 'Goal seek' })}</h3>
      <form
        className="row-wrap"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label className="field">
          {t({ da: 'Hvilken værdi af', en: 'Which value of' })}
          <select
            value={parameter}
            onChange={(e) => {
              setParameter(e.target.value as NumericParamId);
              setResult(null);
            }}
            data-testid="goal-parameter"
          >
            {NUMERIC.map((s) => (
              <option key={s.id} value={s.id}>
                {t(s.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t({ da: 'giver', en: 'gives' })}
          <select
            value={output}
            onChange={(e) => {
              setOutput(e.target.value as GoalOutput);
              setResult(null);
            }}
            data-testid="goal-output"
          >
            {GOAL_OUTPUTS.map((o) => (
              <option key={o} value={o}>
                {t(OUTPUT_LABELS[o])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t({ da: '= mål', en: '= target' })}
          <input
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            inputMode="decimal"
            placeholder={money ? '5000000000' : '50'}
            data-testid="goal-target"
          />
          <span className="muted">{parsed.ok ? show(parsed.value) : '\u00a0'}</span>
        </label>
        <button type="submit" disabled={!input} data-testid="goal-run">
          {t({ da: 'Find værdien', en: 'Find the value' })}
        </button>
      </form>
      {result?.ok ? (
        <div role="status" data-testid="goal-result" data-value={result.value}>
          <p>
            {t(spec.label)} = <strong>{showParam(result.value)}</strong>{' '}
            <span className="muted">
              ({t({ da: 'giver', en: 'gives' })} {show(result.achieved)})
            </span>
          </p>
          <button type="button" onClick={() => store.setParam(parameter, result.value)} data-testid="goal-apply">
            {t({ da: 'Brug denne værdi i scenariet', en: 'Use this value in the scenario' })}
          </button>
        </div>
      ) : result ? (
        <p role="alert" className="param-error" data-testid="goal-none">
          {'input' in result
            ? t(result.reason)
            : result.range
              ? t({
                  da: `Ingen værdi af ${t(spec.label).toLowerCase()} i intervallet giver det: resultatet ligger mellem ${show(result.range[0])} og ${show(result.range[1])}.`,
                  en: `No value of ${t(spec.label).toLowerCase()} in its range gives that: the output ranges from ${show(result.range[0])} to ${show(result.range[1])}.`,
                })
              : t(result.reason)}
        </p>
      ) : null}
    </section>
  );
}
