import { PARAMETERS, presetById, type Params, type PresetId } from '../../model';
import { useLang, useT } from '../../ui';
import { paramUnitText, paramValueText } from './param-text';
import { SectionHeading } from './section-heading';

/** Every assumption the figures used: value, the preset's value where changed, unit and source. */
export function AssumptionsTable({
  params,
  preset,
  changed,
}: {
  params: Params;
  preset: PresetId;
  changed: ReadonlySet<string>;
}) {
  const t = useT();
  const { lang } = useLang();
  const base = presetById(preset).params;
  return (
    <section className="report-section" aria-labelledby="report-assumptions">
      <SectionHeading id="assumptions" />
      <p className="muted">
        {t({
          da: `Scenarie: ${t(presetById(preset).label)}. Ændrede værdier er markeret med * og viser scenariets udgangsværdi.`,
          en: `Scenario: ${t(presetById(preset).label)}. Changed values are marked * and show the scenario's starting value.`,
        })}
      </p>
      <table className="table report-table" data-testid="report-assumptions">
        <caption className="visually-hidden">{t({ da: 'Antagelser', en: 'Assumptions' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Antagelse', en: 'Assumption' })}</th>
            <th scope="col" className="num">
              {t({ da: 'Værdi', en: 'Value' })}
            </th>
            <th scope="col">{t({ da: 'Enhed', en: 'Unit' })}</th>
            <th scope="col">{t({ da: 'Kilde og begrundelse', en: 'Source and reasoning' })}</th>
          </tr>
        </thead>
        <tbody>
          {PARAMETERS.map((spec) => {
            const isChanged = changed.has(spec.id);
            return (
              <tr key={spec.id} data-param={spec.id} className={isChanged ? 'changed' : undefined}>
                <td>{t(spec.label)}</td>
                <td className="num">
                  {paramValueText(spec, params[spec.id], lang)}
                  {isChanged ? (
                    <div className="muted">
                      * {t({ da: 'var', en: 'was' })} {paramValueText(spec, base[spec.id], lang)}
                    </div>
                  ) : null}
                </td>
                <td>{t(paramUnitText(spec))}</td>
                <td className="source">{t(spec.source)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
