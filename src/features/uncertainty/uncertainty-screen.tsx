import { useT } from '../../ui';

export function UncertaintyScreen() {
  const t = useT();
  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">Uncertainty</h2>
      <p className="muted">{t({ da: 'Denne skærm er endnu ikke bygget.', en: 'This screen is not built yet.' })}</p>
    </section>
  );
}
