import { useT } from '../../ui';

/**
 * The sensitivity and uncertainty results, once computed on the Uncertainty screen. Until that screen's results
 * are wired in here, the report says where they come from.
 */
export function AnalysisSections() {
  const t = useT();
  return (
    <section className="report-section" aria-labelledby="report-analysis" data-testid="report-analysis">
      <h2 id="report-analysis">{t({ da: 'Følsomhed og usikkerhed', en: 'Sensitivity and uncertainty' })}</h2>
      <p className="muted">
        {t({
          da: 'Følsomheds- og usikkerhedsresultaterne vises her, når de er beregnet på skærmen Usikkerhed.',
          en: 'The sensitivity and uncertainty results appear here once they are computed on the Uncertainty screen.',
        })}
      </p>
    </section>
  );
}
