import { formatInteger, type Locale } from '../../format';
import type { ImportProblem } from '../../queries';
import type { Text } from '../../ui';

type NotSaved = Extract<ImportProblem, { code: 'not-saved' }>;

/** An import that did not complete and kept nothing: why, and what to do (always: import the file again). */
export function notSavedText(p: NotSaved, lang: Locale): { why: Text; action: Text } {
  const action: Text = {
    da: 'Intet af importen er gemt, og dit aktive datasæt er uændret. Importér filen igen.',
    en: 'Nothing of the import was kept, and your active data set is unchanged. Import the file again.',
  };
  if (p.reason === 'engine')
    return {
      why: {
        da: 'databasen stoppede to gange under importen og blev genstartet, så den kunne ikke gøres færdig.',
        en: 'the database stopped twice during the import and was restarted, so it could not be completed.',
      },
      action,
    };
  const n = (v: number) => formatInteger(v, lang);
  return {
    why: {
      da: `det gemte datasæt passede ikke til det kontrollerede (${p.found === null ? 'browserens lager gav andre data tilbage end dem, der blev skrevet' : `${n(p.found)} rækker i stedet for ${n(p.rows)}`}), så det er slettet igen.`,
      en: `the stored data set did not match the validated one (${p.found === null ? "the browser's storage gave back other data than was written" : `${n(p.found)} rows instead of ${n(p.rows)}`}), so it has been deleted.`,
    },
    action,
  };
}
