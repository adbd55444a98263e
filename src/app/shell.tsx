import { OverviewScreen } from '../features/overview';
import { StorageNotice } from '../features/import';
import { EmptyGate, type EmptyPlacement } from '../features/empty-dataset';
import { LinkDataNotice } from '../features/link-data';
import { useEngine } from '../queries';
import { ErrorBanner, Notice, useT } from '../ui';
import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { FeatureBoundary } from './feature-boundary';
import { Header } from './header';
import { ImportDrawer } from './import-drawer';
import type { Screen } from './screens';

// Every screen but the Overview loads on first visit; the Record type makes a new screen without a view a type error.
const LAZY_SCREENS: Record<Exclude<Screen, 'overview'>, ReturnType<typeof lazy>> = {
  data: lazy(() => import('../features/data').then((m) => ({ default: m.DataScreen }))),
  programme: lazy(() => import('../features/programme').then((m) => ({ default: m.ProgrammeScreen }))),
  scenarios: lazy(() => import('../features/scenarios').then((m) => ({ default: m.ScenariosScreen }))),
  uncertainty: lazy(() => import('../features/uncertainty').then((m) => ({ default: m.UncertaintyScreen }))),
  sql: lazy(() => import('../features/sql').then((m) => ({ default: m.SqlScreen }))),
  report: lazy(() => import('../features/report').then((m) => ({ default: m.ReportScreen }))),
};

function EngineNotice() {
  const t = useT();
  const { status, ready, error } = useEngine();
  if (error)
    return (
      <ErrorBanner
        title={{
          da: 'Databasen kunne ikke starte.',
          en: 'The database could not start.',
        }}
        action={{
          da: 'Genindlæs siden; hjælper det ikke, så prøv en nyere browser.',
          en: 'Reload the page; if that does not help, try a current browser.',
        }}
        detail={error}
      />
    );
  if (status.kind === 'restarting')
    return (
      <Notice testId="engine-restarting">
        {t({
          da: 'Databasen genstarter og indlæser data igen …',
          en: 'The data engine is restarting and reloading the data …',
        })}
      </Notice>
    );
  if (status.kind === 'ready' && status.restarts > 0)
    return (
      <Notice testId="engine-restarted">
        {t({
          da: 'Databasen stoppede uventet og er genstartet; data er indlæst igen.',
          en: 'The data engine stopped unexpectedly and was restarted; the data has been reloaded.',
        })}
      </Notice>
    );
  if (!ready) return <Notice testId="engine-loading">{t({ da: 'Starter databasen …', en: 'Starting the database …' })}</Notice>;
  return null;
}

// The chain's screens give way to the explanation; Data and Programme still show their own rows and tables below it.
const EMPTY_PLACEMENT: Record<Screen, EmptyPlacement> = {
  overview: 'instead',
  scenarios: 'instead',
  uncertainty: 'instead',
  report: 'instead',
  data: 'above',
  programme: 'above',
  sql: 'none',
};

function ScreenView({ screen }: { screen: Screen }) {
  if (screen === 'overview') return <OverviewScreen />;
  const Lazy = LAZY_SCREENS[screen];
  return <Lazy />;
}

export function Shell({ screen }: { screen: Screen }) {
  const [importOpen, setImportOpen] = useState(false);
  const importId = useId();
  const openImport = useCallback(() => setImportOpen(true), []);
  return (
    <div className="app">
      <Header screen={screen} importOpen={importOpen} onImportToggle={() => setImportOpen((o) => !o)} importId={importId} />
      <EngineNotice />
      <StorageNotice />
      <LinkDataNotice />
      <ImportDrawer open={importOpen} onOpen={openImport} id={importId} />
      <main className="app-main">
        <FeatureBoundary key={screen}>
          <Suspense fallback={<p className="muted">…</p>}>
            <EmptyGate placement={EMPTY_PLACEMENT[screen]} onImport={openImport}>
              <ScreenView screen={screen} />
            </EmptyGate>
          </Suspense>
        </FeatureBoundary>
      </main>
    </div>
  );
}
