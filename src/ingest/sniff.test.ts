import { describe, expect, it } from 'vitest';
import { sniffDialect, type Dialect } from './sniff';

const rows = (delim: string, nl = '\n') =>
  [
    ['project_id', 'theme', 'nace', 'annual_gain_dkk'],
    ['P1', 'robots', '25', '1234.5'],
    ['P2', 'digital', '28', '99'],
    ['P3', 'lean', '10', '7'],
  ]
    .map((r) => r.join(delim))
    .join(nl) + nl;

describe('sniffDialect', () => {
  const cases: [string, string, Partial<Dialect>][] = [
    ['comma, LF', rows(','), { delimiter: ',', newline: '\n' }],
    ['semicolon, CRLF', rows(';', '\r\n'), { delimiter: ';', newline: '\r\n' }],
    ['tab', rows('\t'), { delimiter: '\t' }],
    ['pipe', rows('|'), { delimiter: '|' }],
    [
      'Danish Excel: ; with decimal commas in every row',
      'projekt_id;tema;årlig_gevinst_dkk\r\nP1;robotter;1.234.567,50\r\nP2;lean;2.000,25\r\nP3;lean;7,5\r\n',
      { delimiter: ';', newline: '\r\n' },
    ],
    ['quoted commas inside a ;-file do not count', 'a;b;c\n"x, y, z";1;2\n"p, q";3;4\nr;5;6\n', { delimiter: ';' }],
    ['quoted semicolons inside a ,-file do not count', 'a,b,c\n"x; y; z",1,2\n"p;q;r;s",3,4\nr,5,6\n', { delimiter: ',' }],
    [
      'quoted newlines and escaped quotes',
      'a,b\n"line one\nline two; still",1\n"he said ""hi""; ok",2\n',
      { delimiter: ',', newline: '\n' },
    ],
    ['CRLF inside a quoted field does not decide the newline', 'a;b\n"x\r\ny";1\nz;2\n', { delimiter: ';', newline: '\n' }],
    ['header and one row', 'a|b|c\n1|2|3', { delimiter: '|' }],
    ['a title line above the header', 'Report 2024\na\tb\tc\n1\t2\t3\n4\t5\t6\n', { delimiter: '\t' }],
    ['one column without any delimiter', 'name\nalpha\nbeta\n', { delimiter: ',' }],
    [
      'one column with commas in the text: a delimiter absent from the file',
      'comment\nhello, world\nfine\nok\n',
      { delimiter: ';' },
    ],
    ['empty sample', '', { delimiter: ',', newline: '\n' }],
    ['BOM at the start', '\uFEFFa;b\n1;2\n', { delimiter: ';' }],
    ['blank lines are not records', 'a,b\n\n1,2\n\n3,4\n', { delimiter: ',' }],
  ];
  it.each(cases)('%s', (_name, sample, expected) => {
    expect(sniffDialect(sample)).toMatchObject({ quote: '"', ...expected });
  });

  it('ignores a last record the 64 KB sample cut short', () => {
    const line = 'P1;robots;25;1.234,50\n';
    const sample = ('a;b;c;d\n' + line.repeat(5000)).slice(0, 65536); // ends mid-record
    expect(sniffDialect(sample).delimiter).toBe(';');
  });

  it('bounds the work on an unterminated quote in a huge sample', () => {
    const t = performance.now();
    expect(sniffDialect('a,b\n"' + 'x'.repeat(5_000_000)).delimiter).toBe(',');
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
