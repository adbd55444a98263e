// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDkk } from '../format';
import { CategoryBarChart } from './bar-chart';
import { ChartFrame } from './chart-frame';
import { DrawNearViewportOnly } from './near-viewport';

// jsdom has no IntersectionObserver: a stand-in the test moves in and out of view (put back after: files share a worker).
const original = globalThis.IntersectionObserver;
let observed: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
class FakeObserver {
  constructor(cb: (entries: { isIntersecting: boolean }[]) => void) {
    observed.push(cb);
  }
  observe() {}
  disconnect() {}
}
// Nor a ResizeObserver: a stand-in whose size the test reports (a chart of the page's width waits for it).
const originalResize = globalThis.ResizeObserver;
let resized: ((entries: { contentRect: { width: number } }[]) => void)[] = [];
class FakeResizeObserver {
  constructor(cb: (entries: { contentRect: { width: number } }[]) => void) {
    resized.push(cb);
  }
  observe() {}
  disconnect() {}
}
afterEach(() => {
  globalThis.IntersectionObserver = original;
  globalThis.ResizeObserver = originalResize;
  observed = [];
  resized = [];
});
const scroll = (inView: boolean) => act(() => observed.forEach((cb) => cb([{ isIntersecting: inView }])));

const fmt = (v: number) => formatDkk(v, 'da', { compact: true });
const chart = (value: number) => (
  <CategoryBarChart
    title="Efter tema"
    description="Rapporteret"
    categoryLabel="Tema"
    series={[{ id: 'reported', name: 'Rapporteret' }]}
    data={[{ key: 'robots', label: 'Robotter', values: [value] }]}
    formatValue={fmt}
    width={800}
  />
);
const drawnLabels = (c: HTMLElement) =>
  [...c.querySelectorAll('.recharts-wrapper text.recharts-label')].map((t) => t.textContent);

describe('charts far from the viewport', () => {
  it('keep their last drawing while the words follow the data; drawn with the current data when scrolled near', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const page = (v: number) => <DrawNearViewportOnly.Provider value={true}>{chart(v)}</DrawNearViewportOnly.Provider>;
    const { container, rerender } = render(page(60e6));
    expect(drawnLabels(container)).toEqual(['60,0 mio. kr.']);
    scroll(false);
    rerender(page(30e6));
    expect(drawnLabels(container)).toEqual(['60,0 mio. kr.']);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('30,0 mio. kr.');
    scroll(true);
    expect(drawnLabels(container)).toEqual(['30,0 mio. kr.']);
  });

  it('are all drawn before printing', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const page = (v: number) => <DrawNearViewportOnly.Provider value={true}>{chart(v)}</DrawNearViewportOnly.Provider>;
    const { container, rerender } = render(page(60e6));
    scroll(false);
    rerender(page(12e6));
    expect(drawnLabels(container)).toEqual(['60,0 mio. kr.']);
    window.dispatchEvent(new Event('beforeprint'));
    expect(drawnLabels(container)).toEqual(['12,0 mio. kr.']);
  });

  it('are drawn at once on a page that does not ask for it', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const { container, rerender } = render(chart(60e6));
    expect(observed).toHaveLength(0);
    rerender(chart(30e6));
    expect(drawnLabels(container)).toEqual(['30,0 mio. kr.']);
  });

  it('are drawn once they measure their width, even when scrolled away before their first drawing', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    const wide = (
      <DrawNearViewportOnly.Provider value={true}>
        <CategoryBarChart
          title="Efter tema"
          description="Rapporteret"
          categoryLabel="Tema"
          series={[{ id: 'reported', name: 'Rapporteret' }]}
          data={[{ key: 'robots', label: 'Robotter', values: [60e6] }]}
          formatValue={fmt}
        />
      </DrawNearViewportOnly.Provider>
    );
    const { container } = render(wide);
    expect(container.querySelector('svg')).toBeNull();
    scroll(false);
    // The chart's own width observer (Recharts adds observers of its own once it draws).
    const [width] = resized;
    act(() => width?.([{ contentRect: { width: 800 } }]));
    expect(drawnLabels(container)).toEqual(['60,0 mio. kr.']);
    // Drawn once, it is held again while far away.
    act(() => width?.([{ contentRect: { width: 700 } }]));
    expect(container.querySelector('.recharts-wrapper')?.getAttribute('style')).toContain('800');
  });

  it('are drawn when their data arrive after they were scrolled away', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const frame = (drawing: boolean) => (
      <DrawNearViewportOnly.Provider value={true}>
        <ChartFrame title="T" description="D" summary="S" columns={[]} rows={[]}>
          {drawing ? <svg data-testid="drawing" /> : <p>…</p>}
        </ChartFrame>
      </DrawNearViewportOnly.Provider>
    );
    const { rerender } = render(frame(false));
    scroll(false);
    rerender(frame(true));
    expect(screen.getByTestId('drawing')).toBeTruthy();
  });
});
