import { expect, it } from 'vitest';
import { formatByUnit } from './by-unit';

it('formats a figure by its unit in Danish and English', () => {
  expect(formatByUnit(8_390_013_563, 'DKK', 'da')).toBe('8,4 mia. kr.');
  expect(formatByUnit(8_390_013_563, 'DKK', 'en')).toBe('DKK 8.4bn');
  expect(formatByUnit(812_992_314, 'EUR', 'da')).toBe('813 mio. EUR');
  expect(formatByUnit(0.72675, 'share', 'en')).toBe('72.7%');
  expect(formatByUnit(2017, 'year', 'da')).toBe('2017');
});
