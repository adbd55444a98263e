import { formatDkk, formatEur, formatRatio } from '../../format';
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
        label={t({ da: 'Gevinst pr. offentlig krone', en: 'Benefit–cost ratio' })}
        value={result?.bcr.value ?? null}
        display={result ? formatRatio(result.bcr.value, lang, { decimals: 1 }) : '…'}
      />
    </div>
  );
}
