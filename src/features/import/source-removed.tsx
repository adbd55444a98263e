import { formatDkk, formatInteger } from '../../format';
import type { SourceRemoved } from '../../queries';
import { Notice, useLang, useT } from '../../ui';

/** What the data set holds after a file left it (its counts in data attributes for tests). */
export function SourceRemovedNote({ out }: { out: SourceRemoved }) {
  const t = useT();
  const { lang } = useLang();
  const amount = formatDkk(out.realisedTotal, lang);
  return (
    <div
      data-testid="dataset-source-removed"
      data-file={out.file}
      data-rows-in={out.rowsIn}
      data-rows-loaded={out.rowsLoaded}
      data-rows-rejected={out.rowsRejected}
      data-realised-total={out.realisedTotal}
    >
      <Notice>
        {out.rowsLoaded === 0
          ? t({
              da: `${out.file} er fjernet. Datasættet har ingen rækker nu; tilføj en fil til det, eller vælg et andet datasæt.`,
              en: `${out.file} was removed. The data set has no rows now; add a file to it, or choose another data set.`,
            })
          : `${t({ da: `${out.file} er fjernet. Datasættet har nu`, en: `${out.file} was removed. The data set now has` })} ${formatInteger(out.rowsLoaded, lang)} ${out.rowsLoaded === 1 ? t({ da: 'række, realiseret', en: 'row, realised' }) : t({ da: 'rækker, realiseret', en: 'rows, realised' })} ${amount}${amount.endsWith('.') ? '' : '.'}`}
        {out.saved === 'saved' ? null : ` ${t({ da: 'Det er kun gemt i denne fane.', en: 'It is kept in this tab only.' })}`}
      </Notice>
    </div>
  );
}
