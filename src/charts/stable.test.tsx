// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sameValue, stable } from './stable';

interface Props {
  data: { key: string; values: number[] }[];
  title: string;
  onSelect?: (key: string) => void;
}

function counted() {
  const renders: string[] = [];
  const Chart = stable(function Chart({ data, title, onSelect }: Props) {
    renders.push(title);
    return (
      <button type="button" onClick={() => onSelect?.(data[0]?.key ?? '')}>
        {title}
      </button>
    );
  });
  return { Chart, renders };
}

describe('stable charts', () => {
  it('renders again only when the props change by value, and always calls the latest handler', () => {
    const { Chart, renders } = counted();
    const picked: string[] = [];
    const data = () => [{ key: 'a', values: [1, 2] }];
    const { rerender, getByRole } = render(<Chart data={data()} title="T" onSelect={(k) => picked.push(`first ${k}`)} />);
    // New arrays and a new handler, equal by value: no second render.
    rerender(<Chart data={data()} title="T" onSelect={(k) => picked.push(`second ${k}`)} />);
    expect(renders).toEqual(['T']);
    fireEvent.click(getByRole('button'));
    expect(picked).toEqual(['second a']);
    rerender(<Chart data={[{ key: 'a', values: [1, 3] }]} title="T" onSelect={(k) => picked.push(`third ${k}`)} />);
    expect(renders).toEqual(['T', 'T']);
    rerender(<Chart data={[{ key: 'a', values: [1, 3] }]} title="U" />);
    expect(renders).toEqual(['T', 'T', 'U']);
  });

  it('compares values structurally, functions by presence and elements by identity', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ f: () => 1 }, { f: () => 2 })).toBe(true);
    expect(sameValue({ f: () => 1 }, { f: undefined })).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
    expect(sameValue(<b />, <b />)).toBe(false);
    expect(sameValue([1], { 0: 1, length: 1 })).toBe(false);
  });
});
