import type { DatasetProvenance, ReferenceProvenance } from '../../db';
import { formatDate, formatInteger } from '../../format';
import type { ExportStamp } from '../../ingest';
import { useLang, useT } from '../../ui';

/** The stamp every export carries, as a block: data set and hash, scenario, app version, date. */
export function StampBlock({ stamp }: { stamp: ExportStamp }) {
  const t = useT();
  const { lang } = useLang();
  const changed = Object.entries(stamp.scenario.changed);
  return (
    <dl className="report-stamp" data-testid="report-stamp" data-hash={stamp.datasetHash ?? ''}>
      <dt>{t({ da: 'Datasæt', en: 'Data set' })}</dt>
      <dd>{stamp.dataset}</dd>
      <dt>SHA-256</dt>
      <dd className="hash">{stamp.datasetHash ?? '–'}</dd>
      <dt>{t({ da: 'Scenarie', en: 'Scenario' })}</dt>
      <dd>
        {stamp.scenario.name ? `${stamp.scenario.name} (${stamp.scenario.preset})` : stamp.scenario.preset}
        {changed.length > 0
          ? `; ${t({ da: 'ændret', en: 'changed' })}: ${changed.map(([k, v]) => `${k} = ${String(v)}`).join(', ')}`
          : ''}
      </dd>
      <dt>{t({ da: 'Appversion', en: 'App version' })}</dt>
      <dd>Spillover {stamp.appVersion}</dd>
      <dt>{t({ da: 'Dato', en: 'Date' })}</dt>
      <dd>{formatDate(stamp.createdAt, lang)}</dd>
    </dl>
  );
}

/** Where the data come from: the data set as imported, its hash, and the national reference tables. */
export function ProvenanceSection({
  dataset,
  reference,
  stamp,
}: {
  dataset: DatasetProvenance;
  reference: ReferenceProvenance;
  stamp: ExportStamp;
}) {
  const t = useT();
  const { lang } = useLang();
  const n = (v: number | null) => (v === null ? '–' : formatInteger(v, lang));
  return (
    <section className="report-section" aria-labelledby="report-provenance" data-testid="report-provenance">
      <h2 id="report-provenance">{t({ da: '5. Datagrundlag og proveniens', en: '5. Data and provenance' })}</h2>
      <table className="table report-table">
        <caption className="visually-hidden">{t({ da: 'Datagrundlag', en: 'Data' })}</caption>
        <tbody>
          <tr>
            <th scope="row">{t({ da: 'Datasæt', en: 'Data set' })}</th>
            <td>
              {dataset.name} ({dataset.source ?? '–'})
            </td>
          </tr>
          <tr>
            <th scope="row">{t({ da: 'Rækker ind / indlæst / afvist', en: 'Rows in / loaded / rejected' })}</th>
            <td>
              {n(dataset.rowsIn)} / {n(dataset.rowsLoaded)} / {n(dataset.rowsRejected)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t({ da: 'Indholdshash (SHA-256)', en: 'Content hash (SHA-256)' })}</th>
            <td>
              <span className="hash">{dataset.contentHash ?? '–'}</span>
              <div className="muted hash-note">
                {dataset.hashComputedAtLoad
                  ? t({
                      da: 'Beregnet ved indlæsning af de validerede rækker, på samme måde som for importerede datasæt.',
                      en: 'Computed when loaded, over the validated rows, the same way as for imported data sets.',
                    })
                  : t({
                      da: 'Beregnet ved import over de validerede rækker.',
                      en: 'Computed at import over the validated rows.',
                    })}
              </div>
            </td>
          </tr>
          <tr>
            <th scope="row">{t({ da: 'National population', en: 'National population' })}</th>
            <td>
              {n(reference.populationRows)} {t({ da: 'celler (branche × størrelse), år', en: 'cells (industry × size), year' })}{' '}
              {reference.populationYears.join(', ') || '–'}
              <ul className="sources">
                {reference.populationSources.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </td>
          </tr>
          <tr>
            <th scope="row">{t({ da: 'Relevanstabel', en: 'Relevance table' })}</th>
            <td>
              {n(reference.relevanceRows)}{' '}
              {t({ da: 'eksplicitte tema × branche-værdier', en: 'explicit theme × industry values' })}
            </td>
          </tr>
        </tbody>
      </table>
      <h3>{t({ da: 'Stempel', en: 'Stamp' })}</h3>
      <StampBlock stamp={stamp} />
    </section>
  );
}
