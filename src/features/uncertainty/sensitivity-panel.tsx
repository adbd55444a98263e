import { useEffect, useMemo, useState } from 'react';
import { HeatmapChart, TornadoChart } from '../../charts';
import {
  heatMap,
  NUMERIC_PARAMS,
  paramSpec,
  SENSITIVITY_OUTPUTS,
  tornado,
  type BoundsMode,
  type ChainTables,
  type NumericParamId,
  type Params,
  type SensitivityOutput,
} from '../../model';
import { analysisStore } from '../../queries';
import { useLang, useT } from '../../ui';
import { frameLabels } from './frame-labels';
import { formatOutput, formatParam, OUTPUT_LABELS } from './number-text';

const STEP_CHOICES = [5, 11, 21, 41] as const;

export interface SensitivityPanelProps {
  tables: ChainTables;
  params: Params;
  scenarioKey: string;
  dataKey: string;
}

/** Tornado (one parameter at a time) and a heat map for a chosen pair, recomputed as the scenario changes. */
export function SensitivityPanel({ tables, params, scenarioKey, dataKey }: SensitivityPanelProps) {
  const t = useT();
  const { lang } = useLang();
  const [output, setOutput] = useState<SensitivityOutput>('socialGain');
  const [mode, setMode] = useState<BoundsMode>('band');
  const [x, setX] = useState<NumericParamId>('transferability');
  const [y, setY] = useState<NumericParamId>('deadweight');
  const [steps, setSteps] = useState<number>(11);
  const torn = useMemo(() => tornado(tables, params, output, mode), [tables, params, output, mode]);
  const heat = useMemo(
    () => (x === y ? null : heatMap(tables, params, output, x, y, steps, mode)),
    [tables, params, output, x, y, steps, mode],
  );

  useEffect(() => {
    analysisStore.setSensitivity({ scenarioKey, dataKey, tornado: torn, heatMap: heat });
  }, [scenarioKey, dataKey, torn, heat]);

  const label = (id: NumericParamId) => t(paramSpec(id).label);
  const fmt = (v: number) => formatOutput(output, v, lang);
  const paramOptions = NUMERIC_PARAMS.map((id) => (
    <option key={id} value={id}>
      {label(id)}
    </option>
  ));
  const boundsText =
    mode === 'band'
      ? t({
          da: 'hver antagelse flyttes ±50 % af sin værdi (mindst ±5 % af sit interval), inden for intervallet',
          en: 'each assumption moves ±50% of its value (at least ±5% of its range), within its range',
        })
      : t({
          da: 'hver antagelse flyttes over hele sit tilladte interval',
          en: 'each assumption moves across its whole allowed range',
        });

  return (
    <section aria-labelledby="sens-title" className="unc-section">
      <h3 id="sens-title">{t({ da: 'Følsomhed', en: 'Sensitivity' })}</h3>
      <div className="toolbar">
        <label className="field-inline">
          {t({ da: 'Resultat', en: 'Output' })}
          <select data-testid="sens-output" value={output} onChange={(e) => setOutput(e.target.value as SensitivityOutput)}>
            {SENSITIVITY_OUTPUTS.map((o) => (
              <option key={o} value={o}>
                {t(OUTPUT_LABELS[o])}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          {t({ da: 'Yderpunkter', en: 'Bounds' })}
          <select data-testid="sens-bounds" value={mode} onChange={(e) => setMode(e.target.value as BoundsMode)}>
            <option value="band">{t({ da: 'plausibelt bånd (±50 %)', en: 'plausible band (±50%)' })}</option>
            <option value="range">{t({ da: 'hele intervallet', en: 'whole range' })}</option>
          </select>
        </label>
      </div>
      <TornadoChart
        testId="tornado-chart"
        title={t({
          da: `Hvad betyder mest for: ${t(OUTPUT_LABELS[output]).toLowerCase()}`,
          en: `What matters most for: ${t(OUTPUT_LABELS[output]).toLowerCase()}`,
        })}
        description={`${t({ da: 'Én antagelse ad gangen; de andre holdes på scenariets værdi', en: 'One assumption at a time; the others stay at the scenario’s value' })}: ${boundsText}. ${t({ da: 'Sorteret efter udsving', en: 'Sorted by swing' })}.`}
        data={torn.bars.map((b) => ({
          key: b.id,
          label: label(b.id),
          lowLabel: formatParam(b.id, b.low, lang),
          highLabel: formatParam(b.id, b.high, lang),
          outputLow: b.outputLow,
          outputHigh: b.outputHigh,
        }))}
        base={torn.base}
        labels={{
          parameter: t({ da: 'Antagelse', en: 'Assumption' }),
          atLow: t({ da: 'Ved lav værdi', en: 'At low value' }),
          atHigh: t({ da: 'Ved høj værdi', en: 'At high value' }),
          swing: t({ da: 'Udsving', en: 'Swing' }),
          base: t({ da: 'Scenariets værdi', en: 'Scenario value' }),
        }}
        formatValue={fmt}
        frameLabels={frameLabels(lang)}
      />
      {torn.noEffect.length > 0 ? (
        <p className="muted unc-note" data-testid="tornado-no-effect">
          {t({ da: 'Påvirker ikke dette resultat i scenariet', en: 'Do not move this output in the scenario' })}:{' '}
          {torn.noEffect.map(label).join(', ')}.
        </p>
      ) : null}

      <h4>{t({ da: 'To antagelser på én gang', en: 'Two assumptions at once' })}</h4>
      <div className="toolbar">
        <label className="field-inline">
          {t({ da: 'Vandret', en: 'Across' })}
          <select data-testid="heat-x" value={x} onChange={(e) => setX(e.target.value as NumericParamId)}>
            {paramOptions}
          </select>
        </label>
        <label className="field-inline">
          {t({ da: 'Lodret', en: 'Up' })}
          <select data-testid="heat-y" value={y} onChange={(e) => setY(e.target.value as NumericParamId)}>
            {paramOptions}
          </select>
        </label>
        <label className="field-inline">
          {t({ da: 'Trin', en: 'Steps' })}
          <select data-testid="heat-steps" value={steps} onChange={(e) => setSteps(Number(e.target.value))}>
            {STEP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n} × {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      {heat ? (
        <HeatmapChart
          testId="heatmap-chart"
          title={`${t(OUTPUT_LABELS[output])}: ${label(x)} × ${label(y)}`}
          description={`${t({ da: 'Mørkere er mere. Scenariets egne værdier er markeret med orange kant', en: 'Darker is more. The scenario’s own values are outlined in orange' })}; ${boundsText}.`}
          xLabel={label(x)}
          yLabel={label(y)}
          xs={heat.xs}
          ys={heat.ys}
          values={heat.values}
          current={{ x: params[x], y: params[y] }}
          formatX={(v) => formatParam(x, v, lang)}
          formatY={(v) => formatParam(y, v, lang)}
          formatValue={fmt}
          frameLabels={frameLabels(lang)}
        />
      ) : (
        <p role="alert" className="param-error">
          {t({ da: 'Vælg to forskellige antagelser.', en: 'Choose two different assumptions.' })}
        </p>
      )}
    </section>
  );
}
