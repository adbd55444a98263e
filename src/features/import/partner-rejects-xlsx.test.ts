import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxDownload } from '../../ingest';
import { partnerRejects } from './partner-rejects';

// The rejects XLSX for the partner opens in a real spreadsheet (LibreOffice) with the partner's columns, the line
// and each problem's code and Danish text; a cell that looks like a formula stays text.

// Calc is what opens the .xlsx; a machine with only Writer installed cannot run this check.
const soffice = existsSync('/usr/lib/libreoffice/program/libsclo.so')
  ? ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p))
  : undefined;
if (!soffice) console.log('partner-rejects-xlsx: LibreOffice Calc is not installed here; the spreadsheet check is skipped');
const dir = mkdtempSync(join(tmpdir(), 'spillover-rejects-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rejected rows for the partner as XLSX', () => {
  // LibreOffice's own start takes most of the time: seconds on a quiet machine, past 30 s on a loaded one.
  it.skipIf(!soffice)(
    'opens in LibreOffice with the partner’s columns, the line and Danish reasons',
    () => {
      const out = partnerRejects(
        ['proj', 'beloeb', 'aar', 'note'],
        [
          { line: '5', proj: 'PB3', beloeb: 'mange', aar: '1890', note: '=HYPERLINK("http://x")' },
          { line: '9', proj: 'PB7', beloeb: '12', aar: '2024', note: 'æøå' },
        ],
        [
          { line: 5, column: 'annual_gain_dkk', value: 'mange', reason: 'x', code: 'not-number' },
          { line: 5, column: 'year', value: '1890', reason: 'x', code: 'below', arg: '1990' },
          { line: 9, column: 'theme', value: null, reason: 'x', code: 'required' },
        ],
        'da',
      );
      const file = xlsxDownload(out.rows, 'afviste.xlsx', 'Afviste rækker', out.columns);
      writeFileSync(join(dir, file.fileName), file.bytes);
      execFileSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          join(dir, file.fileName),
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const csv = readFileSync(join(dir, 'afviste.csv'), 'utf8').trim().split('\n');
      expect(csv[0]).toBe('linje,proj,beloeb,aar,note,problem_1,problem_1_tekst,problem_2,problem_2_tekst');
      expect(csv[1]).toMatch(/^5,PB3,mange,1890,"?'=HYPERLINK\(""http:\/\/x""\)"?,not-number:annual_gain_dkk,/);
      expect(csv[1]).toContain('er ikke et tal');
      expect(csv[2]).toMatch(/^9,PB7,12,2024,æøå,required:theme,/);
    },
    120_000,
  );
});
