import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useEngine } from './engine-context';
import { DEMO_DATASET_ID } from './engine';
import { provenanceQuery, summaryQuery } from './options';

/** Why the active data set gives the chain nothing to start from. */
type EmptyReason = 'no-rows' | 'no-realised';

export interface DatasetEmptiness {
  reason: EmptyReason;
  name: string;
  /** Rows it holds (all expected gains, or realised ones summing to 0, when the reason is no-realised). */
  reports: number;
  isDemo: boolean;
}

/**
 * Whether the active data set, unfiltered, holds no rows or no realised gain: then every figure of the chain is 0
 * and its charts would draw meaningless axes. Decided only on the set's own answer, never on a placeholder (the
 * previous set's answer stays up while a switch loads).
 */
export function useDatasetEmpty(): DatasetEmptiness | null {
  const s = useEngine();
  const summary = useQuery(summaryQuery(s));
  const provenance = useQuery(provenanceQuery(s));
  // The last answer for this data set: a refetch of the same set (after a save, a restart) keeps it, so the screen
  // does not flash the chain's charts on the previous placeholder between two explanations. Kept as state set while
  // rendering (React's pattern for what a render learnt from the previous one).
  const [last, setLast] = useState<{ datasetId: string; empty: DatasetEmptiness | null } | null>(null);
  const d = summary.data;
  if (!d || summary.isPlaceholderData || !s.ready) return last?.datasetId === s.datasetId ? last.empty : null;
  const reason: EmptyReason | null = d.reports === 0 ? 'no-rows' : d.realisedDkk === 0 ? 'no-realised' : null;
  const empty = reason
    ? { reason, name: provenance.data?.name ?? '', reports: d.reports, isDemo: s.datasetId === DEMO_DATASET_ID }
    : null;
  if (last?.datasetId !== s.datasetId || JSON.stringify(last.empty) !== JSON.stringify(empty))
    setLast({ datasetId: s.datasetId, empty });
  return empty;
}
