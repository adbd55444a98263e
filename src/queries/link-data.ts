/**
 * The data a shared link was made on: the active data set's name, the start of its content hash (SHA-256 of its
 * stored rows) and the start of each source file's SHA-256, so whoever opens the link can tell whether the figures
 * they see come from the same rows and, if not, which file to import.
 */
export interface LinkData {
  name: string;
  /** The first `SHORT` hex digits of the data set's content hash. */
  hash: string;
  /** The first `SHORT` hex digits of each source file's SHA-256 (none for the bundled demo). */
  files: string[];
}

/** 12 hex digits (48 bits): the same start the data set's file list shows. */
const SHORT = 12;
const MAX_FILES = 8;
const HEX = /^[0-9a-f]{6,64}$/;

export const shortHash = (hash: string) => hash.slice(0, SHORT).toLowerCase();

/** `?d.name=english&d.hash=3fa2…&d.files=9c1e…,04ab…` → the link's data; null for a link made before links named it. */
export function readLinkData(search: string): LinkData | null {
  const q = new URLSearchParams(search);
  const hash = (q.get('d.hash') ?? '').toLowerCase();
  if (!HEX.test(hash)) return null;
  const files = (q.get('d.files') ?? '')
    .toLowerCase()
    .split(',')
    .filter((f) => HEX.test(f))
    .slice(0, MAX_FILES);
  return { name: q.get('d.name') ?? '', hash, files };
}

/** Writes (or, with null, removes) the link's data, keeping every other query parameter. */
export function writeLinkData(href: string, d: LinkData | null): string {
  const url = new URL(href);
  for (const key of ['d.name', 'd.hash', 'd.files']) url.searchParams.delete(key);
  if (d) {
    url.searchParams.set('d.name', d.name);
    url.searchParams.set('d.hash', shortHash(d.hash));
    const files = d.files.slice(0, MAX_FILES).map(shortHash);
    if (files.length) url.searchParams.set('d.files', files.join(','));
  }
  return url.toString();
}

/** Whether the data set whose full content hash is `hash` is the one the link was made on. */
export const sameData = (link: LinkData, hash: string | null | undefined) =>
  typeof hash === 'string' && hash.toLowerCase().startsWith(link.hash);
