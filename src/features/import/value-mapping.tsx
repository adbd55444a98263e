import type { GainMapping } from '../../db';
import { formatInteger, formatPercent } from '../../format';
import { canonicalValues } from '../../model';
import { valuesToMap, withSuggestions, type PreparedImport, type ValueMapping } from '../../queries';
import { useLang, useT, type Text } from '../../ui';

const VALUE_NAMES: Record<string, Text> = {
  realised: { da: 'realiseret', en: 'realised' },
  expected: { da: 'forventet', en: 'expected' },
  productivity: { da: 'produktivitet', en: 'productivity' },
  cost_saving: { da: 'omkostningsbesparelse', en: 'cost saving' },
  quality: { da: 'kvalitet', en: 'quality' },
  energy: { da: 'energi', en: 'energy' },
  revenue: { da: 'omsætning', en: 'revenue' },
};

/**
 * The file's own words for the categorical columns (status, gain type, size class) that the import would not read
 * as they stand: each with how often it occurs and a suggested reading (its confidence shown), the user's to change.
 */
export function ValueMappingTable({
  prepared,
  mapping,
  values,
  onChange,
}: {
  prepared: PreparedImport;
  mapping: GainMapping;
  values: ValueMapping;
  onChange: (v: ValueMapping) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const rows = valuesToMap(mapping, prepared.distinct ?? {});
  if (!rows.length) return null;
  const effective = withSuggestions(mapping, prepared.distinct ?? {}, values);
  return (
    <div className="table-scroll">
      <table className="table" data-testid="value-mapping">
        <caption>{t({ da: 'Hvad betyder filens værdier?', en: 'What do the file’s values mean?' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Felt', en: 'Field' })}</th>
            <th scope="col">{t({ da: 'Værdi i filen', en: 'Value in the file' })}</th>
            <th scope="col">{t({ da: 'Rækker', en: 'Rows' })}</th>
            <th scope="col">{t({ da: 'Læses som', en: 'Read as' })}</th>
            <th scope="col">{t({ da: 'Sikkerhed', en: 'Confidence' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const mapped = effective[r.column]?.[r.value];
            // A value mapped to itself is read as it stands.
            const chosen = mapped === undefined || mapped === r.value ? '' : mapped;
            return (
              <tr key={`${r.column}-${r.value}`} data-testid={`map-value-${r.column}`} data-value={r.value} data-chosen={chosen}>
                <td>
                  <code>{r.column}</code>
                </td>
                <td>{r.value}</td>
                <td>{formatInteger(r.n, lang)}</td>
                <td>
                  <select
                    aria-label={`${r.column}: ${r.value}`}
                    value={chosen}
                    onChange={(e) => {
                      const next = { ...values[r.column], [r.value]: e.target.value === '' ? r.value : e.target.value };
                      onChange({ ...values, [r.column]: next });
                    }}
                  >
                    <option value="">{t({ da: '(som den står)', en: '(as it stands)' })}</option>
                    {canonicalValues(r.column).map((v) => (
                      <option key={v} value={v}>
                        {VALUE_NAMES[v] ? t(VALUE_NAMES[v]) : v}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {r.suggestion && chosen === r.suggestion.value
                    ? formatPercent(r.suggestion.confidence, lang, { decimals: 0 })
                    : chosen
                      ? t({ da: 'dit valg', en: 'your choice' })
                      : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
