import { memo, useState } from 'react';
import { NUMERIC_PARAMS, UNCERTAIN_BY_DEFAULT, type Distribution, type NumericParamId, type Text } from '../../model';
import { useT } from '../../ui';
import { DistributionRow } from './distribution-row';

export interface DistributionEditorProps {
  /** The distributions in force (defaults from the scenario, with the user's changes). */
  distributions: Record<NumericParamId, Distribution>;
  changed: ReadonlySet<NumericParamId>;
  /** Bumped on reset and on a scenario change: rows reload their fields. */
  version: string;
  onChange: (id: NumericParamId, d: Distribution | null, problem: Text | null) => void;
  onReset: () => void;
}

/** The uncertain assumptions first; the rest (fixed by default) behind a toggle. */
export const DistributionEditor = memo(function DistributionEditor({
  distributions,
  changed,
  version,
  onChange,
  onReset,
}: DistributionEditorProps) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const first = NUMERIC_PARAMS.filter((id) => UNCERTAIN_BY_DEFAULT.includes(id) || changed.has(id));
  const rest = NUMERIC_PARAMS.filter((id) => !first.includes(id));
  const row = (id: NumericParamId) => (
    <DistributionRow key={`${id}:${version}`} id={id} value={distributions[id]} changed={changed.has(id)} onChange={onChange} />
  );
  return (
    <fieldset className="dist-editor" data-testid="dist-editor">
      <legend>{t({ da: 'Usikkerhed pr. antagelse', en: 'Uncertainty per assumption' })}</legend>
      <p className="muted unc-note">
        {t({
          da: 'Standard: PERT-fordeling fra −50 % til +50 % af scenariets værdi (mindst ±5 % af intervallet), med scenariets værdi som den typiske, for antagelserne om overførsel, udbredelse, additionalitet og tidsforløb. Regnskabsvalg (år, horisont, diskontering, finansiering, kurs) holdes faste. Andele skrives i procent.',
          en: 'Default: a PERT distribution from −50% to +50% of the scenario’s value (at least ±5% of the range), with the scenario’s value as the mode, for the assumptions on transfer, adoption, additionality and timing. Accounting choices (years, horizon, discounting, funding, exchange rate) stay fixed. Shares are typed in percent.',
        })}
      </p>
      <div className="row-wrap">
        <button type="button" className="button" onClick={onReset} data-testid="dist-reset" disabled={changed.size === 0}>
          {t({ da: 'Nulstil til standard', en: 'Reset to defaults' })}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={showAll}
          onClick={() => setShowAll((v) => !v)}
          data-testid="dist-show-all"
        >
          {showAll
            ? t({ da: 'Skjul de faste antagelser', en: 'Hide the fixed assumptions' })
            : t({
                da: `Vis alle antagelser (${rest.length} faste mere)`,
                en: `Show all assumptions (${rest.length} more, fixed)`,
              })}
        </button>
      </div>
      <div className="dist-list">{first.map(row)}</div>
      {showAll ? <div className="dist-list">{rest.map(row)}</div> : null}
    </fieldset>
  );
});
