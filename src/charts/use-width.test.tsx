// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDkk } from '../format';
import { CategoryBarChart } from './bar-chart';

// jsdom has no ResizeObserver: a stand-in whose sizes the test reports (put back after: files share a worker).
const original = globalThis.ResizeObserver;
let observers: ((entries: { contentRect: { width: number } }[]) => void)[] = [];
class FakeResizeObserver {
  constructor(cb: (entries: { contentRect: { width: number } }[]) => void) {
    observers.push(cb);
  }
  observe() {}
  disconnect() {}
}
afterEach(() => {
  globalThis.ResizeObserver = original;
  observers = [];
});

const fmt = (v: number) => formatDkk(v, 'da', { compact: true });
const chart = (i: number) => (
  <CategoryBarChart
    key={i}
    testId={`c${i}`}
    title={`Diagram ${i}`}
    description="Rapporteret"
    categoryLabel="Tema"
    series={[{ id: 'r', name: 'Rapporteret' }]}
    data={[{ key: 'robots', label: 'Robotter', values: [(i + 1) * 1e6] }]}
    formatValue={fmt}
  />
);
const drawn = (c: HTMLElement) => [0, 1, 2].filter((i) => c.querySelector(`[data-testid="c${i}"] .recharts-wrapper svg`));

describe('charts measured in the same frame', () => {
  it('are drawn one at a time, each after the one before, and all of them', async () => {
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    const { container } = render(<>{[0, 1, 2].map(chart)}</>);
    expect(drawn(container)).toEqual([]);
    const widths = [...observers];
    act(() => widths.forEach((cb) => cb([{ contentRect: { width: 800 } }])));
    // The first at once; the others in later tasks, in order.
    expect(drawn(container)).toEqual([0]);
    await waitFor(() => expect(drawn(container)).toEqual([0, 1, 2]));
  });

  it('pass the turn on when a chart leaves before its drawing', async () => {
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    const { container, rerender } = render(<>{[0, 1, 2].map(chart)}</>);
    const widths = [...observers];
    act(() => widths.forEach((cb) => cb([{ contentRect: { width: 800 } }])));
    rerender(<>{[0, 2].map(chart)}</>);
    await waitFor(() => expect(drawn(container)).toEqual([0, 2]));
  });
});
