import type { GainMapping } from '../../db';
import { GAIN_COLUMNS, type PreparedImport, type ValueMapping } from '../../queries';
import { useT } from '../../ui';

const PREVIEW_ROWS = 5;

/** The first rows as they will be read: the mapped fields under their canonical names, categorical values mapped. */
function previewRows(
  prepared: PreparedImport,
  mapping: GainMapping,
  values: ValueMapping,
): { columns: string[]; rows: Record<string, string>[] } {
  const columns = GAIN_COLUMNS.filter((c) => mapping[c] !== null);
  const n = Math.min(PREVIEW_ROWS, Math.max(0, ...Object.values(prepared.samples).map((s) => s.length)));
  const rows = Array.from({ length: n }, (_, i) =>
    Object.fromEntries(
      columns.map((c) => {
        const raw = prepared.samples[mapping[c] ?? '']?.[i] ?? '';
        const read = (values as Record<string, Record<string, string> | undefined>)[c]?.[raw]; // other fields have no value map
        return [c, read ?? raw];
      }),
    ),
  );
  return { columns, rows };
}

export function MappingPreview({
  prepared,
  mapping,
  values,
}: {
  prepared: PreparedImport;
  mapping: GainMapping;
  values: ValueMapping;
}) {
  const t = useT();
  const { columns, rows } = previewRows(prepared, mapping, values);
  if (!columns.length || !rows.length) return null;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="mapping-preview" data-rows={rows.length}>
        <caption>{t({ da: 'De første rækker, som de bliver indlæst', en: 'The first rows, as they will be loaded' })}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                <code>{c}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c} data-column={c}>
                  {r[c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
