import { useQuery } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { DEMO_DATASET_ID } from './engine';
import { EngineContext, useEngine } from './engine-context';
import { useDatasetSources } from './dataset-sources';
import { readLinkData, sameData, shortHash, writeLinkData, type LinkData } from './link-data';
import { datasetsQuery, provenanceQuery } from './options';

export interface LinkDataState {
  /** The data the opened link was made on, while they are not the data shown (null once they are, or dismissed). */
  mismatch: { link: LinkData; active: { name: string; hash: string } } | null;
  /** A data set kept in this browser whose content hash is the link's: switching to it shows the link's figures. */
  stored: { datasetId: string; name: string } | null;
  /**
   * The link names data the app cannot check yet (the engine is starting) and they are not, by name, the bundled
   * demo that the start-up figures come from: said at once rather than showing those figures silently.
   */
  pending: LinkData | null;
  switchToStored: () => Promise<void>;
  /** Keeps the figures shown; from then on the URL names the active data set. */
  dismiss: () => void;
}

/**
 * Compares the data a link was opened with against the active data set, and keeps the URL naming the active data
 * set (so a copied link says what it was made on). While a mismatch is unresolved the URL keeps the link's own
 * data, so a reload still says so.
 */
export function useLinkData(): LinkDataState {
  const engine = useContext(EngineContext);
  const s = useEngine();
  const [link, setLink] = useState<LinkData | null>(() => readLinkData(window.location.search));
  const provenance = useQuery(provenanceQuery(s));
  const sources = useDatasetSources();
  const datasets = useQuery({ ...datasetsQuery(s), enabled: s.ready && link !== null });
  const demo = useQuery({ ...provenanceQuery(s, DEMO_DATASET_ID), enabled: s.ready && link !== null });

  const p = provenance.data;
  const active = p?.contentHash && p.datasetId === s.datasetId ? { name: p.name, hash: p.contentHash } : null;
  const files = sources.data?.flatMap((f) => (f.hash ? [shortHash(f.hash)] : [])).join(',') ?? null;
  const matches = link !== null && active !== null && sameData(link, active.hash);

  // Once the link's data are shown the link has done its work: from then on the URL follows the active data set.
  // (State adjusted while rendering, React's pattern for state derived from what changed.)
  if (matches) setLink(null);

  const name = active?.name;
  const hash = active?.hash;
  useEffect(() => {
    if (name === undefined || hash === undefined || link || files === null) return;
    const d = { name, hash, files: files ? files.split(',') : [] };
    window.history.replaceState(window.history.state, '', writeLinkData(window.location.href, d));
  }, [name, hash, files, link]);

  const stored = useMemo(() => {
    if (!link) return null;
    if (s.datasetId !== DEMO_DATASET_ID && sameData(link, demo.data?.contentHash))
      return { datasetId: DEMO_DATASET_ID, name: demo.data?.name ?? '' };
    const d = datasets.data?.find((x) => x.dataset_id !== s.datasetId && sameData(link, x.content_hash));
    return d ? { datasetId: d.dataset_id, name: d.name } : null;
  }, [link, s.datasetId, demo.data, datasets.data]);

  const switchToStored = useCallback(async () => {
    if (engine && stored) await engine.activate(stored.datasetId);
  }, [engine, stored]);
  const dismiss = useCallback(() => setLink(null), []);

  const pending = link && !active && !(s.datasetId === DEMO_DATASET_ID && link.name === s.demo.name) ? link : null;
  return { mismatch: link && active && !matches ? { link, active } : null, pending, stored, switchToStored, dismiss };
}
