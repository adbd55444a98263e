import { useT } from '../../ui';
import { MonteCarloPanel } from './monte-carlo-panel';
import { SensitivityPanel } from './sensitivity-panel';
import { useChain } from './use-chain';
import './uncertainty.css';

export function UncertaintyScreen() {
  const t = useT();
  const { tables, scenario, dataKey, error } = useChain();
  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">{t({ da: 'Usikkerhed', en: 'Uncertainty' })}</h2>
      <p className="muted">
        {t({
          da: 'Hvor sikre er tallene? Følsomheden viser, hvilke antagelser der betyder mest; Monte Carlo-simuleringen giver et interval for hvert hovedtal. Begge regner på det aktive scenarie og datavalg.',
          en: 'How sure are the figures? Sensitivity shows which assumptions matter most; the Monte Carlo simulation gives a range for each headline figure. Both use the active scenario and data selection.',
        })}{' '}
        <a href={`#/scenarios${window.location.search}`}>{t({ da: 'Ret antagelserne', en: 'Edit the assumptions' })}</a>
      </p>
      {error ? (
        <p role="alert" className="banner banner-error">
          {t({ da: 'Data kunne ikke indlæses: ', en: 'The data could not be loaded: ' })}
          {String(error)}
        </p>
      ) : null}
      {tables ? (
        <div className="unc-layout">
          <SensitivityPanel tables={tables} params={scenario.params} scenarioKey={scenario.key} dataKey={dataKey} />
          <MonteCarloPanel tables={tables} params={scenario.params} scenarioKey={scenario.key} dataKey={dataKey} />
        </div>
      ) : (
        <p className="muted" data-testid="unc-loading">
          {t({ da: 'Indlæser data …', en: 'Loading data …' })}
        </p>
      )}
    </section>
  );
}
