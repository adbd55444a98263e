// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VirtualTable } from './virtual-table';

const rows = Array.from({ length: 1_000_000 }, (_, i) => ({ id: i, name: `row ${i}` }));

function setup(onSort = vi.fn(), onRange = vi.fn()) {
  render(
    <VirtualTable
      testId="t"
      caption="Test"
      columns={[{ name: 'id', numeric: true }, { name: 'name' }]}
      total={rows.length}
      rowAt={(i) => rows[i]}
      onRange={onRange}
      sort={{ column: 'id', desc: true }}
      onSort={onSort}
      formatCell={(v) => String(v)}
      height={280}
    />,
  );
  return { onSort, onRange };
}

describe('VirtualTable', () => {
  it('renders only the rows in view out of a million', () => {
    setup();
    const body = screen.getByTestId('t').querySelector('tbody')!;
    const count = within(body).getAllByRole('row').length;
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(40);
    expect(within(body).getByText('row 0')).toBeInTheDocument();
  });

  it('shows rows further down after scrolling, and reports the visible range', () => {
    const { onRange } = setup();
    const box = screen.getByTestId('t');
    box.scrollTop = 28 * 500_000;
    fireEvent.scroll(box);
    expect(within(box.querySelector('tbody')!).getByText('row 500000')).toBeInTheDocument();
    expect(onRange).toHaveBeenCalledWith(500_000, 500_010);
  });

  it('marks the sorted column for assistive tech and asks the owner to sort on click', () => {
    const { onSort } = setup();
    const header = screen.getByRole('columnheader', { name: /id/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    fireEvent.click(within(screen.getByRole('columnheader', { name: /name/ })).getByRole('button'));
    expect(onSort).toHaveBeenCalledWith('name');
  });
});
