import { useQuery } from '@tanstack/react-query';
import { stagedRowsAt } from '../db';
import { useEngine } from './engine-context';
import { keys } from './keys';

/** Where every import stages its file (import-dataset's staging table); the last import's records stay there. */
const STAGED = 'import_staged';

/** The partner's whole rows at the rejected lines of the import just shown, as its file has them. */
export function useRejectedRows(fileName: string, lines: readonly number[]) {
  const { db, datasetId, version, ready } = useEngine();
  return useQuery({
    queryKey: [...keys.dataset({ datasetId, version }), 'staged-rows', fileName, lines],
    queryFn: () => stagedRowsAt(db, STAGED, lines),
    enabled: ready && lines.length > 0,
  });
}
