import { formatDate, formatInteger } from '../../format';
import { useDatasetSources, useEngine, useRemoveSource } from '../../queries';
import { ErrorBanner, Notice, useLang, useT } from '../../ui';
import { SourceRemovedNote } from './source-removed';

/**
 * The files the active data set was built from (one per partner, appended in turn): each with the rows of it the
 * set holds (`data-rows`), its rows in = loaded + rejected + duplicates skipped, when it came and its hash.
 */
export function DatasetSources({ onReplace }: { onReplace?: (index: number, file: File) => void } = {}) {
  const t = useT();
  const { lang } = useLang();
  const { datasetId } = useEngine();
  const sources = useDatasetSources();
  const { state, remove } = useRemoveSource();
  const busy = state.kind === 'busy';
  const outcome =
    state.kind === 'done' ? (
      <SourceRemovedNote out={state.out} />
    ) : state.kind === 'error' ? (
      <ErrorBanner
        title={{ da: 'Filen blev ikke fjernet.', en: 'The file was not removed.' }}
        action={{ da: 'Datasættet er uændret; prøv igen.', en: 'The data set is unchanged; try again.' }}
        detail={state.message}
      />
    ) : busy ? (
      <Notice>{t({ da: 'Fjerner filen …', en: 'Removing the file …' })}</Notice>
    ) : null;
  if (datasetId === 'demo' || !sources.data?.length) return outcome;
  return (
    <section className="dataset-sources" aria-label={t({ da: 'Datasættets filer', en: 'The data set’s files' })}>
      {outcome}
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
              <th scope="col">{t({ da: 'Handling', en: 'Action' })}</th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map((s, i) => (
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
                <td className="source-actions">
                  <button
                    type="button"
                    data-testid="dataset-source-remove"
                    disabled={busy}
                    aria-label={`${t({ da: 'Fjern', en: 'Remove' })} ${s.file}`}
                    onClick={() => void remove(i)}
                  >
                    {t({ da: 'Fjern', en: 'Remove' })}
                  </button>{' '}
                  {onReplace ? (
                    // Positioned, so the hidden input stays inside the scrolling table and never widens the page.
                    <label className="button" style={{ position: 'relative' }}>
                      {t({ da: 'Erstat …', en: 'Replace …' })}
                      <input
                        type="file"
                        className="visually-hidden"
                        data-testid="dataset-source-replace"
                        disabled={busy}
                        aria-label={`${t({ da: 'Erstat', en: 'Replace' })} ${s.file}`}
                        accept=".csv,.tsv,.txt,.xlsx,.parquet,text/csv"
                        onChange={(e) => {
                          const file = e.currentTarget.files?.[0];
                          e.currentTarget.value = '';
                          if (file) onReplace(i, file);
                        }}
                      />
                    </label>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
