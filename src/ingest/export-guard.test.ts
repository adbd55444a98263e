import { describe, expect, it } from 'vitest';
import { isNeutralised, neutraliseFormula } from './export-guard';

describe('neutraliseFormula: the one formula guard', () => {
  it.each([
    ['=', '=1+1'],
    ['+', "+1+cmd|' /C calc'!A0"],
    ['-', '-2+3'],
    ['- then letters', '-A1'],
    ['@', '@SUM(1,1)'],
    ['tab', '\t=1+1'],
    ['tab alone', '\tplain'],
    ['CR', '\r=1+1'],
    ['NUL (ASVS 1.2.10)', '\0=1+1'],
    ['full-width =', '＝1+1'],
    ['full-width +', '＋1+1'],
    ['full-width -', '－1+1'],
    ['full-width @', '＠SUM(A1)'],
    ['full-width sign on full-width digits', '－５'],
    ['small =', '﹦1+1'],
    ['small +', '﹢1+1'],
    ['small -', '﹣1+1'],
    ['small @', '﹫SUM(A1)'],
    ['minus sign U+2212', '−1+1'],
    ['space then =', ' =1+1'],
    ['spaces then +', '   +1+1'],
    ['NBSP then =', '\u00A0=1+1'],
    ['LF then =', '\n=1+1'],
    ['zero-width space then =', '\u200B=1+1'],
    ['right-to-left override then =', '\u202E=1+1'],
    ['BOM then @', '\uFEFF@x'],
    ['space then full-width =', ' ＝1+1'],
    ['lone -', '-'],
    ['number then operator', '-1+2'],
  ])('prefixes %s', (_name, s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(isNeutralised(s, neutraliseFormula(s))).toBe(true);
    expect(isNeutralised(s, s)).toBe(false);
  });

  it.each([
    ['plain', 'plain'],
    ['empty', ''],
    ['= inside', 'a=b'],
    ['negative integer', '-5'],
    ['negative decimal comma', '-12,5'],
    ['negative decimal point', '-3.25'],
    ['grouped Danish', '-1.234,5'],
    ['explicit plus', '+45'],
    ['exponent', '-2e3'],
    ['leading space, no trigger', '  text'],
    ['apostrophe already', "'=1"],
  ])('leaves %s alone', (_name, s) => {
    expect(neutraliseFormula(s)).toBe(s);
    expect(isNeutralised(s, s)).toBe(true);
  });
});
