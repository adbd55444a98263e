import type { DatasetProvenance, ReferenceProvenance } from '../../db';
import { formatDate, formatInteger } from '../../format';
import type { ExportStamp } from '../../ingest';
import { isParamId, paramSpec, presetById, isPresetId, type Text } from '../../model';
import { useLang, useT } from '../../ui';
import { paramValueText } from './param-text';
import { SectionHeading } from './section-heading';

/**
 * The bundled demo's own notes (written in English in its data files), in the report's language. A user's data set
 * keeps its notes as written: they are the data's words, not the app's.
 */
const KNOWN_NOTES: readonly { match: RegExp; text: Text }[] = [
  { match: /^bundled demo$/, text: { da: 'medfølgende demodata', en: 'bundled demo data' } },
  {
    match: /^ESTIMATE scaled to Statistics Denmark totals/,
    text: {
      da: 'Skøn skaleret til Danmarks Statistiks totaler for industrien; de præcise tal findes i Statistikbanken (FGF3/GF13 for virksomheder og ansatte, NABP for værditilvækst).',
      en: 'Estimate scaled to Statistics Denmark’s manufacturing totals; the exact figures are in StatBank (FGF3/GF13 for firms and employees, NABP for value added).',
    },
  },
];

function noteText(note: string, t: (x: Text) => string): string {
  const known = KNOWN_NOTES.find((k) => k.match.test(note));
  return known ? t(known.text) : note;
}

/** The stamp every export carries, as a block: data set and hash, scenario, app version, date. */
export function StampBlock({ stamp, title, authors }: { stamp: ExportStamp; title: string; authors: string }) {
  const t = useT();
  const { lang } = useLang();
  const changed = Object.entries(stamp.scenario.changed).map(([k, v]) => {
    if (!isParamId(k)) return `${k} = ${String(v)}`;
    const spec = paramSpec(k);
    return `${t(spec.label)} = ${paramValueText(spec, v, lang)}`;
  });
  const preset = isPresetId(stamp.scenario.preset) ? t(presetById(stamp.scenario.preset).label) : stamp.scenario.preset;
  return (
    <dl className="report-stamp" data-testid="report-stamp" data-hash={stamp.datasetHash ?? ''}>
      <dt>{t({ da: 'Rapport', en: 'Report' })}</dt>
      <dd>{title}</dd>
      {authors ? (
        <>
          <dt>{t({ da: 'Forfattere', en: 'Authors' })}</dt>
          <dd>{authors}</dd>
        </>
      ) : null}
      <dt>{t({ da: 'Datasæt', en: 'Data set' })}</dt>
      <dd>{stamp.dataset}</dd>
      <dt>SHA-256</dt>
      <dd className="hash">{stamp.datasetHash ?? '–'}</dd>
      <dt>{t({ da: 'Scenarie', en: 'Scenario' })}</dt>
      <dd>
        {stamp.scenario.name ? `${stamp.scenario.name} (${preset})` : preset}
        {changed.length > 0 ? `; ${t({ da: 'ændret', en: 'changed' })}: ${changed.join(', ')}` : ''}
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
  title,
  authors,
}: {
  dataset: DatasetProvenance;
  reference: ReferenceProvenance;
  stamp: ExportStamp;
  title: string;
  authors: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const n = (v: number | null) => (v === null ? '–' : formatInteger(v, lang));
  return (
    <section className="report-section" aria-labelledby="report-provenance" data-testid="report-provenance">
      <SectionHeading id="provenance" />
      <table className="table report-table">
        <caption className="visually-hidden">{t({ da: 'Datagrundlag', en: 'Data' })}</caption>
        <tbody>
          <tr>
            <th scope="row">{t({ da: 'Datasæt', en: 'Data set' })}</th>
            <td>
              {dataset.name} ({dataset.source ? noteText(dataset.source, t) : '–'})
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
            <th scope="row">{t({ da: 'Den nationale population', en: 'National population' })}</th>
            <td>
              {n(reference.populationRows)} {t({ da: 'celler (branche × størrelse), år', en: 'cells (industry × size), year' })}{' '}
              {reference.populationYears.join(', ') || '–'}
              <ul className="sources">
                {reference.populationSources.map((s) => (
                  <li key={s}>{noteText(s, t)}</li>
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
      <div className="report-keep">
        <h3>{t({ da: 'Stempel', en: 'Stamp' })}</h3>
        <StampBlock stamp={stamp} title={title} authors={authors} />
      </div>
    </section>
  );
}
