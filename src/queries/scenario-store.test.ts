// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ScenarioStore } from './scenario-store';
import { flushUrl } from './url-writer';

function page(search = '') {
  const state = { href: `http://app/${search}#/scenarios` };
  const win = {
    get location() {
      return new URL(state.href) as unknown as Location;
    },
    history: { replaceState: (_d: unknown, _t: string, url: string) => void (state.href = url) } as unknown as History,
  };
  return { win, state };
}

describe('ScenarioStore', () => {
  it('a valid change reaches the params and the URL; an invalid one is refused and changes nothing', () => {
    const { win, state } = page();
    const store = new ScenarioStore(win, window.localStorage);
    expect(store.setParam('adoption_ceiling', 0.5)).toBeNull();
    expect(store.getSnapshot().params.adoption_ceiling).toBe(0.5);
    flushUrl(win);
    expect(new URL(state.href).searchParams.get('p.adoption_ceiling')).toBe('0.5');
    const issues = store.setParam('deadweight', 3);
    expect(issues?.[0]?.id).toBe('deadweight');
    expect(store.getSnapshot().params.deadweight).toBe(0.15);
    store.resetParam('adoption_ceiling');
    expect(store.getSnapshot().active.overrides).toEqual({});
    flushUrl(win);
    expect(new URL(state.href).searchParams.has('p.adoption_ceiling')).toBe(false);
  });

  it('saves, reopens after a "reload", duplicates, renames and deletes', () => {
    window.localStorage.clear();
    const a = page();
    const s1 = new ScenarioStore(a.win, window.localStorage);
    s1.setParam('adoption_ceiling', 0.4);
    const saved = s1.saveAs('Forty', 'adoption 40%');
    s1.startFromPreset('optimistic');
    const s2 = new ScenarioStore(page().win, window.localStorage); // a new page on the same storage
    expect(s2.getSnapshot().saved.map((s) => s.name)).toEqual(['Forty']);
    s2.open(saved.id);
    expect(s2.getSnapshot().params.adoption_ceiling).toBe(0.4);
    expect(s2.getSnapshot().active.name).toBe('Forty');
    s2.duplicate(saved.id, 'copy');
    expect(s2.getSnapshot().saved.map((s) => s.name)).toEqual(['Forty', 'Forty (copy)']);
    s2.rename(saved.id, 'Forty percent', 'd');
    expect(s2.getSnapshot().active.name).toBe('Forty percent');
    s2.remove(saved.id);
    expect(s2.getSnapshot().saved.map((s) => s.name)).toEqual(['Forty (copy)']);
    expect(s2.getSnapshot().active.savedId).toBeUndefined();
  });

  it('opens the scenario a shared URL describes, and says what it could not use', () => {
    const { win } = page('?preset=conservative&p.leakage=0.2&p.deadweight=7');
    const store = new ScenarioStore(win, window.localStorage);
    const snap = store.getSnapshot();
    expect(snap.active.preset).toBe('conservative');
    expect(snap.params.leakage).toBe(0.2);
    expect(snap.params.deadweight).toBe(0.4); // the preset's value: 7 was refused
    expect(snap.urlIssues.map((i) => i.id)).toEqual(['deadweight']);
  });

  it('JSON import adds all or nothing', () => {
    window.localStorage.clear();
    const store = new ScenarioStore(page().win, window.localStorage);
    expect(store.importJson('nope')).toMatchObject({ ok: false });
    expect(
      store.importJson(
        JSON.stringify({
          scenarios: [
            { name: 'a', preset: 'damvad-2017' },
            { name: 'b', preset: 'x' },
          ],
        }),
      ),
    ).toMatchObject({ ok: false });
    expect(store.getSnapshot().saved).toEqual([]);
    expect(
      store.importJson(JSON.stringify({ scenarios: [{ name: 'a', preset: 'damvad-2017', overrides: { leakage: 0.1 } }] })),
    ).toEqual({ ok: true, added: 1 });
    expect(store.exportJson().scenarios).toMatchObject([{ name: 'a', preset: 'damvad-2017', overrides: { leakage: 0.1 } }]);
  });
});
