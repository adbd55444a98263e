import { useT } from '../../ui';

export function ProgrammeScreen() {
  const t = useT();
  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">Programme</h2>
      <p className="muted">{t({ da: 'Denne skærm er endnu ikke bygget.', en: 'This screen is not built yet.' })}</p>
    </section>
  );
}
