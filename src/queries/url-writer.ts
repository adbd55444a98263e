/**
 * The app keeps its state in the URL (a copied link restores the view), but `history.replaceState` costs ~10 ms a
 * call in Chromium — measured as the largest single cost of a parameter change — and Chromium ignores calls beyond
 * ~200 in 10 s, so a dragged slider could leave a stale link. Changes are therefore coalesced: each part of the state
 * (`key`) says how it rewrites the URL, the latest rewrite per part wins, and all are applied in one write once the
 * user pauses, when the page is hidden, or at once before something reads the link (`flushUrl`).
 */
export type UrlWindow = Pick<Window, 'location' | 'history'>;
type Rewrite = (href: string) => string;

/** How long the URL waits for more changes: long enough to span a slider drag's steps, short for a person. */
export const URL_QUIET_MS = 150;

interface Pending {
  rewrites: Map<string, Rewrite>;
  timer: ReturnType<typeof setTimeout>;
}
const pending = new Map<UrlWindow, Pending>();

/** Rewrites the URL's part `key` soon (see above); a later call for the same key replaces this one. */
export function scheduleUrl(win: UrlWindow, key: string, rewrite: Rewrite): void {
  let p = pending.get(win);
  if (p) clearTimeout(p.timer);
  else {
    p = { rewrites: new Map(), timer: 0 as unknown as ReturnType<typeof setTimeout> };
    pending.set(win, p);
  }
  p.rewrites.delete(key); // re-inserted last: parts apply in the order they last changed
  p.rewrites.set(key, rewrite);
  p.timer = setTimeout(() => flushUrl(win), URL_QUIET_MS);
}

/** The URL as it will read once the pending rewrites are applied: what a component mounting now must start from. */
export function currentHref(win: UrlWindow = window): string {
  let href = win.location.href;
  for (const rewrite of pending.get(win)?.rewrites.values() ?? []) href = rewrite(href);
  return href;
}

/** Applies every pending rewrite in one `replaceState`, to the URL as it is now (a hash change meanwhile is kept). */
export function flushUrl(win: UrlWindow = window): void {
  const p = pending.get(win);
  if (!p) return;
  clearTimeout(p.timer);
  pending.delete(win);
  let href = win.location.href;
  for (const rewrite of p.rewrites.values()) href = rewrite(href);
  if (href !== win.location.href) win.history.replaceState(win.history.state, '', href);
}

if (typeof window !== 'undefined') {
  // A tab closed or reloaded within the quiet time still leaves its state in the URL (and the session history).
  window.addEventListener('pagehide', () => flushUrl(window));
  // Registered before the router's listener: a screen opened by the hash starts from the written URL.
  window.addEventListener('hashchange', () => flushUrl(window));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushUrl(window);
  });
}
