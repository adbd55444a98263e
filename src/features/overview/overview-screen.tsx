import { useQuery } from '@tanstack/react-query';
import { formatDkk, formatInteger } from '../../format';
import { summaryQuery, useEngine } from '../../queries';
import { FigureCard, useLang, useT } from '../../ui';

export function OverviewScreen() {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const summary = useQuery({ ...summaryQuery(engine), enabled: engine.ready });
  const s = summary.data;
  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">{t({ da: 'Overblik', en: 'Overview' })}</h2>
      <div className="figure-grid">
        <FigureCard
          testId="figure-reported"
          label={t({ da: 'Rapporterede realiserede gevinster pr. år', en: 'Reported realised gains per year' })}
          value={s ? s.realisedDkk : null}
          display={s ? formatDkk(s.realisedDkk, lang, { compact: true }) : '…'}
          sub={s ? t({ da: `Forventede: ${formatDkk(s.expectedDkk, lang, { compact: true })}`, en: `Expected: ${formatDkk(s.expectedDkk, lang, { compact: true })}` }) : null}
        />
        <FigureCard testId="count-projects" label={t({ da: 'Projekter', en: 'Projects' })} value={s?.projects ?? null} display={s ? formatInteger(s.projects, lang) : '…'} />
        <FigureCard testId="count-companies" label={t({ da: 'Virksomheder', en: 'Companies' })} value={s?.companies ?? null} display={s ? formatInteger(s.companies, lang) : '…'} />
        <FigureCard testId="count-reports" label={t({ da: 'Gevinstrapporter', en: 'Gain reports' })} value={s?.reports ?? null} display={s ? formatInteger(s.reports, lang) : '…'} />
      </div>
    </section>
  );
}
