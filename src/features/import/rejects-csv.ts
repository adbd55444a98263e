import type { ImportResult } from '../../queries';

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // A cell a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection guidance).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function rejectsToCsv(rows: ImportResult['rejected']): string {
  return ['line,column,value,reason', ...rows.map((r) => [r.line, r.column, r.value, r.reason].map(cell).join(','))].join('\r\n');
}
