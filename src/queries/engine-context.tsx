import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Db } from '../db';
import type { DemoSources, Engine, EngineSnapshot } from './engine';
import { keys } from './keys';

export interface EngineState extends EngineSnapshot {
  db: Db;
  demo: DemoSources;
}

export const EngineContext = createContext<Engine | null>(null);

export function EngineProvider({ engine, children }: { engine: Engine; children: ReactNode }) {
  const client = useQueryClient();
  // After a restart the data lives in a new instance: every cached answer is asked again.
  useEffect(() => engine.onRestarted(() => void client.invalidateQueries({ queryKey: keys.all })), [engine, client]);
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

export function useEngine(): EngineState {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine must be used inside <EngineProvider>');
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getSnapshot);
  return { ...snapshot, db: engine.db, demo: engine.demo };
}
