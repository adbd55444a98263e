// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IDLE_AS_NEXT_TASK, SilentResizeObserver, standIn } from '../../../tests/jsdom-stand-ins';
import { LangProvider } from '../../ui';
import { McCharts } from './mc-charts';
import { STAND_IN } from './stand-in';

standIn(globalThis, { ResizeObserver: SilentResizeObserver, ...IDLE_AS_NEXT_TASK });

const RUN = { ...STAND_IN, seed: 7, fan: STAND_IN.fan.map((y) => ({ ...y, p50: y.p50 + 1 })) };
const PATH = RUN.fan.map((y) => y.p50);

describe('McCharts', () => {
  it('mounts both charts hidden before a run, and the first run shows those same charts (no second mount)', async () => {
    const { container, rerender } = render(
      <LangProvider>
        <McCharts result={null} threshold={0} pointPath={PATH} />
      </LangProvider>,
    );
    const box = container.querySelector('.mc-charts');
    expect(box?.classList.contains('mc-charts-stand-in')).toBe(true);
    expect(box?.getAttribute('aria-hidden')).toBe('true');
    await waitFor(() => expect(box?.querySelectorAll('figure.chart')).toHaveLength(2));
    const [histogram, fan] = [...(box?.querySelectorAll('figure.chart') ?? [])];
    expect(screen.queryByTestId('mc-histogram')).toBeNull();
    expect(screen.queryByTestId('mc-hist-figure')).toBeNull();

    rerender(
      <LangProvider>
        <McCharts result={RUN} threshold={1e6} pointPath={PATH} />
      </LangProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('mc-fan')).toBeTruthy());
    expect(screen.getByTestId('mc-histogram')).toBe(histogram);
    expect(screen.getByTestId('mc-fan')).toBe(fan);
    expect(container.querySelector('.mc-charts')).toBe(box);
    expect(box?.classList.contains('mc-charts-stand-in')).toBe(false);
    expect(box?.hasAttribute('aria-hidden')).toBe(false);
    expect(container.querySelector('.mc-fan-pending')).toBeNull();
    expect(screen.getByTestId('mc-hist-figure')).toBeTruthy();
  });
});
