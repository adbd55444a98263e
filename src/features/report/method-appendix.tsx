import {
  CHECK_THRESHOLDS,
  PARAMETERS,
  PRESETS,
  presetDescription,
  type Figure,
  type ModelInput,
  type ModelResult,
} from '../../model';
import { formatNumber, formatPercent } from '../../format';
import { useLang, useT } from '../../ui';

/** The chain's figures in order, each with its formula in words and symbols as the model states it. */
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

function range(spec: (typeof PARAMETERS)[number]): string {
  if (spec.kind === 'choice') return spec.choices.map((c) => c.value).join(' | ');
  if (spec.kind === 'boolean') return 'true | false';
  return `${spec.min} – ${spec.max}`;
}

/**
 * The method as implemented, generated from the model: each figure's formula (from the evaluation itself), the
 * parameter schema (ids, ranges, defaults), the presets and the notes the model made on this data.
 */
export function MethodAppendix({ result, input }: { result: ModelResult; input: ModelInput }) {
  const t = useT();
  const { lang } = useLang();
  const notes = [...new Set(result.warnings.map((w) => t(w.message)))];
  return (
    <section className="report-section report-appendix" aria-labelledby="report-method" data-testid="report-method">
      <h2 id="report-method">{t({ da: 'Bilag: Metode', en: 'Appendix: Method' })}</h2>
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
            <strong>{t(f.label)}</strong>: {t(f.formula.words)}
            {f.formula.symbols ? <code className="formula-symbols">{f.formula.symbols}</code> : null}
          </li>
        ))}
      </ol>
      <h3>{t({ da: 'Parametre', en: 'Parameters' })}</h3>
      <table className="table report-table">
        <caption className="visually-hidden">{t({ da: 'Parameterskema', en: 'Parameter schema' })}</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">{t({ da: 'Parameter', en: 'Parameter' })}</th>
            <th scope="col">{t({ da: 'Tilladt', en: 'Allowed' })}</th>
            <th scope="col">{t({ da: 'Standard', en: 'Default' })}</th>
          </tr>
        </thead>
        <tbody>
          {PARAMETERS.map((p) => (
            <tr key={p.id}>
              <td className="param-id">{p.id}</td>
              <td>{t(p.label)}</td>
              <td>{range(p)}</td>
              <td>{String(p.default)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t({ da: 'Tærskler for rimelighedstjek', en: 'Thresholds of the plausibility checks' })}</h3>
      <table className="table report-table" data-testid="method-thresholds">
        <thead>
          <tr>
            <th>{t({ da: 'Tærskel', en: 'Threshold' })}</th>
            <th>{t({ da: 'Værdi', en: 'Value' })}</th>
            <th>{t({ da: 'Begrundelse', en: 'Reason' })}</th>
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
                    ? `${c.value} ${t({ da: 'år', en: 'years' })}`
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
