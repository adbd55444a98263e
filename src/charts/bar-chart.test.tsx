// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDkk } from '../format';
import { CategoryBarChart, wrapLabel } from './bar-chart';
import { svgToString } from './chart-export';

const fmt = (v: number) => formatDkk(v, 'da', { compact: true });
// jsdom has no object URLs; the download test's stand-ins and spy go again after it (files share a worker).
const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(URL, objectUrls);
});
const data = [
  { key: 'robots', label: 'Robotter og automatisering', values: [60e6, 5.2e9] },
  { key: 'digital', label: 'Digitalisering', values: [30e6, 3.2e9] },
];

function draw(onSelect?: (k: string) => void) {
  return render(
    <CategoryBarChart
      title="Gevinster efter tema"
      description="Rapporteret og nationalt potentiale"
      categoryLabel="Tema"
      series={[
        { id: 'reported', name: 'Rapporteret' },
        { id: 'national', name: 'Nationalt potentiale' },
      ]}
      data={data}
      formatValue={fmt}
      onSelect={onSelect}
      width={800}
      testId="by-theme"
    />,
  );
}

describe('CategoryBarChart', () => {
  it('shows the same data as a table, formatted in Danish', () => {
    draw();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
    const table = screen.getByRole('table', { name: 'Gevinster efter tema' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'TemaRapporteretNationalt potentiale',
      'Robotter og automatisering60,0 mio. kr.5,2 mia. kr.',
      'Digitalisering30,0 mio. kr.3,2 mia. kr.',
    ]);
    expect(screen.getByRole('button', { name: 'Skjul tabel' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('describes the chart for screen readers and is keyboard focusable', () => {
    draw();
    const img = screen.getByRole('img', {
      name: /Gevinster efter tema\. Robotter og automatisering: Rapporteret 60,0 mio\. kr\./,
    });
    expect(img).toHaveAttribute('tabindex', '0');
  });

  it('exports the drawn chart as a standalone SVG document', () => {
    const { container } = draw();
    const svg = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    expect(svg).not.toBeNull();
    const text = svgToString(svg as SVGSVGElement); // checked just above
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('</svg>');
    expect(text).toContain('pattern'); // the hatched second series travels with the file
    const titled = svgToString(svg as SVGSVGElement, {
      title: 'Gevinster efter tema',
      legend: [{ label: 'Rapporteret', color: '#0072B2' }],
    }); // checked above
    expect(titled).toMatch(/<text[^>]*>Gevinster efter tema<\/text>/);
    expect(titled).toContain('>Rapporteret</text>');
    expect(new DOMParser().parseFromString(titled, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('hands the category key to onSelect from the table, for keyboard users', () => {
    const onSelect = vi.fn();
    draw(onSelect);
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Digitalisering' }));
    expect(onSelect).toHaveBeenCalledWith('digital');
  });

  it('hands the category key to onSelect when a bar is clicked', () => {
    const onSelect = vi.fn();
    const { container } = draw(onSelect);
    const bars = container.querySelectorAll('.recharts-bar-rectangle path');
    expect(bars.length).toBe(4);
    fireEvent.click(bars[1] as Element); // length checked above; series 1's second bar
    expect(onSelect).toHaveBeenCalledWith('digital');
  });

  it('downloads SVG through a local object URL', () => {
    const createObjectURL = vi.fn(() => 'blob:local');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL: revoke });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    draw();
    fireEvent.click(screen.getByRole('button', { name: 'SVG: Gevinster efter tema' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Fremstilling af metalprodukter', 12, ['Fremstilling', 'af', 'metalprodukter'.slice(0, 11) + '…']],
    ['Kort', 12, ['Kort']],
    ['a b c d e f g h', 3, ['a b', 'c d', 'e …']],
  ])('%s at %i chars', (text, max, lines) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });
});
