import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { listEngineDataFiles, type DataFileEntry } from '../db';
import { EngineContext } from './engine-context';
import { EngineFile } from './engine-file';
import { keys } from './keys';
import { localAddress } from './local-engine';

export type { DataFileEntry };

/**
 * The files in the local engine's `--data` folder, to import where they lie (`EngineFile`); null on the browser's
 * engine. Listed again when the panel mounts, so a file just copied into the folder shows up.
 */
export function useEngineDataFiles() {
  const engine = useContext(EngineContext);
  const address = engine ? localAddress(engine) : null;
  const list = useQuery({
    queryKey: keys.engineDataFiles(address?.url ?? ''),
    queryFn: () => listEngineDataFiles(address!), // enabled only with an address
    enabled: address !== null,
    staleTime: 0,
  });
  if (!address) return null;
  return {
    list,
    fileOf: (entry: DataFileEntry) => new EngineFile(entry.path.split('/').pop() ?? entry.path, entry.path, entry.size, address),
  };
}
