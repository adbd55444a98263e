import { PARAMETERS, presetById } from '../../model';
import type { ScenarioStore, ScenarioState } from '../../queries';
import { useT } from '../../ui';
import { ParamField } from './param-field';

/** Every model parameter in the order of the method's chain, each editable, marked when changed from its preset. */
export function AssumptionsPanel({ active, store }: { active: ScenarioState; store: ScenarioStore }) {
  const t = useT();
  const preset = presetById(active.preset).params;
  const changed = Object.keys(active.overrides).length;
  return (
    <section className="assumptions" aria-labelledby="assumptions-title">
      <div className="section-head">
        <h3 id="assumptions-title">{t({ da: 'Antagelser', en: 'Assumptions' })}</h3>
        <span className="muted" data-testid="changed-count" data-value={changed}>
          {changed === 0
            ? t({ da: 'Som forudindstillingen', en: 'As the preset' })
            : t({ da: `${changed} ændret fra forudindstillingen`, en: `${changed} changed from the preset` })}
        </span>
        {changed > 0 ? (
          <button type="button" onClick={() => store.resetAll()} data-testid="reset-all">
            {t({ da: 'Nulstil alle', en: 'Reset all' })}
          </button>
        ) : null}
      </div>
      <div className="param-list">
        {PARAMETERS.map((spec) => {
          const override = active.overrides[spec.id];
          return (
            <ParamField
              key={spec.id}
              spec={spec}
              value={override ?? preset[spec.id]}
              presetValue={preset[spec.id]}
              changed={override !== undefined}
              store={store}
            />
          );
        })}
      </div>
    </section>
  );
}
