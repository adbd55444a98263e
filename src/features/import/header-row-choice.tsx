import { formatInteger } from '../../format';
import type { PreparedImport } from '../../queries';
import { Notice, useLang, useT } from '../../ui';

/** Which line holds the headers (a partner's sheet may have a title above them); choosing one reads the file again. */
export function HeaderRowChoice({ prepared, onChange }: { prepared: PreparedImport; onChange: (row: number) => void }) {
  const t = useT();
  const { lang } = useLang();
  const lines = prepared.lines ?? [];
  const row = prepared.headerRow ?? 1;
  if (lines.length < 2) return null;
  return (
    <div className="header-row-choice">
      <label style={{ display: 'block', maxWidth: '100%' }}>
        {t({ da: 'Overskrifterne står på', en: 'The headers are on' })}{' '}
        <select
          data-testid="mapping-header-row"
          value={row}
          onChange={(e) => onChange(Number(e.target.value))}
          aria-label={t({ da: 'Linjen med overskrifterne', en: 'The line with the headers' })}
          // A line's text may be long: the choice never widens the page on a phone.
          style={{ maxWidth: '100%' }}
        >
          {lines.map((fields, i) => (
            <option key={i} value={i + 1}>
              {t({ da: 'linje', en: 'line' })} {formatInteger(i + 1, lang)}:{' '}
              {fields
                .filter((f) => f !== '')
                .join(' | ')
                .slice(0, 60) || t({ da: '(tom)', en: '(empty)' })}
            </option>
          ))}
        </select>
      </label>
      {prepared.headerDetected ? (
        <Notice testId="mapping-header-detected">
          {t({
            da: `Første linje ligner ikke overskrifter, så de er læst fra linje ${formatInteger(row, 'da')}; linjerne over er sprunget over. Vælg en anden linje, hvis det er forkert.`,
            en: `The first line does not look like headers, so they were read from line ${formatInteger(row, 'en')}; the lines above were skipped. Choose another line if that is wrong.`,
          })}
        </Notice>
      ) : null}
    </div>
  );
}
