import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, shownText } from './result-view';

describe('console result cells', () => {
  it('show at most MAX_CELL_CHARS of a huge value and say how long it is', () => {
    const huge = 'x'.repeat(100_000_000);
    const en = shownText(huge, 'en');
    expect(en.length).toBeLessThan(MAX_CELL_CHARS + 60);
    expect(en).toMatch(/… \(100,000,000 characters in all\)$/);
    expect(shownText(huge, 'da')).toMatch(/… \(100\.000\.000 tegn i alt\)$/);
    expect(shownText('short', 'en')).toBe('short');
  });
});
