import { formatInteger, type Locale } from '../../format';
import type { ImportProblem } from '../../queries';
import { formatBytes, refusalText, type Text } from '../../ui';
import { notSavedText } from './not-saved-text';

/** Why a file was refused, and what to do about it, in both languages; the input guard's refusals are worded in ui/. */
export function problemText(p: ImportProblem, lang: Locale): { why: Text; action: Text } {
  const n = (v: number) => formatInteger(v, lang);
  const b = (v: number) => formatBytes(v, lang);
  switch (p.code) {
    case 'no-rows':
      return {
        why: {
          da: `ingen af filens ${n(p.rows)} rækker kunne indlæses, så intet datasæt er oprettet eller erstattet.`,
          en: `none of the file's ${n(p.rows)} rows could be loaded, so no data set was created or replaced.`,
        },
        action: {
          da: `Ret rækkerne og importér igen; dit aktive datasæt er uændret. Første fejl: ${p.reasons.join('; ')}`,
          en: `Fix the rows and import again; your active data set is unchanged. First problems: ${p.reasons.join('; ')}`,
        },
      };
    case 'not-saved':
      return notSavedText(p, lang);
    case 'quota':
      return {
        why: {
          da: `browserens lager er fuldt, så datasættet (${b(p.bytes)}) kunne ikke gemmes og er ikke importeret.`,
          en: `the browser's storage is full, so the data set (${b(p.bytes)}) could not be saved and was not imported.`,
        },
        action: {
          da: 'De tidligere datasæt er uændrede. Slet et datasæt, du ikke bruger, eller frigør diskplads, og prøv igen.',
          en: 'Your earlier data sets are unchanged. Delete a data set you no longer use, or free disk space, and try again.',
        },
      };
    default:
      return refusalText(p, lang);
  }
}
