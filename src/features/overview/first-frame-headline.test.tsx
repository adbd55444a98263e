// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluate, PRESETS } from '../../model';
import type { Db } from '../../db';
import { Engine, openingDb } from '../../queries';
import { memoryDatasetStore, NODE_DEMO, renderWithEngine } from '../../../tests/render-with-engine';
import { OverviewScreen } from './overview-screen';

// An engine whose database never opens: every figure on screen can only come from the demo's build-time snapshot.
const startingEngine = () =>
  new Engine(NODE_DEMO, {
    open: (hooks) => openingDb(new Promise<Db>(() => undefined), hooks.onStatus),
    storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
    datasets: memoryDatasetStore(),
    readBundled: () => new Promise(() => undefined),
  });

// The page's one scenario store outlives a test file (isolate is off): back to the URL's (no) scenario, the preset's own
// parameters, which are the snapshot's.
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.dispatchEvent(new PopStateEvent('popstate'));
});

describe("the Overview's first frame while the engine starts", () => {
  it("shows the snapshot's headline before the model runs, then the model's equal figures and its charts' input", async () => {
    const model = evaluate(NODE_DEMO.snapshot.modelInput, PRESETS[0]!.params);
    renderWithEngine(<OverviewScreen />, { engine: startingEngine() });
    // The first commit, before any frame or timer: the figures are there already.
    expect(screen.getByTestId('figure-national')).toHaveAttribute('data-value', String(model.nationalPotential.value));
    expect(screen.getByTestId('figure-bcr-realised')).toHaveAttribute('data-value', String(model.realised.bcr.value));
    expect(screen.getByTestId('payback-potential')).toHaveAttribute('data-value', String(model.payback?.value ?? ''));
    // The waterfall and time path (placeholders or charts) follow once the model has run after that frame.
    const charts = () => document.querySelectorAll('.chart').length;
    expect(charts()).toBe(1); // the breakdowns' placeholder only
    await waitFor(() => expect(charts()).toBeGreaterThanOrEqual(3));
    expect(screen.getByTestId('figure-national')).toHaveAttribute('data-value', String(model.nationalPotential.value));
  });

  it("opens a headline figure's trace from the model even when clicked before the model's first run", () => {
    const model = evaluate(NODE_DEMO.snapshot.modelInput, PRESETS[0]!.params);
    renderWithEngine(<OverviewScreen />, { engine: startingEngine() });
    fireEvent.click(screen.getByTestId('how-social_gain'));
    expect(screen.getByTestId('trace-value')).toHaveAttribute('data-value', String(model.socialGain.value));
  });
});
