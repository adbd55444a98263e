import type { ReactNode } from 'react';
import { formatDkk, formatPercent, formatRatio, formatByUnit } from '../../format';
import type { DatasetSummary } from '../../db';
import type { HeadlineFigure, HeadlineResult } from '../../queries/headline-snapshot';
import { FigureCard, useLang, useT } from '../../ui';

interface Props {
  summary: DatasetSummary | undefined;
  /** The model's headline figures (or the snapshot's, in the first frame: src/queries/headline-snapshot.ts). */
  result: HeadlineResult | null;
  how: (f: HeadlineFigure | null | undefined) => ReactNode;
  onAttribution: (share: number) => void;
  /** Shown after the national potential card while model terms are selected. */
  selected?: ReactNode;
  /** The plausibility badge, beside the tiers' titles. */
  badge?: ReactNode;
}

/**
 * The two tiers of the headline: what the funding has already bought (realised gains only, METHOD step 9a) and the
 * national potential (if every relevant firm adopted the results), each with its basis in words.
 */
export function HeadlineTiers({ summary: s, result, how, onAttribution, selected, badge }: Props) {
  const t = useT();
  const { lang } = useLang();
  const fmt = (f: HeadlineFigure | null | undefined) => (f ? formatByUnit(f.value, f.unit, lang) : '…');
  const p = result?.params;
  const cost = p ? p.public_funding_dkk * (1 + p.tax_distortion) : null;
  const costText =
    cost === null || !p
      ? ''
      : `${formatDkk(p.public_funding_dkk, lang, { compact: true })} × (1 + ${formatPercent(p.tax_distortion, lang, { decimals: 0 })}) = ${formatDkk(cost, lang, { compact: true })}`;
  const attribution = p?.attribution ?? 1;
  const credited =
    attribution === 1
      ? t({ da: 'og det hele blev tilskrevet programmet', en: 'and all of it were credited to the programme' })
      : t({
          da: `og ${formatPercent(attribution, 'da', { decimals: 0 })} af det blev tilskrevet programmet`,
          en: `and ${formatPercent(attribution, 'en', { decimals: 0 })} of it were credited to the programme`,
        });
  const realisedPayback = result?.realisedPayback;
  return (
    <div className="tiers">
      <section className="tier tier-realised" aria-labelledby="tier-realised-title" data-testid="tier-realised">
        <h3 id="tier-realised-title" className="tier-title">
          {t({ da: 'Realiseret af deltagerne', en: 'Realised by the participants' })}
        </h3>
        <p className="tier-basis">
          {t({
            da: 'Det, bevillingen allerede har købt: kun de gevinster, deltagerne rapporterer som realiserede, fratrukket dødvægt, fortrængning og lækage, som en strøm over horisonten. Ingen opskalering til andre virksomheder.',
            en: 'What the funding has already bought: only the gains the participants report as realised, net of deadweight, displacement and leakage, as a stream over the horizon. No extrapolation to other firms.',
          })}
        </p>
        <div className="figure-grid">
          <FigureCard
            testId="figure-reported"
            label={t({ da: 'Rapporterede realiserede gevinster pr. år', en: 'Reported realised gains per year' })}
            value={s ? s.realisedDkk : null}
            display={s ? formatDkk(s.realisedDkk, lang, { compact: true }) : '…'}
            sub={
              s
                ? `${t({ da: 'Forventede (tæller ikke her)', en: 'Expected (not counted here)' })}: ${formatDkk(s.expectedDkk, lang, { compact: true })}`
                : null
            }
            action={how(result?.reported)}
          />
          <FigureCard
            testId="figure-realised-pv"
            label={t({
              da: `Nutidsværdi af realiserede gevinster over ${p?.horizon_years ?? '…'} år`,
              en: `Present value of realised gains over ${p?.horizon_years ?? '…'} years`,
            })}
            value={result?.realisedPresentValue.value ?? null}
            display={fmt(result?.realisedPresentValue)}
            sub={
              result
                ? `${t({ da: 'Netto pr. år', en: 'Net per year' })}: ${fmt(result.realisedNet)} · ${fmt(result.realisedPresentValueEur)}`
                : null
            }
            action={how(result?.realisedPresentValue)}
          />
          <FigureCard
            testId="figure-bcr-realised"
            label={t({ da: 'Realiseret gevinst pr. offentlig krone (BCR)', en: 'Realised benefit-cost ratio (BCR)' })}
            value={result?.realisedBcr.value ?? null}
            display={result ? formatRatio(result.realisedBcr.value, lang, { decimals: 1 }) : '…'}
            sub={
              result ? (
                <span data-testid="payback-realised" data-value={realisedPayback?.value ?? ''}>
                  {realisedPayback
                    ? t({
                        da: `Tilbagebetalt ${realisedPayback.value} af de realiserede gevinster alene`,
                        en: `Paid back in ${realisedPayback.value} by the realised gains alone`,
                      })
                    : t({
                        da: 'De realiserede gevinster alene betaler ikke tilbage i horisonten',
                        en: 'The realised gains alone do not pay back within the horizon',
                      })}
                  {costText ? ` (${t({ da: 'mod', en: 'against' })} ${costText})` : ''}
                </span>
              ) : null
            }
            action={how(result?.realisedBcr)}
          />
        </div>
      </section>
      <section className="tier tier-potential" aria-labelledby="tier-potential-title" data-testid="tier-potential">
        <h3 id="tier-potential-title" className="tier-title">
          {t({ da: 'Nationalt potentiale', en: 'National potential' })} {badge}
        </h3>
        <p className="tier-basis" data-testid="potential-basis">
          {t({
            da: 'Hvis alle relevante virksomheder tog resultaterne i brug',
            en: 'If every relevant firm adopted the results',
          })}{' '}
          {credited}.{' '}
          {t({
            da: 'Et potentiale, ikke programmets egen effekt.',
            en: "A potential, not the programme's own effect.",
          })}
        </p>
        <AttributionControl value={attribution} onChange={onAttribution} />
        <div className="figure-grid">
          <FigureCard
            testId="figure-national"
            label={t({ da: 'Nationalt potentiale pr. år', en: 'National potential per year' })}
            value={result?.nationalPotential.value ?? null}
            display={fmt(result?.nationalPotential)}
            sub={
              result ? (
                <>
                  {fmt(result.nationalPotentialEur)}
                  {selected}
                </>
              ) : null
            }
            action={how(result?.nationalPotential)}
          />
          <FigureCard
            testId="figure-social"
            label={t({ da: 'Samfundsgevinst pr. år', en: 'Social gain per year' })}
            value={result?.socialGain.value ?? null}
            display={fmt(result?.socialGain)}
            sub={
              result ? (
                <span data-testid="figure-social-eur" data-value={result.socialGainEur.value}>
                  {fmt(result.socialGainEur)}
                </span>
              ) : null
            }
            action={how(result?.socialGain)}
          />
          <FigureCard
            testId="figure-npv"
            label={t({
              da: `Nutidsværdi over ${p?.horizon_years ?? '…'} år`,
              en: `Present value over ${p?.horizon_years ?? '…'} years`,
            })}
            value={result?.presentValue.value ?? null}
            display={fmt(result?.presentValue)}
            sub={result ? fmt(result.presentValueEur) : null}
            action={how(result?.presentValue)}
          />
          <FigureCard
            testId="figure-bcr"
            label={t({ da: 'Potentiel gevinst pr. offentlig krone (BCR)', en: 'Potential benefit-cost ratio (BCR)' })}
            value={result?.bcr.value ?? null}
            display={result ? formatRatio(result.bcr.value, lang, { decimals: 1 }) : '…'}
            sub={
              result ? (
                <span data-testid="payback-potential" data-value={result.payback?.value ?? ''}>
                  {result.payback
                    ? t({ da: `Tilbagebetalt ${result.payback.value}`, en: `Paid back in ${result.payback.value}` })
                    : t({ da: 'Ikke tilbagebetalt i horisonten', en: 'Not paid back within the horizon' })}{' '}
                  {t({
                    da: `(${formatPercent(attribution, 'da', { decimals: 0 })} af den akkumulerede diskonterede samfundsgevinst mod ${costText})`,
                    en: `(${formatPercent(attribution, 'en', { decimals: 0 })} of the cumulative discounted social gain against ${costText})`,
                  })}
                </span>
              ) : null
            }
            action={how(result?.bcr)}
          />
        </div>
      </section>
    </div>
  );
}

/** `attribution` as a control on the Overview: the same scenario store (and URL parameter) as the Scenarios screen. */
function AttributionControl({ value, onChange }: { value: number; onChange: (share: number) => void }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <label className="attribution-control">
      <span>{t({ da: 'Andel tilskrevet programmet', en: 'Share credited to the programme' })}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(value * 100)}
        data-testid="attribution-control"
        aria-valuetext={formatPercent(value, lang, { decimals: 0 })}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
      <output data-testid="attribution-value" data-value={value}>
        {formatPercent(value, lang, { decimals: 0 })}
      </output>
    </label>
  );
}
