import { useState } from 'react';
import './export-menu.css';
import { saveFile, type DownloadableFile } from './download';
import { useT, type Text } from './i18n';

/** The formats the menu offers (the same ids as `ExportFormat` in src/ingest). */
export type ExportMenuFormat = 'csv-da' | 'csv' | 'xlsx' | 'parquet' | 'json';

type ExportMenuFile = DownloadableFile;

export interface ExportMenuProps {
  /**
   * Makes the file for a format: the caller reads its rows and stamps them (usually
   * `exportFile(format, table, makeStamp(…), base, lang)` from src/ingest). The menu saves it.
   */
  onExport: (format: ExportMenuFormat) => Promise<ExportMenuFile>;
  disabled?: boolean;
  /** Prefix of the menu's test ids: `<testId>-<format>` per item, `<testId>-done` after a save. */
  testId?: string;
  label?: Text;
}

const ITEMS: { format: ExportMenuFormat; label: Text }[] = [
  { format: 'csv-da', label: { da: 'CSV til dansk Excel (;)', en: 'CSV for Danish Excel (;)' } },
  { format: 'csv', label: { da: 'CSV (,)', en: 'CSV (,)' } },
  { format: 'xlsx', label: { da: 'Excel (XLSX)', en: 'Excel (XLSX)' } },
  { format: 'parquet', label: { da: 'Parquet', en: 'Parquet' } },
  { format: 'json', label: { da: 'JSON', en: 'JSON' } },
];

/** Export of a table or result in every format the app writes; each file carries the provenance stamp. */
export function ExportMenu({ onExport, disabled, testId = 'export', label }: ExportMenuProps) {
  const t = useT();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error'; message: string }
  >({
    kind: 'idle',
  });
  const save = async (format: ExportMenuFormat) => {
    setState({ kind: 'busy' });
    try {
      const f = await onExport(format);
      saveFile(f);
      setState({ kind: 'done', fileName: f.fileName });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <details className="export-menu" data-testid={testId}>
      <summary className="button" aria-disabled={disabled || undefined}>
        {t(label ?? { da: 'Eksportér', en: 'Export' })}
      </summary>
      <div className="export-menu-items" role="group" aria-label={t(label ?? { da: 'Eksportér', en: 'Export' })}>
        {ITEMS.map((item) => (
          <button
            key={item.format}
            type="button"
            className="button"
            data-testid={`${testId}-${item.format}`}
            disabled={disabled || state.kind === 'busy'}
            onClick={() => void save(item.format)}
          >
            {t(item.label)}
          </button>
        ))}
        <p className="muted export-note">
          {t({
            da: 'Hver fil bærer et stempel: datasæt og hash, scenarie, appversion og dato. CSV har det i filnavnet, så filen kan importeres igen; XLSX, Parquet og JSON har hele stemplet i filen.',
            en: 'Every file carries a stamp: data set and hash, scenario, app version and date. A CSV has it in its file name, so the file imports again; XLSX, Parquet and JSON hold the full stamp inside.',
          })}
        </p>
        {state.kind === 'done' ? (
          <p className="muted" role="status" data-testid={`${testId}-done`} data-file-name={state.fileName}>
            {t({ da: 'Gemt som', en: 'Saved as' })} {state.fileName}
          </p>
        ) : null}
        {state.kind === 'error' ? (
          <p role="alert" data-testid={`${testId}-error`}>
            {t({ da: 'Eksporten mislykkedes:', en: 'The export failed:' })} {state.message}
          </p>
        ) : null}
      </div>
    </details>
  );
}
