// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SilentResizeObserver, standIn } from '../../../tests/jsdom-stand-ins';
import {
  compileChain,
  defaultDistribution,
  NUMERIC_PARAMS,
  paramSpec,
  presetById,
  probabilityAbove,
  runMonteCarlo,
  tornado,
  type Distribution,
  type NumericParamId,
} from '../../model';
import { realisticInput } from '../../model/test-fixtures';
import { analysisStore, createMonteCarloRunner } from '../../queries';
import { DistributionRow } from './distribution-row';
import { DEFAULT_SEED, MonteCarloPanel } from './monte-carlo-panel';
import { SensitivityPanel } from './sensitivity-panel';

standIn(globalThis, { ResizeObserver: SilentResizeObserver });
afterAll(() => {
  // The panels publish to the page's one analysis store (a module the worker's later files import too): emptied.
  analysisStore.setSensitivity(null);
  analysisStore.setMonteCarlo(null);
});

const params = presetById('damvad-2017').params;
const tables = compileChain(realisticInput(3), params);
const defaults = Object.fromEntries(NUMERIC_PARAMS.map((id) => [id, defaultDistribution(id, params[id])])) as Record<
  NumericParamId,
  Distribution
>;
const value = (id: string) => Number(screen.getByTestId(id).getAttribute('data-value'));

describe('Monte Carlo panel', () => {
  it('runs with the shown seed and draws, shows social gain’s P10/P50/P90 as raw DKK, and P(S > threshold) follows the threshold', async () => {
    render(
      <MonteCarloPanel
        tables={tables}
        params={params}
        scenarioKey="k"
        dataKey="d"
        runnerOverride={createMonteCarloRunner('in-page')}
      />,
    );
    expect(screen.getByTestId('mc-seed')).toHaveValue(String(DEFAULT_SEED));
    expect(screen.getByTestId('mc-draws')).toHaveValue('10000');
    fireEvent.click(screen.getByTestId('mc-run'));
    await waitFor(() => expect(screen.getByTestId('mc-p50')).toBeTruthy(), { timeout: 10000 });
    const expected = runMonteCarlo(tables, params, { draws: 10_000, seed: DEFAULT_SEED, distributions: defaults });
    expect(value('mc-p10')).toBe(expected.figures.socialGain.p10);
    expect(value('mc-p50')).toBe(expected.figures.socialGain.p50);
    expect(value('mc-p90')).toBe(expected.figures.socialGain.p90);
    expect(value('mc-bcr-p50')).toBe(expected.figures.bcr.p50);
    fireEvent.change(screen.getByTestId('mc-threshold'), { target: { value: '5000' } });
    expect(value('mc-probability')).toBe(probabilityAbove(expected.socialGainSorted, 5e9));
    const stored = analysisStore.getSnapshot().monteCarlo;
    expect(stored?.scenarioKey).toBe('k');
    expect(stored?.threshold).toBe(5e9);
  });

  it('refuses a bad seed or draw count at the field and keeps Run disabled', () => {
    render(
      <MonteCarloPanel
        tables={tables}
        params={params}
        scenarioKey="k"
        dataKey="d"
        runnerOverride={createMonteCarloRunner('in-page')}
      />,
    );
    fireEvent.change(screen.getByTestId('mc-seed'), { target: { value: '-4' } });
    expect(screen.getByTestId('mc-run')).toBeDisabled();
    expect(screen.getByText(/Startværdien skal være et helt tal/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('mc-seed'), { target: { value: '5' } });
    fireEvent.change(screen.getByTestId('mc-draws'), { target: { value: '10' } });
    expect(screen.getByTestId('mc-run')).toBeDisabled();
    fireEvent.change(screen.getByTestId('mc-draws'), { target: { value: '500' } });
    expect(screen.getByTestId('mc-run')).toBeEnabled();
  });
});

describe('distribution row', () => {
  it('takes shares in percent, reports an out-of-range bound at the field and never passes it on', () => {
    const onChange = vi.fn();
    render(<DistributionRow id="deadweight" value={defaults.deadweight} changed={false} onChange={onChange} />);
    expect(screen.getByTestId('dist-deadweight-mode')).toHaveValue('15');
    fireEvent.change(screen.getByTestId('dist-deadweight-max'), { target: { value: '30' } });
    expect(onChange).toHaveBeenLastCalledWith('deadweight', { kind: 'pert', min: 0.075, mode: 0.15, max: 0.3 }, null);
    fireEvent.change(screen.getByTestId('dist-deadweight-max'), { target: { value: '130' } });
    expect(onChange).toHaveBeenLastCalledWith(
      'deadweight',
      null,
      expect.objectContaining({ da: 'Maks skal ligge mellem 0 % og 100 %.' }),
    );
    expect(screen.getByTestId('dist-error-deadweight')).toHaveTextContent('Maks skal ligge mellem 0 % og 100 %.');
    fireEvent.change(screen.getByTestId('dist-deadweight-max'), { target: { value: 'x' } });
    expect(onChange).toHaveBeenLastCalledWith(
      'deadweight',
      null,
      expect.objectContaining({ da: expect.stringContaining('ikke et tal') }),
    );
  });

  it('switching the kind keeps the centre and offers that kind’s fields', () => {
    const onChange = vi.fn();
    render(<DistributionRow id="transferability" value={defaults.transferability} changed onChange={onChange} />);
    fireEvent.change(screen.getByTestId('dist-kind-transferability'), { target: { value: 'normal' } });
    expect(screen.getByTestId('dist-transferability-mean')).toHaveValue('50');
    expect(screen.getByTestId('dist-transferability-sd')).toHaveValue('12,5');
    expect(onChange).toHaveBeenLastCalledWith('transferability', { kind: 'normal', mean: 0.5, sd: 0.125 }, null);
    expect(screen.queryByTestId('dist-transferability-min')).toBeNull();
  });
});

describe('sensitivity panel', () => {
  it('lists the tornado’s assumptions by swing for the chosen output and publishes it for the report', () => {
    render(<SensitivityPanel tables={tables} params={params} scenarioKey="s1" dataKey="d" />);
    const frame = screen.getByTestId('tornado-chart');
    fireEvent.click(within(frame).getByRole('button', { name: 'Vis som tabel' }));
    const names = () =>
      within(frame)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.children[0]?.textContent);
    expect(names()).toEqual(tornado(tables, params, 'socialGain').bars.map((b) => paramSpec(b.id).label.da));
    fireEvent.change(screen.getByTestId('sens-output'), { target: { value: 'bcr' } });
    expect(names()).toEqual(tornado(tables, params, 'bcr').bars.map((b) => paramSpec(b.id).label.da));
    expect(analysisStore.getSnapshot().sensitivity?.tornado.output).toBe('bcr');
    expect(analysisStore.getSnapshot().sensitivity?.scenarioKey).toBe('s1');
    fireEvent.change(screen.getByTestId('heat-y'), { target: { value: 'transferability' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Vælg to forskellige antagelser.');
  });
});
