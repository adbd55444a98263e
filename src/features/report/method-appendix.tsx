import {
  CHECK_THRESHOLDS,
  PARAMETERS,
  PRESETS,
  paramSpec,
  presetDescription,
  type Figure,
  type ModelInput,
  type ModelResult,
} from '../../model';
import { formatNumber, formatPercent } from '../../format';
import { useLang, useT } from '../../ui';
import { FORMULAS, SYMBOLS } from './formulas';
import { Formula } from './math';
import { paramRangeText, paramValueText, withLabels } from './param-text';
import { SectionHeading } from './section-heading';

/** The chain's figures in order, each with its formula in words (the model's) and typeset. */
function chain(r: ModelResult): Figure[] {
  return [
    r.reported,
    r.reportedWeighted,
    r.programmeEffectSize,
    r.nationalPotential,
    r.socialFactor,
    r.socialGain,
    r.presentValue,
    r.bcr,
    r.crossCheck,
  ];
}

/**
 * The method as implemented, generated from the model: each figure's formula in words (from the evaluation
 * itself) and as typeset math, the symbols, the parameter schema (ranges, defaults), the plausibility thresholds,
 * the presets and the notes the model made on this data.
 */
export function MethodAppendix({ result, input }: { result: ModelResult; input: ModelInput }) {
  const t = useT();
  const { lang } = useLang();
  const notes = [...new Set(result.warnings.map((w) => withLabels(t(w.message), lang)))];
  return (
    <section className="report-section report-appendix" aria-labelledby="report-method" data-testid="report-method">
      <SectionHeading id="method" />
      <p>
        {t({
          da: 'Bilaget er dannet af modellens egen kode: formlerne er dem, beregningen ovenfor brugte, og parametertabellen er modellens skema.',
          en: 'This appendix is generated from the model’s own code: the formulas are those the calculation above used, and the parameter table is the model’s schema.',
        })}
      </p>
      <h3>{t({ da: 'Kæden', en: 'The chain' })}</h3>
      <ol className="method-chain">
        {chain(result).map((f) => (
          <li key={f.id} data-figure={f.id}>
            <strong>{t(f.label)}</strong>: {withLabels(t(f.formula.words), lang)}
            {(FORMULAS[f.id] ?? []).map((tex) => (
              <Formula key={tex} tex={tex} />
            ))}
          </li>
        ))}
      </ol>
      <h3>{t({ da: 'Symboler', en: 'Symbols' })}</h3>
      <table className="table report-table method-symbols" data-testid="method-symbols">
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Symbol', en: 'Symbol' })}</th>
            <th scope="col">{t({ da: 'Betydning', en: 'Meaning' })}</th>
          </tr>
        </thead>
        <tbody>
          {SYMBOLS.map((s) => (
            <tr key={s.tex}>
              <td>
                <Formula tex={s.tex} display={false} />
              </td>
              <td>{typeof s.means === 'string' ? t(paramSpec(s.means).label) : t(s.means)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t({ da: 'Parametre', en: 'Parameters' })}</h3>
      <table className="table report-table">
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Parameter', en: 'Parameter' })}</th>
            <th scope="col">{t({ da: 'Tilladte værdier', en: 'Allowed values' })}</th>
            <th scope="col">{t({ da: 'Standard', en: 'Default' })}</th>
          </tr>
        </thead>
        <tbody>
          {PARAMETERS.map((p) => (
            <tr key={p.id}>
              <td>{t(p.label)}</td>
              <td>{paramRangeText(p, lang)}</td>
              <td>{paramValueText(p, p.default, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t({ da: 'Tærskler for rimelighedstjek', en: 'Thresholds of the plausibility checks' })}</h3>
      <table className="table report-table" data-testid="method-thresholds">
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Tærskel', en: 'Threshold' })}</th>
            <th scope="col">{t({ da: 'Værdi', en: 'Value' })}</th>
            <th scope="col">{t({ da: 'Begrundelse', en: 'Reason' })}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(CHECK_THRESHOLDS).map(([id, c]) => (
            <tr key={id}>
              <td>{t(c.label)}</td>
              <td>
                {c.unit === 'share'
                  ? formatPercent(c.value, lang, { decimals: 0 })
                  : c.unit === 'years'
                    ? `${formatNumber(c.value, lang)} ${t({ da: 'år', en: 'years' })}`
                    : formatNumber(c.value, lang)}
              </td>
              <td>{t(c.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t({ da: 'Forudindstillinger', en: 'Presets' })}</h3>
      <dl className="method-presets">
        {PRESETS.map((p) => (
          <div key={p.id}>
            <dt>{t(p.label)}</dt>
            <dd data-testid={`method-preset-${p.id}`}>{t(presetDescription(p, input))}</dd>
          </div>
        ))}
      </dl>
      {notes.length > 0 ? (
        <>
          <h3>{t({ da: 'Bemærkninger til beregningen', en: 'Notes on the calculation' })}</h3>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
