import { describe, expect, it } from 'vitest';
import type { RejectedRow } from '../../db';
import { localisedRejects, rejectText } from './reject-text';

const row = (r: Partial<RejectedRow>): RejectedRow => ({ line: 2, column: 'x', value: 'v', reason: 'English', ...r });

// Reasons are worded from their code in the UI's language, never repeating the line and column the table shows.
describe('rejectText', () => {
  it.each([
    [{ code: 'not-number' }, 'er ikke et tal', 'is not a number'],
    [{ code: 'below', arg: '1990' }, 'er under 1.990', 'is below 1,990'],
    [{ code: 'above', arg: '10000000000000' }, 'er over 10.000.000.000.000', 'is above 10,000,000,000,000'],
    [{ code: 'status' }, 'er hverken realiseret eller forventet', 'is neither realised nor expected'],
    [
      { code: 'conflict', arg: '17', company: 'C004', firstLine: 5 },
      'modstrider 17 for virksomhed C004 (linje 5)',
      'conflicts with 17 for company C004 (line 5)',
    ],
    [
      { code: 'conflict', arg: null, company: 'C1', firstLine: 3 },
      'modstrider en tom værdi for virksomhed C1 (linje 3)',
      'conflicts with an empty value for company C1 (line 3)',
    ],
    [{ code: 'unreadable', arg: 'too many columns' }, 'linjen har for mange kolonner', 'the line has too many columns'],
    [{ code: 'unreadable', arg: 'something new' }, 'linjen kunne ikke læses', 'the line could not be read'],
  ] as const)('%j', (r, da, en) => {
    expect(rejectText(row(r), 'da')).toBe(da);
    expect(rejectText(row(r), 'en')).toBe(en);
  });

  it('keeps the reader’s sentence for a row without a code, and localises a list', () => {
    expect(rejectText(row({}), 'da')).toBe('English');
    expect(localisedRejects([row({ code: 'required' })], 'da')).toEqual([
      row({ code: 'required', reason: 'mangler (skal udfyldes)' }),
    ]);
  });
});
