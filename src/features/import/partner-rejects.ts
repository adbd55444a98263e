import type { RejectedRow } from '../../db';
import type { Locale } from '../../format';
import { rejectText } from './reject-text';

/**
 * The rejected rows as the partner sent them, to send back: line, the partner's own columns, then per problem its
 * code and text in the chosen language (`problem_1_code`, `problem_1_text`, …), one row per rejected line.
 */
export function partnerRejects(
  columns: readonly string[],
  rows: readonly Record<string, string | null>[],
  rejected: readonly RejectedRow[],
  lang: Locale,
): { columns: string[]; rows: Record<string, string | null>[] } {
  const byLine = new Map<string, RejectedRow[]>();
  for (const r of rejected) byLine.set(String(r.line), [...(byLine.get(String(r.line)) ?? []), r]);
  const most = Math.max(1, ...rows.map((r) => byLine.get(r.line ?? '')?.length ?? 0));
  const label =
    lang === 'da' ? { line: 'linje', code: 'problem', text: 'tekst' } : { line: 'line', code: 'problem', text: 'text' };
  const extra = Array.from({ length: most }, (_, i) => [`${label.code}_${i + 1}`, `${label.code}_${i + 1}_${label.text}`]);
  return {
    columns: [label.line, ...columns, ...extra.flat()],
    rows: rows.map((row) => {
      const problems = byLine.get(row.line ?? '') ?? [];
      const out: Record<string, string | null> = { [label.line]: row.line ?? null };
      for (const c of columns) out[c] = row[c] ?? null;
      extra.forEach(([code = '', text = ''], i) => {
        const p = problems[i];
        out[code] = p ? `${p.code ?? 'other'}:${p.column}` : null;
        out[text] = p ? `${p.column}: ${rejectText(p, lang)}` : null;
      });
      return out;
    }),
  };
}
