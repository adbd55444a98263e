import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { EngineProvider, connectLocalEngine, type RemoteAddress } from '../../queries';
import type { Engine } from '../../queries';

export type Connection =
  | { kind: 'browser' }
  | { kind: 'connecting'; address: RemoteAddress }
  | { kind: 'local'; address: RemoteAddress; version: string }
  /** `status`: the engine's HTTP status, 0 for another failure, null when nothing answered. */
  | { kind: 'failed'; address: RemoteAddress; status: number | null; reason: string };

interface EngineChoiceState {
  connection: Connection;
  connect: (address: RemoteAddress) => Promise<void>;
  chooseBrowser: () => void;
}

const ChoiceContext = createContext<EngineChoiceState | null>(null);

export function useEngineChoice(): EngineChoiceState {
  const c = useContext(ChoiceContext);
  if (!c) throw new Error('useEngineChoice must be used inside <EngineChoice>');
  return c;
}

/** The status an engine's refusal carries (401 wrong token, 403 origin), read from the error the door throws. */
function statusOf(error: unknown): number | null {
  const s = (error as { status?: unknown } | null)?.status; // RemoteError carries the HTTP status
  return typeof s === 'number' ? s : null;
}

/**
 * Which engine the screens use: the browser's DuckDB-wasm (the page's own, kept running) or native DuckDB on this
 * machine. Switching swaps the Engine under every screen and drops the cache, so nothing computed on one engine is
 * shown as the other's.
 */
export function EngineChoice({
  browser,
  children,
  readBundled,
}: {
  browser: Engine;
  children?: ReactNode;
  /** How the local engine's Engine reads the demo's bundled files (fetch in the browser; the file system in tests). */
  readBundled?: (url: string) => Promise<Uint8Array>;
}) {
  const client = useQueryClient();
  const [engine, setEngine] = useState<Engine>(browser);
  const [connection, setConnection] = useState<Connection>({ kind: 'browser' });

  const swap = useCallback(
    (next: Engine) => {
      setEngine((prev) => {
        if (prev !== browser && prev !== next) void prev.db.close().catch(() => undefined);
        return next;
      });
      void client.resetQueries();
    },
    [browser, client],
  );

  const connect = useCallback(
    async (address: RemoteAddress) => {
      setConnection({ kind: 'connecting', address });
      try {
        const { engine: local, version } = await connectLocalEngine(browser.demo, address, readBundled);
        await local.started;
        const { error } = local.getSnapshot();
        if (error) throw new Error(error);
        swap(local);
        setConnection({ kind: 'local', address, version });
      } catch (error) {
        setConnection({
          kind: 'failed',
          address,
          // No HTTP status and a TypeError: fetch reached nothing (no engine there, or the address is wrong).
          status: statusOf(error) ?? (error instanceof TypeError ? null : 0),
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [browser, swap, readBundled],
  );

  const chooseBrowser = useCallback(() => {
    swap(browser);
    setConnection({ kind: 'browser' });
  }, [browser, swap]);

  const state = useMemo(() => ({ connection, connect, chooseBrowser }), [connection, connect, chooseBrowser]);
  return (
    <ChoiceContext.Provider value={state}>
      <EngineProvider engine={engine}>{children}</EngineProvider>
    </ChoiceContext.Provider>
  );
}
