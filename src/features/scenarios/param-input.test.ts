import { describe, expect, it } from 'vitest';
import { paramSpec, type NumberSpec } from '../../model';
import {
  fieldToValue,
  fromSlider,
  isLogScale,
  LOG_STEPS,
  parseUserNumber,
  sliderStep,
  toFieldText,
  toSlider,
} from './param-input';

const share = paramSpec('adoption_ceiling') as NumberSpec;
const funding = paramSpec('public_funding_dkk') as NumberSpec;
const horizon = paramSpec('horizon_years') as NumberSpec;

describe('typing numbers', () => {
  it("reads both decimal marks and each locale's thousands grouping", () => {
    expect(parseUserNumber('12,5', 'da')).toEqual({ ok: true, value: 12.5 });
    expect(parseUserNumber('12.5', 'da')).toEqual({ ok: true, value: 12.5 });
    expect(parseUserNumber('64.000.000', 'da')).toEqual({ ok: true, value: 64_000_000 });
    expect(parseUserNumber('64,000,000', 'en')).toEqual({ ok: true, value: 64_000_000 });
    expect(parseUserNumber('1 234,5', 'da')).toEqual({ ok: true, value: 1234.5 });
    expect(parseUserNumber('−3', 'da')).toEqual({ ok: true, value: -3 });
  });

  it('refuses what is not a number instead of guessing', () => {
    for (const bad of ['', '   ', 'abc', '1,2,3', '12..5', '5e', 'NaN', 'Infinity', '0x10'])
      expect(parseUserNumber(bad, 'da').ok, bad).toBe(false);
  });

  it('shares are typed in percent and checked against the range', () => {
    expect(fieldToValue(share, '50', 'da')).toEqual({ ok: true, value: 0.5 });
    expect(fieldToValue(share, '50 %', 'en')).toEqual({ ok: true, value: 0.5 });
    const over = fieldToValue(share, '150', 'en');
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.reason.en).toBe('Must be between 0% and 100%.');
    expect(fieldToValue(horizon, '2,5', 'da').ok).toBe(false);
    expect(fieldToValue(funding, '0', 'en').ok).toBe(false);
  });

  it('shows the model value in the field without float noise', () => {
    expect(toFieldText(share, 0.145, 'da')).toBe('14,5');
    expect(toFieldText(share, 0.07, 'en')).toBe('7');
    expect(toFieldText(funding, 64_000_000, 'da')).toBe('64.000.000');
    expect(toFieldText(funding, 64_000_000, 'en')).toBe('64,000,000');
    expect(fieldToValue(funding, toFieldText(funding, 183_500_000, 'da'), 'da')).toEqual({ ok: true, value: 183_500_000 });
  });

  it('slides public funding on a log scale, to round values, from 1 kr. to 1.000 mia. kr.', () => {
    expect(isLogScale(funding)).toBe(true);
    expect(isLogScale(share)).toBe(false);
    expect(fromSlider(funding, 0)).toBe(1);
    expect(fromSlider(funding, LOG_STEPS)).toBe(1e12);
    // 64 mio. sits about two thirds along (log10 64e6 / 12 ≈ 0.65), and comes back as itself.
    expect(toSlider(funding, 64_000_000)).toBe(651);
    expect(fromSlider(funding, toSlider(funding, 64_000_000)) / 64_000_000).toBeCloseTo(1, 1);
    expect(String(fromSlider(funding, 652))).toMatch(/^\d{2,3}0+$/);
  });

  it('slider steps are readable', () => {
    expect(sliderStep(share)).toBe(0.5);
    expect(sliderStep(horizon)).toBe(1);
  });
});
