import { describe, expect, it } from 'vitest';
import { readSelection, writeSelection } from './model-selection';

describe('model-term selection in the URL', () => {
  it('round-trips, and keeps the cross-filters and scenario apart', () => {
    const href = writeSelection('http://x/?f.year=2016&preset=conservative', {
      theme: 'robotics',
      industry: 10,
      sizeClass: '250+',
    });
    expect(href).toContain('f.year=2016');
    expect(href).toContain('preset=conservative');
    expect(readSelection(new URL(href).search)).toEqual({ theme: 'robotics', industry: 10, sizeClass: '250+' });
  });
  it('ignores values that are no term', () => {
    expect(readSelection('?m.industry=ten&m.size_class=huge&m.theme=')).toEqual({});
  });
});
