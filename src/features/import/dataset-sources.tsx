import { formatDate, formatInteger } from '../../format';
import { useDatasetSources, useEngine } from '../../queries';
import { useLang, useT } from '../../ui';

/**
 * The files the active data set was built from (one per partner, appended in turn): each with the rows of it the
 * set holds (`data-rows`), its rows in = loaded + rejected + duplicates skipped, when it came and its hash.
 */
export function DatasetSources() {
  const t = useT();
  const { lang } = useLang();
  const { datasetId } = useEngine();
  const sources = useDatasetSources();
  if (datasetId === 'demo' || !sources.data?.length) return null;
  return (
    <section className="dataset-sources" aria-label={t({ da: 'Datasættets filer', en: 'The data set’s files' })}>
      <div className="table-scroll">
        <table className="table" data-testid="dataset-sources" data-files={sources.data.length}>
          <caption>{t({ da: 'Datasættets filer', en: 'The data set’s files' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t({ da: 'Fil', en: 'File' })}</th>
              <th scope="col">{t({ da: 'Rækker', en: 'Rows' })}</th>
              <th scope="col">{t({ da: 'I filen', en: 'In the file' })}</th>
              <th scope="col">{t({ da: 'Afvist', en: 'Rejected' })}</th>
              <th scope="col">{t({ da: 'Dubletter sprunget over', en: 'Duplicates skipped' })}</th>
              <th scope="col">{t({ da: 'Importeret', en: 'Imported' })}</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map((s) => (
              <tr key={s.firstLine} data-testid="dataset-source" data-file={s.file} data-rows={s.rows}>
                <td>{s.file}</td>
                <td>{formatInteger(s.rows, lang)}</td>
                <td>{formatInteger(s.rowsIn, lang)}</td>
                <td>{formatInteger(s.rejected, lang)}</td>
                <td>{formatInteger(s.duplicates, lang)}</td>
                <td>{s.importedAt ? formatDate(s.importedAt, lang) : '–'}</td>
                <td title={s.hash ?? undefined}>
                  <code>{s.hash ? s.hash.slice(0, 12) : '–'}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
