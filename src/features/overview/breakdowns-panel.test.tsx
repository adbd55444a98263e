// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatDkk } from '../../format';
import { evaluate, presetById } from '../../model';
import { SMALL } from '../../model/test-fixtures';
import { BreakdownsView, type BreakdownsData } from './breakdowns-panel';

const result = evaluate(SMALL, presetById('damvad-2017').params);
const dkk = (v: number) => formatDkk(v, 'da', { compact: true });
const data: BreakdownsData = {
  byYear: [
    { key: '2016', realisedDkk: 3e6, expectedDkk: 0, totalDkk: 3e6, reports: 1 },
    { key: '2017', realisedDkk: 1.5e6, expectedDkk: 2e6, totalDkk: 3.5e6, reports: 4 },
  ],
  byGainType: [
    { key: 'cost_saving', realisedDkk: 1e6, expectedDkk: 0, totalDkk: 1e6, reports: 1 },
    { key: 'laser_welding', realisedDkk: 2e6, expectedDkk: 0, totalDkk: 2e6, reports: 1 },
  ],
  byStatus: [{ key: 'realised', realisedDkk: 4.5e6, expectedDkk: 0, totalDkk: 4.5e6, reports: 3 }],
  coverage: [
    {
      nace: 10,
      nameDa: 'Fødevarer',
      nameEn: 'Food products',
      participants: 2,
      participantEmployees: 300,
      populationFirms: 162,
      populationEmployees: 4200,
    },
    {
      nace: 25,
      nameDa: 'Metalvarer',
      nameEn: 'Metal products',
      participants: 0,
      participantEmployees: 0,
      populationFirms: 249,
      populationEmployees: 2700,
    },
  ],
};

function tableOf(testId: string) {
  const frame = screen.getByTestId(testId);
  fireEvent.click(within(frame).getByRole('button', { name: 'Vis som tabel' }));
  return within(frame)
    .getAllByRole('row')
    .map((r) => [...r.children].map((c) => c.textContent));
}

describe('BreakdownsView', () => {
  it("shows the model's N and S by theme as they are, in Danish", () => {
    render(<BreakdownsView result={result} data={data} width={800} />);
    const rows = tableOf('breakdown-theme');
    expect(rows[0]).toEqual(['Tema', 'Nationalt potentiale pr. år', 'Samfundsgevinst pr. år']);
    expect(rows.slice(1)).toEqual(result.breakdown.byTheme.map((r) => [r.key, dkk(r.nationalPotential), dkk(r.socialGain)]));
    expect(rows[1]?.[1]).toMatch(/^[\d,]+ (mio|mia)\. kr\.$/);
  });

  it('names industries from the population table and size classes in words', () => {
    render(<BreakdownsView result={result} data={data} width={800} />);
    expect(
      tableOf('breakdown-industry')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['10 Fødevarer', '25 Metalvarer']);
    expect(
      tableOf('breakdown-size')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(result.breakdown.bySizeClass.map((r) => `${r.key.replace('-', '–')} ansatte`));
  });

  it('shows reported gains by year and coverage with the counts behind the shares', () => {
    render(<BreakdownsView result={result} data={data} width={800} />);
    expect(tableOf('breakdown-year')).toEqual([
      ['År', 'Realiseret', 'Forventet'],
      ['2016', '3,0 mio. kr.', '0 kr.'],
      ['2017', '1,5 mio. kr.', '2,0 mio. kr.'],
    ]);
    const cov = tableOf('coverage');
    expect(cov).toHaveLength(2); // industries without participants are left out
    expect(cov[1]?.[0]).toBe('10 Fødevarer');
    expect(cov[1]?.slice(3)).toEqual(['2', '162', '300', '4.200']);
  });

  it('passes clicks on a model bar to the term selection, and on a reported-rows bar to the cross-filter', () => {
    const onSelect = vi.fn();
    const onSelectTerm = vi.fn();
    render(<BreakdownsView result={result} data={data} width={800} onSelect={onSelect} onSelectTerm={onSelectTerm} />);
    tableOf('breakdown-industry');
    fireEvent.click(screen.getByRole('button', { name: '25 Metalvarer' }));
    expect(onSelectTerm).toHaveBeenCalledWith({ dimension: 'industry', key: '25' });
    expect(onSelect).not.toHaveBeenCalled();
    tableOf('breakdown-year');
    fireEvent.click(screen.getByRole('button', { name: '2016' }));
    expect(onSelect).toHaveBeenCalledWith({ dimension: 'year', key: '2016' });
  });

  it('names gain types and themes for people (da), with a readable fallback for unknown ids', () => {
    render(<BreakdownsView result={result} data={data} width={800} />);
    expect(
      tableOf('breakdown-gain-type')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Omkostningsbesparelse', 'Laser welding']);
    expect(
      tableOf('breakdown-theme')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['A', 'B']);
  });

  it('waits politely while the model and queries are not there yet', () => {
    render(<BreakdownsView result={null} data={{}} width={800} />);
    expect(screen.getByRole('heading', { name: 'Fordelinger' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
