import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();
// Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility (axe-core)', () => {
  it.each(['overview', 'data', 'scenarios', 'uncertainty', 'sql', 'report'])('%s has no serious or critical violations', async (screen) => {
    const page = session().page;
    await page.goto(`${baseUrl()}#/${screen}`);
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
    await page.waitForFunction(() => !(globalThis as unknown as { __spilloverDb: { busy: boolean } }).__spilloverDb.busy);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
      const r = await axe.run(document);
      return {
        passes: r.passes.length,
        list: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
      };
    });
    expect(violations.passes).toBeGreaterThan(10); // the scan really ran its rules
    expect(violations.list.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
