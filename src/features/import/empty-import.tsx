import { formatDkk, formatInteger } from '../../format';
import type { EmptyImport } from '../../queries';
import { ErrorBanner, useLang, useT } from '../../ui';
import { rejectText } from './reject-text';

const REASONS_SHOWN = 5;

/** The commonest problems: how many rows each (column, reason) pair stopped, first the most, with one example value. */
function topReasons(state: EmptyImport, lang: 'da' | 'en') {
  const groups = new Map<string, { column: string; text: string; lines: Set<number>; example: string | null }>();
  for (const r of state.rejected) {
    const text = rejectText(r, lang);
    const key = `${r.column}\u0000${r.code ?? text}`;
    const g = groups.get(key) ?? { column: r.column, text, lines: new Set<number>(), example: r.value };
    g.lines.add(r.line);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.lines.size - a.lines.size).slice(0, REASONS_SHOWN);
}

/**
 * A file that would have made an empty data set: says why, that nothing changed, and offers to map its columns and
 * values again (the file is still staged). The rejected rows themselves are for the fix-in-place grid.
 */
export function EmptyImportNotice({ state, onRemap, onClose }: { state: EmptyImport; onRemap: () => void; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const n = (v: number) => formatInteger(v, lang);
  const why =
    state.why === 'no-realised'
      ? {
          da: `filens ${n(state.rowsLoaded)} gyldige rækker er alle forventede gevinster (${formatDkk(state.expectedTotal, 'da')}); uden realiserede gevinster har beregningen intet at bygge på.`,
          en: `the file's ${n(state.rowsLoaded)} valid rows are all expected gains (${formatDkk(state.expectedTotal, 'en')}); without realised gains the model has nothing to start from.`,
        }
      : {
          da: `ingen af filens ${n(state.rowsIn)} rækker kunne indlæses, så intet datasæt er oprettet eller erstattet.`,
          en: `none of the file's ${n(state.rowsIn)} rows could be loaded, so no data set was created or replaced.`,
        };
  const reasons = topReasons(state, lang);
  return (
    <div data-testid="import-error" data-code={state.why} data-rows-in={state.rowsIn} data-rows-loaded={state.rowsLoaded}>
      <ErrorBanner
        title={{
          da: `${state.fileName} blev ikke til et datasæt: ${why.da}`,
          en: `${state.fileName} did not become a data set: ${why.en}`,
        }}
        action={{
          da: 'Dit aktive datasæt er uændret. Tjek, hvilke kolonner og værdier der er valgt (fx om «Ja»/«Nej» betyder realiseret/forventet), og importér igen.',
          en: 'Your active data set is unchanged. Check which columns and values are chosen (whether “Yes”/“No” mean realised/expected, say), and import again.',
        }}
      />
      {reasons.length > 0 ? (
        <ul className="empty-import-reasons" data-testid="empty-import-reasons">
          {reasons.map((g) => (
            <li key={`${g.column}-${g.text}`}>
              <code>{g.column}</code> {g.example !== null ? <>«{g.example}» </> : null}
              {g.text} — {n(g.lines.size)}{' '}
              {t({ da: g.lines.size === 1 ? 'række' : 'rækker', en: g.lines.size === 1 ? 'row' : 'rows' })}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" data-testid="empty-remap" onClick={onRemap}>
        {t({ da: 'Vælg kolonner og værdier igen', en: 'Choose columns and values again' })}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {t({ da: 'Luk', en: 'Close' })}
      </button>
    </div>
  );
}
