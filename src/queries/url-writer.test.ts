// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentHref, flushUrl, scheduleUrl, URL_QUIET_MS } from './url-writer';

function page(href = 'http://app/?a=1#/overview') {
  const state = { href, writes: 0 };
  const win = {
    get location() {
      return new URL(state.href) as unknown as Location;
    },
    history: {
      state: null,
      replaceState: (_d: unknown, _t: string, url: string) => {
        state.writes += 1;
        state.href = url;
      },
    } as unknown as History,
  };
  return { win, state };
}
const set = (k: string, v: string) => (href: string) => {
  const u = new URL(href);
  u.searchParams.set(k, v);
  return u.toString();
};

describe('the coalescing URL writer', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the latest state of every part once, after the changes pause', () => {
    vi.useFakeTimers();
    const { win, state } = page();
    for (let i = 0; i < 50; i++) scheduleUrl(win, 'scenario', set('p.x', String(i)));
    scheduleUrl(win, 'filters', set('f.theme', 'robots'));
    expect(state.writes).toBe(0);
    // What a component mounting now reads already holds the changes.
    expect(new URL(currentHref(win)).searchParams.get('p.x')).toBe('49');
    vi.advanceTimersByTime(URL_QUIET_MS - 1);
    scheduleUrl(win, 'scenario', set('p.x', 'last')); // a change within the quiet time starts it again
    vi.advanceTimersByTime(URL_QUIET_MS - 1);
    expect(state.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.writes).toBe(1);
    const url = new URL(state.href);
    expect(url.searchParams.get('p.x')).toBe('last');
    expect(url.searchParams.get('f.theme')).toBe('robots');
    expect(url.searchParams.get('a')).toBe('1');
    expect(url.hash).toBe('#/overview');
  });

  it('flushes at once when the link is read, to the URL as it is then, and not twice', () => {
    vi.useFakeTimers();
    const { win, state } = page();
    scheduleUrl(win, 'scenario', set('p.y', '2'));
    state.href = 'http://app/?a=1#/scenarios'; // the user moved to another screen meanwhile
    flushUrl(win);
    expect(state.writes).toBe(1);
    expect(state.href).toBe('http://app/?a=1&p.y=2#/scenarios');
    vi.advanceTimersByTime(URL_QUIET_MS * 2);
    expect(state.writes).toBe(1);
    flushUrl(win);
    expect(state.writes).toBe(1);
  });

  it('writes nothing when the rewrites leave the URL as it was', () => {
    const { win, state } = page('http://app/?p.z=3');
    scheduleUrl(win, 'scenario', set('p.z', '3'));
    flushUrl(win);
    expect(state.writes).toBe(0);
  });

  it('a hash change (opening another screen) writes the pending state first', () => {
    const before = window.location.href;
    window.history.replaceState(null, '', '/?q=1#/overview');
    scheduleUrl(window, 'filters', set('f.year', '2016'));
    expect(window.location.search).toBe('?q=1');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(new URL(window.location.href).searchParams.get('f.year')).toBe('2016');
    window.history.replaceState(null, '', before);
  });
});
