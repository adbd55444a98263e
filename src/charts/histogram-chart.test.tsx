// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { formatDkk, formatInteger, formatPercent } from '../format';
import { HistogramChart } from './histogram-chart';

it("writes each bin's count of draws in the reader's number format (10.000 draws make four-digit bins)", () => {
  render(
    <HistogramChart
      title="Fordeling"
      description="Antal træk pr. interval"
      edges={[0, 1e9, 2e9, 3e9]}
      counts={[1234, 7531, 1235]}
      markers={[{ value: 1.5e9, label: 'P50' }]}
      labels={{ bin: 'Interval', count: 'Træk', share: 'Andel' }}
      formatValue={(v) => formatDkk(v, 'da', { compact: true })}
      formatShare={(v) => formatPercent(v, 'da')}
      formatCount={(v) => formatInteger(v, 'da')}
      width={600}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
  const rows = within(screen.getByRole('table', { name: 'Fordeling' })).getAllByRole('row');
  expect(rows.slice(1).map((r) => [...r.children].map((c) => c.textContent))).toEqual([
    ['0 kr. – 1,0 mia. kr.', '1.234', '12,3 %'],
    ['1,0 mia. kr. – 2,0 mia. kr.', '7.531', '75,3 %'],
    ['2,0 mia. kr. – 3,0 mia. kr.', '1.235', '12,4 %'],
  ]);
});
