import { useT, type Text } from '../../ui';

const WHAT: Record<string, Text> = {
  data: { da: 'Tabellerne i det aktive datasæt.', en: 'The tables of the active data set.' },
  scenarios: { da: 'Hvad-nu-hvis-scenarier og følsomhed.', en: 'What-if scenarios and sensitivity.' },
  uncertainty: { da: 'Monte Carlo-usikkerhed.', en: 'Monte Carlo uncertainty.' },
  sql: { da: 'SQL-konsol til egne forespørgsler.', en: 'An SQL console for your own queries.' },
  report: { da: 'Evalueringsrapporten til print.', en: 'The printable evaluation report.' },
};

/** A screen whose feature has not landed yet: says what it will hold, claims nothing else. */
export function PlaceholderScreen({ screen, label }: { screen: string; label: Text }) {
  const t = useT();
  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">{t(label)}</h2>
      <p>{WHAT[screen] ? t(WHAT[screen]) : null}</p>
      <p className="muted">{t({ da: 'Denne skærm er endnu ikke bygget.', en: 'This screen is not built yet.' })}</p>
    </section>
  );
}
