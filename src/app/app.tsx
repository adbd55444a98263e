import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { EngineChoice } from '../features/engine';
import { Engine, makeQueryClient } from '../queries';
import { LangProvider } from '../ui';
import { DEMO } from './demo';
import { Shell } from './shell';
import { screenFromHash, type Screen } from './screens';

// The Overview's charts chunk (Recharts) is asked for now, while the first render runs, rather than by that render:
// the headline never waits for it (it paints from the snapshot), and the charts draw ~one render sooner.
if (screenFromHash(window.location.hash) === 'overview') void import('../charts').catch(() => undefined);

// One engine and one cache per page: created outside React so StrictMode's double render cannot start two.
const client = makeQueryClient();
const engine = new Engine(DEMO);
// The e2e tests reach the engine through this global (recovery, busy, SQL checks). Only in the e2e build
// (`vite build --mode e2e`, tests/e2e/global-setup.ts): Vite replaces MODE with a literal, so a production build
// (`npm start`, `npm run build`) drops the line and carries no such global.
if (import.meta.env.MODE === 'e2e') (globalThis as { __spilloverDb?: unknown }).__spilloverDb = engine.db;
// How many queries are in flight, as a data attribute: the bench and e2e tests wait for 0 after an interaction.
client.getQueryCache().subscribe(() => {
  document.documentElement.dataset.fetching = String(client.isFetching());
});

export function App() {
  const [screen, setScreen] = useState<Screen>(() => screenFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setScreen(screenFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <QueryClientProvider client={client}>
      <LangProvider>
        <EngineChoice browser={engine}>
          <Shell screen={screen} />
        </EngineChoice>
      </LangProvider>
    </QueryClientProvider>
  );
}
