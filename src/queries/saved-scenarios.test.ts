import { describe, expect, it } from 'vitest';
import { loadStoredScenarios, parseScenarios, SCENARIOS_KEY, scenarioFile, storeScenarios } from './saved-scenarios';

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

const good = { name: 'Half adoption', description: 'what if', preset: 'damvad-2017', overrides: { adoption_ceiling: 0.5 } };

describe('scenario files', () => {
  it('accepts a valid file and keeps names, descriptions and values', () => {
    const r = parseScenarios({ format: 'spillover-scenarios', version: 1, scenarios: [good] });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.scenarios[0]).toMatchObject({
        name: 'Half adoption',
        description: 'what if',
        overrides: { adoption_ceiling: 0.5 },
      });
  });

  it('refuses the whole file and lists every problem with its scenario number', () => {
    const r = parseScenarios({
      scenarios: [
        good,
        { name: '', preset: 'damvad-2017', overrides: { deadweight: 1.5, nonsense: 1 } },
        { name: 'x', preset: 'bogus' },
        7,
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = r.errors.map((e) => e.en);
    expect(en).toContain('scenario 2: has no name');
    expect(en.some((e) => e.startsWith('scenario 2: deadweight must be between 0 and 1'))).toBe(true);
    expect(en).toContain('scenario 2: unknown parameter nonsense');
    expect(en).toContain('scenario 3: unknown preset "bogus"');
    expect(en).toContain('scenario 4: is not an object');
  });

  it('refuses other JSON with a clear reason', () => {
    expect(parseScenarios({ format: 'something-else', scenarios: [] })).toMatchObject({ ok: false });
    expect(parseScenarios({ hello: 1 })).toMatchObject({ ok: false });
    expect(parseScenarios({ scenarios: [] })).toMatchObject({ ok: false });
  });

  it('export then import gives the same scenarios', () => {
    const parsed = parseScenarios({ scenarios: [good] });
    if (!parsed.ok) throw new Error('fixture');
    const again = parseScenarios(JSON.parse(JSON.stringify(scenarioFile(parsed.scenarios))));
    expect(again.ok && again.scenarios.map(({ id: _id, ...s }) => s)).toEqual(parsed.scenarios.map(({ id: _id, ...s }) => s));
  });
});

describe('scenario storage', () => {
  it('stores and loads', () => {
    const st = new MemoryStorage();
    const parsed = parseScenarios({ scenarios: [good] });
    if (!parsed.ok) throw new Error('fixture');
    expect(storeScenarios(st, parsed.scenarios)).toBeNull();
    const back = loadStoredScenarios(st);
    expect(back.problem).toBeUndefined();
    expect(back.scenarios).toEqual(parsed.scenarios);
  });

  it('a damaged store is reported and set aside, never thrown', () => {
    const st = new MemoryStorage();
    st.setItem(SCENARIOS_KEY, '{not json');
    const r = loadStoredScenarios(st);
    expect(r.scenarios).toEqual([]);
    expect(r.problem?.en).toMatch(/damaged/);
    expect(st.getItem(SCENARIOS_KEY)).toBeNull();
    expect(st.getItem(`${SCENARIOS_KEY}.damaged`)).toBe('{not json');
  });

  it('a failing storage (quota) is reported', () => {
    const st = new MemoryStorage();
    st.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(storeScenarios(st, [])?.en).toMatch(/Could not save/);
  });
});
