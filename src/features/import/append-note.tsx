import { formatDkk, formatInteger } from '../../format';
import type { AppendOutcome } from '../../queries';
import { Notice, useLang, useT } from '../../ui';

/** After an append: the duplicates skipped (counted apart from loaded and rejected) and the whole data set now. */
export function AppendNote({ appended }: { appended: AppendOutcome }) {
  const t = useT();
  const { lang } = useLang();
  const n = (v: number) => formatInteger(v, lang);
  const d = appended.dataset;
  return (
    <Notice testId="import-appended">
      <span data-rows-loaded={d.rowsLoaded} data-realised-total={d.realisedTotal} data-rows-duplicate={appended.duplicates}>
        {t({
          da: `Føjet til datasættet: ${n(appended.duplicates)} ${appended.duplicates === 1 ? 'dublet' : 'dubletter'} af rækker, der allerede var der, er sprunget over. Datasættet har nu ${n(d.rowsLoaded)} rækker, realiseret i alt ${formatDkk(d.realisedTotal, 'da')}`,
          en: `Appended to the data set: ${n(appended.duplicates)} ${appended.duplicates === 1 ? 'duplicate' : 'duplicates'} of rows already there skipped. The data set now has ${n(d.rowsLoaded)} rows, realised total ${formatDkk(d.realisedTotal, 'en')}`,
        })}
      </span>
    </Notice>
  );
}
