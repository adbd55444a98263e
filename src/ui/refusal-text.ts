import { formatInteger, formatNumber, type Locale } from '../format';
import type { Text } from './i18n';

/**
 * A file the input guard refused, by the guard's own codes (the shapes of src/ingest's InputProblem, restated here
 * because ui/ imports only format/; the compiler checks the two agree wherever one is passed as the other).
 */
export type GuardRefusal =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'binary'; format: string }
  | { code: 'too-many-columns'; columns: number; limit: number }
  | { code: 'line-too-long'; bytes: number; limit: number }
  | { code: 'headers-only'; columns: number }
  | { code: 'not-workbook' }
  | { code: 'far-cell'; cell: string; limit: number }
  | { code: 'blank-lines'; lines: number; limit: number };

/** A byte count as people say it: 0,9 MB, 2,1 GB (binary units, as the browser's limits are). */
export function formatBytes(bytes: number, lang: Locale): string {
  const kib = 1024;
  if (bytes >= kib ** 3) return `${formatNumber(bytes / kib ** 3, lang, { decimals: 1 })} GB`;
  if (bytes >= kib ** 2) return `${formatNumber(bytes / kib ** 2, lang, { decimals: 1 })} MB`;
  if (bytes >= kib) return `${formatNumber(bytes / kib, lang, { decimals: 0 })} KB`;
  return `${formatInteger(bytes, lang)} bytes`;
}

/** Why the guard refused a file, and what to do about it, in both languages: every import shows these. */
export function refusalText(p: GuardRefusal, lang: Locale): { why: Text; action: Text } {
  const n = (v: number) => formatInteger(v, lang);
  const b = (v: number) => formatBytes(v, lang);
  switch (p.code) {
    case 'empty':
      return {
        why: { da: 'filen er tom.', en: 'the file is empty.' },
        action: {
          da: 'Vælg en CSV-, Excel- eller Parquet-fil med en overskriftslinje og mindst én række.',
          en: 'Choose a CSV, Excel or Parquet file with a header line and at least one row.',
        },
      };
    case 'too-large':
      return {
        why: {
          da: `filen fylder ${b(p.bytes)}; denne browser kan højst importere ${b(p.limit)}.`,
          en: `the file is ${b(p.bytes)}; this browser can import at most ${b(p.limit)}.`,
        },
        action: {
          da: 'Del filen op (fx pr. år) og importér delene hver for sig, eller fjern kolonner, der ikke bruges.',
          en: 'Split the file (by year, say) and import the parts one by one, or drop columns that are not used.',
        },
      };
    case 'binary':
      return {
        why: {
          da: `det er ikke en tekstfil (${p.format === 'binary' ? 'binære data' : p.format}).`,
          en: `it is not a text file (${p.format === 'binary' ? 'binary data' : p.format}).`,
        },
        action: {
          da: 'Gem data som CSV (UTF-8), Excel-projektmappe (.xlsx) eller Parquet, og prøv igen.',
          en: 'Save the data as CSV (UTF-8), an Excel workbook (.xlsx) or Parquet, and try again.',
        },
      };
    case 'too-many-columns':
      return {
        why: {
          da: `filen har ${n(p.columns)} kolonner; højst ${n(p.limit)} kan læses.`,
          en: `the file has ${n(p.columns)} columns; at most ${n(p.limit)} can be read.`,
        },
        action: {
          da: 'Fjern de kolonner, der ikke skal bruges, eller tjek at skilletegnet er rigtigt.',
          en: 'Remove the columns that are not needed, or check that the delimiter is right.',
        },
      };
    case 'line-too-long':
      return {
        why: {
          da: `første linje er ${b(p.bytes)} lang uden linjeskift; en overskriftslinje må højst være ${b(p.limit)}.`,
          en: `the first line is ${b(p.bytes)} long without a line break; a header line may be at most ${b(p.limit)}.`,
        },
        action: {
          da: 'Tjek at filen er en tabel med overskrifter på første linje og én række pr. linje.',
          en: 'Check that the file is a table with headers on the first line and one row per line.',
        },
      };
    case 'headers-only':
      return {
        why: {
          da: `filen har kun overskrifter (${n(p.columns)} kolonner) og ingen rækker.`,
          en: `the file has only headers (${n(p.columns)} columns) and no rows.`,
        },
        action: {
          da: 'Tilføj rækkerne under overskrifterne, og importér igen.',
          en: 'Add the rows below the headers and import again.',
        },
      };
    case 'not-workbook':
      return {
        why: {
          da: 'filen er ikke en læsbar Excel-projektmappe (.xlsx).',
          en: 'the file is not a readable Excel workbook (.xlsx).',
        },
        action: {
          da: 'Åbn filen i Excel og gem den igen som Excel-projektmappe (.xlsx) eller CSV (UTF-8), og prøv igen.',
          en: 'Open the file in Excel and save it again as an Excel workbook (.xlsx) or CSV (UTF-8), and try again.',
        },
      };
    case 'far-cell':
      return {
        why: {
          da: `arket har en celle helt ude ved ${p.cell}; gitteret op til den er over ${n(p.limit)} celler.`,
          en: `the sheet has a cell as far out as ${p.cell}; the grid up to it is over ${n(p.limit)} cells.`,
        },
        action: {
          da: 'Slet de fjerne celler (Ctrl+End viser den sidste), gem og importér igen.',
          en: 'Delete the far-away cells (Ctrl+End shows the last one), save and import again.',
        },
      };
    case 'blank-lines':
      return {
        why: {
          da: `filen har ${n(p.lines)} tomme linjer; højst ${n(p.limit)} er tilladt.`,
          en: `the file has ${n(p.lines)} blank lines; at most ${n(p.limit)} are allowed.`,
        },
        action: {
          da: 'Fjern de tomme linjer, gem og importér igen.',
          en: 'Remove the blank lines, save and import again.',
        },
      };
  }
}
