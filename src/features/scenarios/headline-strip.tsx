import { formatDkk, formatEur, formatPercent, formatRatio } from '../../format';
import type { ModelResult } from '../../model';
import { FigureCard, useLang, useT } from '../../ui';

/** The scenario's headline figures, live as assumptions change (same test ids as the Overview). */
export function HeadlineStrip({ result }: { result: ModelResult | null }) {
  const t = useT();
  const { lang } = useLang();
  const dkk = (v: number | undefined) => (v === undefined ? '…' : formatDkk(v, lang, { compact: true }));
  return (
    <div className="figure-grid figure-grid-compact" aria-live="polite">
      <FigureCard
        testId="figure-reported"
        label={t({ da: 'Rapporteret pr. år', en: 'Reported per year' })}
        value={result?.reported.value ?? null}
        display={dkk(result?.reported.value)}
      />
      <FigureCard
        testId="figure-national"
        label={t({ da: 'Nationalt potentiale pr. år', en: 'National potential per year' })}
        value={result?.nationalPotential.value ?? null}
        display={dkk(result?.nationalPotential.value)}
      />
      <FigureCard
        testId="figure-social"
        label={t({ da: 'Samfundsgevinst pr. år', en: 'Social gain per year' })}
        value={result?.socialGain.value ?? null}
        display={dkk(result?.socialGain.value)}
        sub={result ? formatEur(result.eur.socialGain.value, lang, { compact: true }) : null}
      />
      <FigureCard
        testId="figure-npv"
        label={t({ da: 'Nutidsværdi', en: 'Present value' })}
        value={result?.presentValue.value ?? null}
        display={dkk(result?.presentValue.value)}
      />
      <FigureCard
        testId="figure-bcr"
        label={t({ da: 'Potentiel gevinst pr. offentlig krone', en: 'Potential benefit–cost ratio' })}
        value={result?.bcr.value ?? null}
        display={result ? formatRatio(result.bcr.value, lang, { decimals: 1 }) : '…'}
        sub={
          result
            ? t({
                da: `hvis alle relevante virksomheder tog det i brug; ${formatPercent(result.params.attribution, 'da', { decimals: 0 })} tilskrevet`,
                en: `if every relevant firm adopted it; ${formatPercent(result.params.attribution, 'en', { decimals: 0 })} credited`,
              })
            : null
        }
      />
      <FigureCard
        testId="figure-realised-pv"
        label={t({ da: 'Nutidsværdi af realiserede gevinster', en: 'Present value of realised gains' })}
        value={result?.realised.presentValue.value ?? null}
        display={dkk(result?.realised.presentValue.value)}
      />
      <FigureCard
        testId="figure-bcr-realised"
        label={t({ da: 'Realiseret gevinst pr. offentlig krone', en: 'Realised benefit–cost ratio' })}
        value={result?.realised.bcr.value ?? null}
        display={result ? formatRatio(result.realised.bcr.value, lang, { decimals: 1 }) : '…'}
        sub={t({ da: 'kun deltagernes realiserede gevinster', en: "participants' realised gains only" })}
      />
    </div>
  );
}
