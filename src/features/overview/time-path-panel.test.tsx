// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { formatDkk } from '../../format';
import { dkk, evaluate, presetById } from '../../model';
import { SMALL } from '../../model/test-fixtures';
import { TimePathPanel } from './time-path-panel';

it("draws the model's time path: one row per year, Danish amounts, the payback year marked", () => {
  const result = evaluate(SMALL, { ...presetById('damvad-2017').params, public_funding_dkk: dkk(1e6) });
  render(<TimePathPanel result={result} width={800} />);
  const frame = screen.getByTestId('time-path');
  fireEvent.click(within(frame).getByRole('button', { name: 'Vis som tabel' }));
  const rows = within(frame)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].map((c) => c.textContent));
  expect(rows).toHaveLength(result.params.horizon_years);
  const first = result.timePath[0];
  expect(rows[0]?.slice(1)).toEqual([
    formatDkk(first?.socialGain ?? NaN, 'da', { compact: true }),
    formatDkk(first?.cumulativeAttributed ?? NaN, 'da', { compact: true }),
  ]);
  expect(result.payback).not.toBeNull();
  expect(rows.filter((r) => r[0]?.includes('(Tilbagebetalt)')).map((r) => r[0])).toEqual([
    `${result.payback?.value} (Tilbagebetalt)`,
  ]);
});
