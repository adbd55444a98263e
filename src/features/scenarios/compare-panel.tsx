import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS } from '../../charts';
import { formatDkk, formatEur, formatPercent, formatRatio, type Locale } from '../../format';
import { PRESET_IDS, paramSpec, type ModelInput } from '../../model';
import { exportFile } from '../../ingest';
import { useStampMaker, type ScenarioSnapshot } from '../../queries';
import { ExportMenu, useLang, useT } from '../../ui';
import { candidates, compare, CURRENT_KEY, type FigureRow } from './compare-model';
import { comparisonTable } from './comparison-export';

const CategoryBarChart = lazy(() => import('../../charts').then((m) => ({ default: m.CategoryBarChart })));

const MAX = 4;

function fmt(v: number, unit: FigureRow['unit'], lang: Locale): string {
  if (unit === 'DKK') return formatDkk(v, lang, { compact: true });
  if (unit === 'EUR') return formatEur(v, lang, { compact: true });
  return formatRatio(v, lang, { decimals: 2 });
}

function signed(text: string, v: number): string {
  return v > 0 ? `+${text}` : text;
}

/** 2–4 scenarios side by side: every headline figure, differences against the first, the parameters that differ. */
export function ComparePanel({ snap: live, input }: { snap: ScenarioSnapshot; input: ModelInput | undefined }) {
  const t = useT();
  // The comparison (and its chart) follows a moment later, so typing in a field updates the headline first.
  const snap = useDeferredValue(live);
  const { lang } = useLang();
  const all = useMemo(() => candidates(snap.active, snap.saved, PRESET_IDS), [snap.active, snap.saved]);
  const [chosen, setChosen] = useState<string[]>([CURRENT_KEY, 'preset:conservative', 'preset:optimistic']);
  const picked = useMemo(
    () => chosen.map((k) => all.find((c) => c.key === k)).filter((c): c is NonNullable<typeof c> => !!c),
    [chosen, all],
  );
  const cmp = useMemo(() => (input && picked.length >= 2 ? compare(input, picked) : null), [input, picked]);
  const toggle = (key: string) =>
    setChosen((c) => (c.includes(key) ? c.filter((k) => k !== key) : c.length >= MAX ? c : [...c, key]));
  const names = picked.map((c) => t(c.label));
  const stamp = useStampMaker();
  const exportComparison = async (format: Parameters<typeof exportFile>[0]) => {
    if (!cmp) throw new Error('nothing to export');
    return exportFile(
      format,
      comparisonTable(cmp, names, (i) => t(cmp.figures[i]!.label)),
      await stamp(),
      'scenario-comparison',
      lang,
    );
  };

  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <h3 id="compare-title">{t({ da: 'Sammenlign scenarier', en: 'Compare scenarios' })}</h3>
      <fieldset className="compare-pick">
        <legend>
          {t({ da: `Vælg 2–${MAX} (det første er sammenligningsgrundlaget)`, en: `Choose 2–${MAX} (the first is the baseline)` })}
        </legend>
        {all.map((c) => (
          <label key={c.key} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(c.key)}
              disabled={!chosen.includes(c.key) && chosen.length >= MAX}
              onChange={() => toggle(c.key)}
              data-testid={`compare-pick-${c.key}`}
            />
            {t(c.label)}
          </label>
        ))}
      </fieldset>
      {picked.length < 2 ? (
        <p className="muted">{t({ da: 'Vælg mindst to scenarier.', en: 'Choose at least two scenarios.' })}</p>
      ) : !cmp ? (
        <p className="muted">…</p>
      ) : (
        <>
          {/* Focusable so keyboard users can scroll it when the scenarios are wider than the screen. */}
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t({ da: 'Nøgletal pr. scenarie', en: 'Headline figures per scenario' })}
          >
            <table className="table compare-table" data-testid="compare-table">
              <caption className="visually-hidden">
                {t({ da: 'Nøgletal pr. scenarie', en: 'Headline figures per scenario' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t({ da: 'Tal', en: 'Figure' })}</th>
                  {names.map((n, i) => (
                    <th scope="col" key={picked[i]!.key}>
                      {n}
                      {i === 0 ? <span className="muted"> ({t({ da: 'grundlag', en: 'baseline' })})</span> : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cmp.figures.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{t(f.label)}</th>
                    {f.values.map((v, i) => (
                      <td key={i} data-testid={`compare-${f.id}-${i}`} data-value={v}>
                        {fmt(v, f.unit, lang)}
                        {i > 0 ? (
                          <div className="muted diff">
                            {signed(fmt(f.diffs[i]!.abs, f.unit, lang), f.diffs[i]!.abs)}
                            {f.diffs[i]!.pct !== null
                              ? ` (${signed(formatPercent(f.diffs[i]!.pct!, lang, { decimals: 1 }), f.diffs[i]!.pct!)})`
                              : ''}
                          </div>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h4>{t({ da: 'Antagelser der er forskellige', en: 'Assumptions that differ' })}</h4>
          {cmp.differing.length === 0 ? (
            <p className="muted">
              {t({ da: 'Ingen: scenarierne har de samme antagelser.', en: 'None: the scenarios share every assumption.' })}
            </p>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t({ da: 'Antagelser der er forskellige', en: 'Assumptions that differ' })}
            >
              <table className="table" data-testid="compare-params">
                <thead>
                  <tr>
                    <th scope="col">{t({ da: 'Antagelse', en: 'Assumption' })}</th>
                    {names.map((n, i) => (
                      <th scope="col" key={picked[i]!.key}>
                        {n}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {cmp.differing.map((d) => (
                    <tr key={d.id} className="differs">
                      <th scope="row">{t(paramSpec(d.id).label)}</th>
                      {d.values.map((v, i) => (
                        <td key={i} className={v !== d.values[0] ? 'highlight' : undefined}>
                          {typeof v === 'number' && paramSpec(d.id).kind === 'share'
                            ? formatPercent(v, lang, { decimals: 1 })
                            : String(v)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ExportMenu
            testId="compare-export"
            label={{ da: 'Eksportér sammenligningen', en: 'Export the comparison' }}
            onExport={exportComparison}
          />
          <Suspense fallback={<p className="muted">…</p>}>
            <CategoryBarChart
              testId="compare-chart"
              title={t({
                da: 'Nationalt potentiale og samfundsgevinst pr. scenarie',
                en: 'National potential and social gain per scenario',
              })}
              description={t({
                da: 'Kr. pr. år for hvert valgt scenarie; det skraverede er samfundsgevinsten.',
                en: 'DKK per year for each chosen scenario; the hatched bar is the social gain.',
              })}
              categoryLabel={t({ da: 'Scenarie', en: 'Scenario' })}
              series={[
                { id: 'n', name: t({ da: 'Nationalt potentiale', en: 'National potential' }) },
                { id: 's', name: t({ da: 'Samfundsgevinst', en: 'Social gain' }) },
              ]}
              data={cmp.results.map((r, i) => ({
                key: picked[i]!.key,
                label: names[i]!,
                values: [r.nationalPotential.value, r.socialGain.value],
              }))}
              formatValue={(v) => formatDkk(v, lang, { compact: true })}
              frameLabels={lang === 'da' ? DEFAULT_FRAME_LABELS : ENGLISH_FRAME_LABELS}
            />
          </Suspense>
        </>
      )}
    </section>
  );
}
