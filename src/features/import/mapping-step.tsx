import { useState } from 'react';
import type { GainMapping } from '../../db';
import {
  GAIN_COLUMNS,
  REQUIRED,
  applyMappingFile,
  withSuggestions,
  type MappingFile,
  type PreparedImport,
  type ValueMapping,
} from '../../queries';
import { GAINS_SPEC } from '../../ingest';
import { useT } from '../../ui';
import { CONFIDENCE_TEXT, type ShownConfidence } from './column-confidence';
import { HeaderRowChoice } from './header-row-choice';
import { MappingFileButtons } from './mapping-file';
import { MappingPreview } from './mapping-preview';
import { ValueMappingTable } from './value-mapping';

/**
 * Shown when the file's headers do not name every required column, a value needs reading, a column was guessed or
 * the headers were found below the first line: the user checks the header row, the columns and the values.
 */
export function MappingStep({
  prepared,
  onImport,
  onCancel,
  onHeaderRow,
}: {
  prepared: PreparedImport;
  onImport: (m: GainMapping, values: ValueMapping) => void;
  onCancel: () => void;
  /** Read the file again with its headers on `row` (a mapping file's choices then applied). */
  onHeaderRow?: (row: number, preset?: MappingFile) => void;
}) {
  const t = useT();
  const [suggested, setSuggested] = useState({ mapping: prepared.mapping, confidence: prepared.confidence ?? {} });
  const [mapping, setMapping] = useState<GainMapping>(prepared.mapping);
  const [values, setValues] = useState<ValueMapping>(prepared.values ?? {});
  const missing = REQUIRED.filter((c) => mapping[c as keyof GainMapping] === null);
  const effective = withSuggestions(mapping, prepared.distinct ?? {}, values);
  // The field's name in the UI language; its id stays beside it, as the templates and exports spell it.
  const label = (c: string) => {
    const spec = GAINS_SPEC.columns.find((x) => x.key === c);
    return spec ? t(spec.label) : c;
  };
  const confidence = (c: keyof GainMapping): ShownConfidence => {
    const tier = suggested.confidence[c];
    if (mapping[c] === null) return 'none';
    return tier && mapping[c] === suggested.mapping[c] ? tier : 'chosen';
  };
  const applyFile = (file: MappingFile) => {
    if (file.headerRow !== (prepared.headerRow ?? 1) && onHeaderRow) return onHeaderRow(file.headerRow, file);
    const next = applyMappingFile({ ...prepared, mapping, values }, file);
    setSuggested({ mapping: next.mapping, confidence: next.confidence ?? {} });
    setMapping(next.mapping);
    setValues(next.values ?? {});
  };
  return (
    <section className="mapping-step" data-testid="import-mapping" aria-label={t({ da: 'Kolonner', en: 'Columns' })}>
      <div data-testid="mapping-step">
        <h3>{t({ da: 'Hvilken kolonne er hvad?', en: 'Which column is which?' })}</h3>
        <p className="muted">
          {t({
            da: 'Tjek linjen med overskrifterne og vælg for hvert felt den kolonne, der indeholder det. Valget huskes for filer med de samme overskrifter.',
            en: 'Check the line with the headers and, for each field, pick the column that holds it. The choice is remembered for files with the same headers.',
          })}
        </p>
        {onHeaderRow ? <HeaderRowChoice prepared={prepared} onChange={(row) => onHeaderRow(row)} /> : null}
        <div className="table-scroll">
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
                      data-confidence={confidence(c)}
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
                  <td className={`confidence confidence-${confidence(c)}`} data-testid={`map-confidence-${c}`}>
                    {t(CONFIDENCE_TEXT[confidence(c)])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ValueMappingTable prepared={prepared} mapping={mapping} values={values} onChange={setValues} />
        <MappingPreview prepared={prepared} mapping={mapping} values={effective} />
        <MappingFileButtons prepared={prepared} mapping={mapping} values={effective} onApply={applyFile} />
        <button
          type="button"
          data-testid="mapping-apply"
          disabled={missing.length > 0}
          onClick={() => onImport(mapping, effective)}
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
      </div>
    </section>
  );
}
