import { useEngineDataFiles, type EngineFile } from '../../queries';
import { formatDate, formatNumber } from '../../format';
import { useLang, useT } from '../../ui';

/**
 * On the local engine: the files in its `--data` folder, each imported where it lies (the engine's DuckDB reads
 * it; the page never holds it, so no browser size limit applies). Nothing shows on the browser's own engine.
 * `disabled` while an import runs, or when the chosen kind of import reads only files sent from the page.
 */
export function EngineDataFiles({ onImport, disabled }: { onImport: (file: EngineFile) => void; disabled: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const data = useEngineDataFiles();
  if (!data) return null;
  const { list, fileOf } = data;
  const files = list.data?.files ?? [];
  const sizeText = (bytes: number) =>
    bytes < 1e6
      ? `${formatNumber(bytes / 1e3, lang, { decimals: 1 })} kB`
      : `${formatNumber(bytes / 1e6, lang, { decimals: 1 })} MB`;
  return (
    <details className="engine-data-files" open>
      <summary>{t({ da: 'Filer i den lokale motors datamappe', en: "Files in the local engine's data folder" })}</summary>
      {list.isPending ? <p>{t({ da: 'Henter listen …', en: 'Fetching the list …' })}</p> : null}
      {list.isError ? (
        <p role="alert">
          {t({ da: 'Listen kunne ikke hentes fra motoren.', en: 'The list could not be fetched from the engine.' })}
        </p>
      ) : null}
      {list.data && !list.data.folder ? (
        <p>
          {t({
            da: 'Motoren er startet uden --data, så den har ingen datamappe.',
            en: 'The engine was started without --data, so it has no data folder.',
          })}
        </p>
      ) : null}
      {list.data?.folder && files.length === 0 ? <p>{t({ da: 'Datamappen er tom.', en: 'The data folder is empty.' })}</p> : null}
      {files.length > 0 ? (
        <>
          <p className="engine-data-note">
            {t({
              da: 'Motoren læser filen, hvor den ligger; den sendes ikke gennem browseren. UTF-8-CSV.',
              en: 'The engine reads the file where it lies; it is not sent through the browser. UTF-8 CSV.',
            })}
          </p>
          <ul data-testid="engine-data-files" aria-label={t({ da: 'Filer i datamappen', en: 'Files in the data folder' })}>
            {files.map((f) => (
              <li key={f.path} data-path={f.path} data-size={f.size}>
                <code>{f.path}</code>{' '}
                <span>
                  {sizeText(f.size)}, {formatDate(f.modified, lang, { style: 'short' })}
                </span>{' '}
                <button
                  type="button"
                  data-testid="engine-data-import"
                  disabled={disabled}
                  aria-label={t({ da: `Importér ${f.path}`, en: `Import ${f.path}` })}
                  onClick={() => onImport(fileOf(f))}
                >
                  {t({ da: 'Importér', en: 'Import' })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
