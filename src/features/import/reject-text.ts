import type { RejectCode, RejectedRow } from '../../db';
import { formatInteger, type Locale } from '../../format';
import type { Text } from '../../ui';

// DuckDB's reader names a record it could not read by an English error type; these are the ones it has.
const UNREADABLE: Record<string, Text> = {
  'too many columns': { da: 'linjen har for mange kolonner', en: 'the line has too many columns' },
  'missing columns': { da: 'linjen har for få kolonner', en: 'the line has too few columns' },
  'unquoted value': { da: 'et anførselstegn er ikke lukket', en: 'a quote is not closed' },
  'line size over maximum': { da: 'linjen er for lang', en: 'the line is too long' },
  'invalid unicode': { da: 'linjen har ugyldige tegn', en: 'the line has invalid characters' },
};

function number(arg: string | null | undefined, lang: Locale): string {
  const v = Number(arg);
  return arg === null || arg === undefined || arg === '' || !Number.isFinite(v) ? (arg ?? '') : formatInteger(v, lang);
}

function codeText(r: RejectedRow & { code: RejectCode }, lang: Locale): Text {
  const arg = number(r.arg, lang);
  switch (r.code) {
    case 'required':
      return { da: 'mangler (skal udfyldes)', en: 'is empty (required)' };
    case 'not-number':
      return { da: 'er ikke et tal', en: 'is not a number' };
    case 'ambiguous':
      return {
        da: 'er tvetydigt: intet andet i filen viser, om komma eller punktum er decimaltegnet',
        en: "is ambiguous: the file gives no other evidence whether ',' or '.' is the decimal separator",
      };
    case 'not-whole':
      return { da: 'er ikke et helt tal', en: 'is not a whole number' };
    case 'not-finite':
      return { da: 'er ikke et endeligt tal', en: 'is not a finite number' };
    case 'below':
      return { da: `er under ${arg}`, en: `is below ${arg}` };
    case 'above':
      return { da: `er over ${arg}`, en: `is above ${arg}` };
    case 'not-division':
      return {
        da: 'er ikke en branche i fremstillingsindustrien (10–33) i populationstabellen',
        en: 'is not a manufacturing division (10–33) in the population table',
      };
    case 'over-employees':
      return { da: 'er flere end antal ansatte', en: 'is more than employees' };
    case 'size-class':
      return {
        da: 'er ikke en størrelsesklasse (0-9, 10-49, 50-249, 250+)',
        en: 'is not a size class (0-9, 10-49, 50-249, 250+)',
      };
    case 'size-mismatch':
      return { da: 'passer ikke til antal ansatte', en: 'does not match employees' };
    case 'status':
      return {
        da: 'er hverken realiseret eller forventet',
        en: 'is neither realised nor expected',
      };
    case 'conflict': {
      const first = r.firstLine ?? '?';
      return r.arg === null || r.arg === undefined
        ? {
            da: `modstrider en tom værdi for virksomhed ${r.company ?? ''} (linje ${first})`,
            en: `conflicts with an empty value for company ${r.company ?? ''} (line ${first})`,
          }
        : {
            da: `modstrider ${arg} for virksomhed ${r.company ?? ''} (linje ${first})`,
            en: `conflicts with ${arg} for company ${r.company ?? ''} (line ${first})`,
          };
    }
    case 'unreadable':
      return UNREADABLE[r.arg ?? ''] ?? { da: 'linjen kunne ikke læses', en: 'the line could not be read' };
  }
}

/**
 * Why a row was rejected, in the UI's language and without the line and column the table already shows. A row
 * from a reader that gives no code (the reference tables) keeps its English sentence.
 */
export function rejectText(r: RejectedRow, lang: Locale): string {
  return r.code ? codeText({ ...r, code: r.code }, lang)[lang] : r.reason;
}

/** The rows with their reasons in the UI's language, for the rejected-rows table and its download. */
export function localisedRejects<R extends RejectedRow>(rows: readonly R[], lang: Locale): R[] {
  return rows.map((r) => ({ ...r, reason: rejectText(r, lang) }));
}
