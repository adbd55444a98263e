import { describe, expect, it } from 'vitest';
import { partnerRejects } from './partner-rejects';

describe('rejected rows to send back to the partner', () => {
  it('keeps the partner’s columns and adds each problem’s code and Danish text', () => {
    const out = partnerRejects(
      ['proj', 'beloeb', 'aar'],
      [{ line: '5', proj: 'PB3', beloeb: 'mange', aar: '1890' }],
      [
        { line: 5, column: 'annual_gain_dkk', value: 'mange', reason: 'x', code: 'not-number' },
        { line: 5, column: 'year', value: '1890', reason: 'x', code: 'below', arg: '1990' },
      ],
      'da',
    );
    expect(out.columns).toEqual([
      'linje',
      'proj',
      'beloeb',
      'aar',
      'problem_1',
      'problem_1_tekst',
      'problem_2',
      'problem_2_tekst',
    ]);
    expect(out.rows).toEqual([
      {
        linje: '5',
        proj: 'PB3',
        beloeb: 'mange',
        aar: '1890',
        problem_1: 'not-number:annual_gain_dkk',
        problem_1_tekst: 'annual_gain_dkk: er ikke et tal',
        problem_2: 'below:year',
        problem_2_tekst: 'year: er under 1.990',
      },
    ]);
  });
});
