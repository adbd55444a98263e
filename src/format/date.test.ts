import { describe, expect, it } from 'vitest';
import { formatDate } from './index';

describe('formatDate', () => {
  it.each([
    ['2017-05-03', 'long', '3. maj 2017', '3 May 2017'],
    ['2017-05-03', 'short', '03.05.2017', '03/05/2017'],
    ['2016-12-31', 'long', '31. december 2016', '31 December 2016'],
    [new Date(Date.UTC(2017, 0, 1)), 'long', '1. januar 2017', '1 January 2017'],
    [Date.UTC(2017, 9, 15), 'short', '15.10.2017', '15/10/2017'],
    ['2017-05-03T22:30:00Z', 'long', '3. maj 2017', '3 May 2017'],
    ['not a date', 'long', '–', '–'],
    ['2017-13-45', 'long', '–', '–'],
  ] as const)('%s %s → %s | %s', (v, style, da, en) => {
    expect(formatDate(v, 'da', { style })).toBe(da);
    expect(formatDate(v, 'en', { style })).toBe(en);
  });

  it('takes a time zone for instants', () => {
    expect(formatDate('2017-05-03T22:30:00Z', 'da', { timeZone: 'Europe/Copenhagen' })).toBe('4. maj 2017');
  });

  it('the time style has hours and minutes', () => {
    expect(formatDate('2017-05-03T08:05:00Z', 'en', { style: 'time' })).toMatch(/^3 May 2017,? (at )?08:05$/);
    expect(formatDate('2017-05-03T08:05:00Z', 'da', { style: 'time' })).toMatch(/^3\. maj 2017(,| kl\.)? 08[.:]05$/);
  });
});
