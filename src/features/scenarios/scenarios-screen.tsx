import { useMemo } from 'react';
import { evaluate } from '../../model';
import { useScenario } from '../../queries';
import { Notice, useT } from '../../ui';
import { AssumptionsPanel } from './assumptions-panel';
import { ComparePanel } from './compare-panel';
import { GoalSeekPanel } from './goal-seek-panel';
import { HeadlineStrip } from './headline-strip';
import { ScenarioManager } from './scenario-manager';
import { useModelInput } from './use-model-input';
import './scenarios.css';

/** What-if: every assumption editable with the figures live, named scenarios, comparison, sharing and goal seek. */
export function ScenariosScreen() {
  const t = useT();
  const snap = useScenario();
  const input = useModelInput();
  const result = useMemo(() => (input.data ? evaluate(input.data, snap.params) : null), [input.data, snap.params]);
  return (
    <section aria-labelledby="screen-title" className="scenarios-screen">
      <h2 id="screen-title">{t({ da: 'Scenarier', en: 'Scenarios' })}</h2>
      {snap.storageProblem ? <Notice testId="scenario-storage-problem">{t(snap.storageProblem)}</Notice> : null}
      {snap.urlIssues.length > 0 ? (
        <Notice testId="scenario-url-issues">
          {t({ da: 'Linket indeholdt værdier, der ikke kunne bruges: ', en: 'The link held values that could not be used: ' })}
          {snap.urlIssues.map((i) => t(i.message)).join('; ')}
        </Notice>
      ) : null}
      <div className="sticky-figures">
        <HeadlineStrip result={result} />
      </div>
      <div className="scenarios-layout">
        <AssumptionsPanel active={snap.active} store={snap.store} />
        <div className="scenarios-side">
          <ScenarioManager snap={snap} store={snap.store} />
          <GoalSeekPanel input={input.data} params={snap.params} store={snap.store} />
        </div>
      </div>
      <ComparePanel snap={snap} input={input.data} />
    </section>
  );
}
