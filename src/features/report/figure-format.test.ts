import { expect, it } from 'vitest';
import { formatParam } from './figure-format';

it('shows years as codes, shares in percent, flags and large amounts in words the reader knows', () => {
  expect(formatParam(2017, 'number', 'da', 'year')).toBe('2017');
  expect(formatParam(0.15, 'share', 'da')).toBe('15,0 %');
  expect(formatParam(0.15, 'share', 'en')).toBe('15.0%');
  expect(formatParam(true, 'boolean', 'da')).toBe('ja');
  expect(formatParam(64_000_000, 'number', 'da')).toBe('64,0 mio. kr.');
  expect(formatParam('theme', 'choice', 'en')).toBe('theme');
});
