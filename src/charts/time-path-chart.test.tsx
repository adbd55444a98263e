// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { formatDkk } from '../format';
import { svgToString } from './chart-export';
import { TimePathChart } from './time-path-chart';

const fmt = (v: number) => formatDkk(v, 'da', { compact: true });
const labels = {
  year: 'År',
  annual: 'Samfundsgevinst pr. år',
  cumulative: 'Akkumuleret nutidsværdi',
  cost: 'Offentlig finansiering',
  payback: 'Tilbagebetalt',
};

function draw() {
  return render(
    <TimePathChart
      title="Tidsforløb"
      description="Gevinst over horisonten"
      points={[
        { year: 2018, annual: 0.6e9, cumulative: 0.1e9 },
        { year: 2019, annual: 1.5e9, cumulative: 0.4e9 },
        { year: 2020, annual: 3e9, cumulative: 1.2e9 },
      ]}
      cost={0.3e9}
      paybackYear={2019}
      labels={labels}
      formatValue={fmt}
      width={700}
    />,
  );
}

it('lists each year in the table, Danish formatted, with the payback year marked', () => {
  draw();
  fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
  const rows = within(screen.getByRole('table', { name: 'Tidsforløb' })).getAllByRole('row');
  expect(rows.map((r) => r.textContent)).toEqual([
    'ÅrSamfundsgevinst pr. årAkkumuleret nutidsværdi',
    '2018600 mio. kr.100 mio. kr.',
    '2019 (Tilbagebetalt)1,5 mia. kr.400 mio. kr.',
    '20203,0 mia. kr.1,2 mia. kr.',
  ]);
});

it('summarises cost and payback for screen readers and exports an SVG', () => {
  const { container } = draw();
  expect(screen.getByRole('img', { name: /Offentlig finansiering: 300 mio\. kr\.; Tilbagebetalt: 2019;/ })).toBeInTheDocument();
  const svg = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
  expect(svg).not.toBeNull();
  expect(svgToString(svg as SVGSVGElement)).toMatch(/<svg[^>]*width="700"/); // checked not null just above
});
