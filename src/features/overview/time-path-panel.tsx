import { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, TimePathChart } from '../../charts';
import { formatDkk, formatPercent, formatYear } from '../../format';
import type { ModelResult } from '../../model';
import { useLang, useT } from '../../ui';

/** The annual gain as diffusion proceeds, the cumulative discounted value and the payback year, all from the model. */
export function TimePathPanel({ result, width }: { result: ModelResult; width?: number }) {
  const t = useT();
  const { lang } = useLang();
  const p = result.params;
  // The model's cost of public funds: public funding × (1 + tax distortion), as in present-value.ts.
  const cost = p.public_funding_dkk * (1 + p.tax_distortion);
  const paybackYear = result.payback ? result.payback.value : null;
  return (
    <TimePathChart
      testId="time-path"
      title={t({ da: 'Tidsforløb', en: 'Time path' })}
      description={t({
        da: `Potentialets samfundsgevinst år for år, efterhånden som metoderne spredes, og den akkumulerede nutidsværdi over ${p.horizon_years} år, heraf ${formatPercent(p.attribution, 'da', { decimals: 0 })} tilskrevet programmet, sammenholdt med den offentlige finansiering inkl. forvridningstab. De realiserede gevinster alene står under »Realiseret af deltagerne« ovenfor.`,
        en: `The potential's social gain year by year as the methods spread, and the cumulative present value over ${p.horizon_years} years, ${formatPercent(p.attribution, 'en', { decimals: 0 })} of it credited to the programme, against the public funding including the tax distortion. The realised gains alone are under “Realised by the participants” above.`,
      })}
      points={result.timePath.map((y) => ({ year: y.year, annual: y.socialGain, cumulative: y.cumulativeAttributed }))}
      cost={cost}
      paybackYear={paybackYear}
      labels={{
        year: t({ da: 'År', en: 'Year' }),
        annual: t({ da: 'Samfundsgevinst pr. år', en: 'Social gain per year' }),
        cumulative: t({ da: 'Akkumuleret tilskrevet nutidsværdi', en: 'Cumulative attributed present value' }),
        cost: t({ da: 'Offentlig finansiering × (1 + forvridning)', en: 'Public funding × (1 + distortion)' }),
        payback: t({ da: 'Tilbagebetalt', en: 'Paid back' }),
      }}
      formatValue={(v) => formatDkk(v, lang, { compact: true })}
      formatYear={(y) => formatYear(y, lang)}
      frameLabels={lang === 'da' ? DEFAULT_FRAME_LABELS : ENGLISH_FRAME_LABELS}
      width={width}
    />
  );
}
