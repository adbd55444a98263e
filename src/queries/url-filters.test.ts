import { describe, expect, it } from 'vitest';
import { readFilters, writeFilters } from './url-filters';

describe('cross-filters in the URL', () => {
  it('round-trip, keep other parameters, and ignore unknown dimensions', () => {
    const href = writeFilters('http://127.0.0.1/?preset=conservative#/overview', { theme: 'robots & co', industry: '25' });
    expect(href).toContain('preset=conservative');
    expect(href.endsWith('#/overview')).toBe(true);
    expect(readFilters(new URL(href).search)).toEqual({ theme: 'robots & co', industry: '25' });
    expect(readFilters('?f.colour=red&f.year=2016')).toEqual({ year: '2016' });
  });
  it('removes a dimension that is no longer set', () => {
    const href = writeFilters('http://127.0.0.1/?f.theme=robots&f.year=2016', { year: '2016' });
    expect(readFilters(new URL(href).search)).toEqual({ year: '2016' });
  });
});
