import { useQuery } from '@tanstack/react-query';
import { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, StackedBarChart } from '../../charts';
import type { FundingLine } from '../../db';
import { formatDkk, formatInteger } from '../../format';
import { membershipSeriesQuery, reachSeriesQuery, useEngine } from '../../queries';
import { useLang, useT } from '../../ui';
import { KIND_LABEL, KINDS, label, programmeName, sourceName, THEME_LABEL, TYPE_LABEL, TYPES } from './labels';

/** Funding sources (cash / in kind), membership growth by type, and reach over time. */
export function ProgrammeCharts({ last, theme, lines }: { last: number; theme: string | null; lines: FundingLine[] }) {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const members = useQuery(membershipSeriesQuery(engine, last));
  const reach = useQuery(reachSeriesQuery(engine, theme));
  const frameLabels = lang === 'en' ? ENGLISH_FRAME_LABELS : DEFAULT_FRAME_LABELS;
  const int = (v: number) => formatInteger(v, lang);
  const memberYears = [...new Set((members.data ?? []).map((r) => r.year))];
  const memberTypes = [...TYPES, ...new Set((members.data ?? []).map((r) => r.type).filter((x) => !TYPES.includes(x)))];
  const reachYears = [...new Set((reach.data ?? []).map((r) => r.year))].sort((a, b) => a - b);
  const reachKinds = [...KINDS, ...new Set((reach.data ?? []).map((r) => r.kind).filter((x) => !KINDS.includes(x)))];
  const totalLabel = t({ da: 'I alt', en: 'Total' });
  return (
    <>
      {lines.length > 0 ? (
        <StackedBarChart
          testId="chart-funding"
          title={t({ da: 'Finansieringskilder: kontant og naturalier', en: 'Funding sources: cash and in kind' })}
          description={t({
            da: 'Hver kilde i hvert program; den skraverede del er bidrag i naturalier (timer, udstyr).',
            en: 'Each source of each programme; the hatched part is in-kind contribution (hours, equipment).',
          })}
          categoryLabel={t({ da: 'Program: kilde', en: 'Programme: source' })}
          series={[
            { id: 'cash', name: t({ da: 'Kontant', en: 'Cash' }) },
            { id: 'in_kind', name: t({ da: 'Naturalier', en: 'In kind' }) },
          ]}
          data={lines.map((l, i) => ({
            key: String(i),
            label: `${programmeName(l.programme, t)}: ${sourceName(l.source, t)} (${l.sector === 'public' ? t({ da: 'offentlig', en: 'public' }) : t({ da: 'privat', en: 'private' })})`,
            values: [l.cashDkk, l.inKindDkk],
          }))}
          formatValue={(v) => formatDkk(v, lang, { compact: true })}
          totalLabel={totalLabel}
          horizontal
          frameLabels={frameLabels}
        />
      ) : null}
      {members.data && members.data.length > 0 ? (
        <StackedBarChart
          testId="chart-membership"
          title={t({ da: 'Medlemmer ved årets udgang efter type', en: 'Members at the end of each year by type' })}
          description={t({
            da: 'Syntetiske medlemsrækker; totalerne 2014, 2017, 2019 og 2020 er offentlige tal.',
            en: 'Synthetic member rows; the totals of 2014, 2017, 2019 and 2020 are public figures.',
          })}
          categoryLabel={t({ da: 'År', en: 'Year' })}
          series={memberTypes.map((x) => ({ id: x, name: label(TYPE_LABEL, x, t) }))}
          data={memberYears.map((y) => ({
            key: String(y),
            label: String(y),
            values: memberTypes.map((x) => members.data.find((r) => r.year === y && r.type === x)?.members ?? 0),
          }))}
          formatValue={int}
          totalLabel={totalLabel}
          frameLabels={frameLabels}
        />
      ) : null}
      {reach.data && reach.data.length > 0 ? (
        <StackedBarChart
          testId="chart-reach"
          title={t({
            da: 'Rækkevidde: deltagere pr. år efter aktivitetsart',
            en: 'Reach: participants per year by kind of activity',
          })}
          description={
            theme
              ? t({ da: `Kun temaet ${label(THEME_LABEL, theme, t)}.`, en: `Theme ${label(THEME_LABEL, theme, t)} only.` })
              : t({
                  da: 'Alle temaer. Syntetiske aktivitetsrækker; summerne til og med 2017 er offentlige tal.',
                  en: 'All themes. Synthetic activity rows; the sums through 2017 are public figures.',
                })
          }
          categoryLabel={t({ da: 'År', en: 'Year' })}
          series={reachKinds.map((k) => ({ id: k, name: label(KIND_LABEL, k, t) }))}
          data={reachYears.map((y) => ({
            key: String(y),
            label: String(y),
            values: reachKinds.map((k) => reach.data.find((r) => r.year === y && r.kind === k)?.participants ?? 0),
          }))}
          formatValue={int}
          totalLabel={totalLabel}
          frameLabels={frameLabels}
        />
      ) : null}
    </>
  );
}
