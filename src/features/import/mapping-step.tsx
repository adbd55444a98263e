import { useState } from 'react';
import type { GainMapping } from '../../db';
import { GAIN_COLUMNS, REQUIRED, withSuggestions, type PreparedImport, type ValueMapping } from '../../queries';
import { GAINS_SPEC } from '../../ingest';
import { useT } from '../../ui';
import { ValueMappingTable } from './value-mapping';

/** Shown when the file's headers do not name every required column: the user maps them by hand. */
export function MappingStep({
  prepared,
  onImport,
  onCancel,
}: {
  prepared: PreparedImport;
  onImport: (m: GainMapping, values: ValueMapping) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [mapping, setMapping] = useState<GainMapping>(prepared.mapping);
  const [values, setValues] = useState<ValueMapping>(prepared.values ?? {});
  const missing = REQUIRED.filter((c) => mapping[c as keyof GainMapping] === null);
  // The field's name in the UI language; its id stays beside it, as the templates and exports spell it.
  const label = (c: string) => {
    const spec = GAINS_SPEC.columns.find((x) => x.key === c);
    return spec ? t(spec.label) : c;
  };
  return (
    <section className="mapping-step" data-testid="import-mapping" aria-label={t({ da: 'Kolonner', en: 'Columns' })}>
      <h3>{t({ da: 'Hvilken kolonne er hvad?', en: 'Which column is which?' })}</h3>
      <p className="muted">
        {t({
          da: 'Filens overskrifter matcher ikke standardformatet. Vælg for hvert felt den kolonne, der indeholder det. Valget huskes for filer med de samme overskrifter.',
          en: 'The file’s headers do not match the standard format. For each field, pick the column that holds it. The choice is remembered for files with the same headers.',
        })}
      </p>
      <table className="table">
        <tbody>
          {GAIN_COLUMNS.map((c) => (
            <tr key={c}>
              <th scope="row">
                {label(c)} <code>{c}</code>{' '}
                {REQUIRED.includes(c) ? <span aria-label={t({ da: 'påkrævet', en: 'required' })}>*</span> : null}
              </th>
              <td>
                <select
                  aria-label={label(c)}
                  data-testid={`map-column-${c}`}
                  value={mapping[c] ?? ''}
                  onChange={(e) => setMapping({ ...mapping, [c]: e.target.value === '' ? null : e.target.value })}
                >
                  <option value="">{t({ da: '(ingen)', en: '(none)' })}</option>
                  {prepared.columns.map((col) => (
                    <option key={col} value={col}>
                      {col} — {(prepared.samples[col] ?? []).slice(0, 3).join(' | ')}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ValueMappingTable prepared={prepared} mapping={mapping} values={values} onChange={setValues} />
      <button
        type="button"
        data-testid="mapping-apply"
        disabled={missing.length > 0}
        onClick={() => onImport(mapping, withSuggestions(mapping, prepared.distinct ?? {}, values))}
      >
        {t({ da: 'Importér', en: 'Import' })}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t({ da: 'Annullér', en: 'Cancel' })}
      </button>
      {missing.length > 0 ? (
        <p className="muted">
          {t({ da: 'Mangler', en: 'Missing' })}: {missing.map(label).join(', ')}
        </p>
      ) : null}
    </section>
  );
}
