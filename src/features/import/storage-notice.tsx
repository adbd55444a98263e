import type { StoreProblem } from '../../db';
import { formatInteger } from '../../format';
import { useDatasets, useEngine } from '../../queries';
import { useT, type Text } from '../../ui';

function describe(p: StoreProblem): Text {
  switch (p.code) {
    case 'unavailable':
      return {
        da: 'Browserens lager kan ikke bruges her (fx privat vindue eller blokeret lager): importerede data gemmes kun i denne fane.',
        en: "The browser's storage cannot be used here (a private window or blocked storage, say): imported data lives in this tab only.",
      };
    case 'corrupt':
      return p.reason === 'hash'
        ? {
            da: `«${p.name}» var beskadiget i browserens lager (indholdet passede ikke til sin kontrolsum) og er fjernet.`,
            en: `“${p.name}” was damaged in the browser's storage (its contents no longer matched their checksum) and has been removed.`,
          }
        : {
            da: `En ulæselig post («${p.name}») i browserens lager er fjernet.`,
            en: `An unreadable entry (“${p.name}”) in the browser's storage has been removed.`,
          };
    case 'missing':
      return {
        da: `Disse datasæt er ikke længere i browserens lager (slettet eller ryddet af browseren): ${p.names.map((n) => `«${n}»`).join(', ')}. Importér dem igen.`,
        en: `These data sets are no longer in the browser's storage (deleted, or cleared by the browser): ${p.names.map((n) => `“${n}”`).join(', ')}. Import them again.`,
      };
    case 'short':
      return {
        da: `«${p.name}» i browserens lager havde ${formatInteger(p.found, 'da')} rækker, men skulle have ${formatInteger(p.expected, 'da')}; det er fjernet i stedet for at blive vist med forkerte tal. Importér det igen.`,
        en: `“${p.name}” in the browser's storage held ${formatInteger(p.found, 'en')} rows where it should hold ${formatInteger(p.expected, 'en')}; it has been removed rather than shown with wrong figures. Import it again.`,
      };
    case 'interrupted':
      return {
        da: `Importen af «${p.name}» blev ikke gjort færdig (siden blev genindlæst eller lukket undervejs), og intet af den er gemt. Importér filen igen.`,
        en: `The import of “${p.name}” did not complete (the page was reloaded or closed meanwhile), and nothing of it was kept. Import the file again.`,
      };
    case 'active-missing':
      return {
        da: `Det aktive datasæt${p.name ? ` «${p.name}»` : ''} findes ikke i browserens lager; «${p.fallback}» vises i stedet.`,
        en: `The active data set${p.name ? ` “${p.name}”` : ''} is not in the browser's storage; “${p.fallback}” is shown instead.`,
      };
    case 'unreadable':
      return {
        da: `«${p.name}» kunne ikke indlæses og er sprunget over.`,
        en: `“${p.name}” could not be loaded and was skipped.`,
      };
  }
}

/** Told once at start-up when stored data could not be trusted; the app has already started without it. */
export function StorageNotice() {
  const t = useT();
  const { restoreProblems } = useEngine();
  const { dismissStoreProblems } = useDatasets();
  if (restoreProblems.length === 0) return null;
  return (
    <div
      role="alert"
      className="banner banner-error"
      data-testid="storage-notice"
      data-codes={restoreProblems.map((p) => p.code).join(' ')}
    >
      <strong>{t({ da: 'Problem med gemte data.', en: 'A problem with saved data.' })}</strong>
      <ul>
        {restoreProblems.map((p, i) => (
          <li key={i} data-code={p.code}>
            {t(describe(p))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissStoreProblems}>
        {t({ da: 'OK', en: 'OK' })}
      </button>
    </div>
  );
}
