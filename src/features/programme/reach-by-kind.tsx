import type { ReachStatus } from '../../db';
import { formatInteger } from '../../format';
import { useLang, useT } from '../../ui';
import { KIND_LABEL, KINDS, label } from './labels';

/** Activities and participants by kind, from the start through the view's year. */
export function ReachByKind({ reach, year }: { reach: ReachStatus; year: number }) {
  const t = useT();
  const { lang } = useLang();
  const rows = [...reach.byKind].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  return (
    <div className="chart" style={{ overflowX: 'auto' }}>
      <table className="chart-table" data-testid="programme-by-kind">
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>
          {t({ da: `Aktiviteter til og med ${year} efter art`, en: `Activities up to ${year} by kind` })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Art', en: 'Kind' })}</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t({ da: 'Aktiviteter', en: 'Activities' })}
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t({ da: 'Deltagere', en: 'Participants' })}
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t({ da: 'Virksomhedsdeltagelser', en: 'Company participations' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind} data-testid={`kind-${r.kind}`} data-activities={r.activities} data-participants={r.participants}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                {label(KIND_LABEL, r.kind, t)}
              </th>
              <td style={{ textAlign: 'right' }}>{formatInteger(r.activities, lang)}</td>
              <td style={{ textAlign: 'right' }}>{formatInteger(r.participants, lang)}</td>
              <td style={{ textAlign: 'right' }}>{formatInteger(r.participatingCompanies, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
