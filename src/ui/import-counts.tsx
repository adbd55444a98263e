import type { ReactNode } from 'react';
import { formatInteger } from '../format';
import { useLang, useT } from './i18n';

/**
 * An import's conservation in numbers (rows in = loaded + rejected), the same for every import; `children` adds the
 * import's own figures (totals) as further <div><dt/><dd/></div> items.
 */
export function ImportCounts({
  rowsIn,
  rowsLoaded,
  rowsRejected,
  children,
}: {
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
  children?: ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <dl className="summary-counts">
      <div>
        <dt>{t({ da: 'Rækker i filen', en: 'Rows in the file' })}</dt>
        <dd>{formatInteger(rowsIn, lang)}</dd>
      </div>
      <div>
        <dt>{t({ da: 'Indlæst', en: 'Loaded' })}</dt>
        <dd>{formatInteger(rowsLoaded, lang)}</dd>
      </div>
      <div>
        <dt>{t({ da: 'Afvist', en: 'Rejected' })}</dt>
        <dd>{formatInteger(rowsRejected, lang)}</dd>
      </div>
      {children}
    </dl>
  );
}
