import type { FundingLine, ProgrammeFunding } from '../../db';
import { formatDkk, formatRatio } from '../../format';
import { useLang, useT } from '../../ui';
import { label, programmeName, PROVENANCE_LABEL, sourceName } from './labels';

const num = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** Each programme's public and private funding, cash and in kind apart, with its leverage; then every line with its provenance. */
export function FundingTable({ data }: { data: { lines: FundingLine[]; programmes: ProgrammeFunding[] } }) {
  const t = useT();
  const { lang } = useLang();
  const dkk = (v: number) => formatDkk(v, lang, { compact: true });
  return (
    <div className="chart" style={{ overflowX: 'auto' }}>
      <table className="chart-table" data-testid="programme-funding">
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>
          {t({ da: 'Finansiering og gearing pr. program', en: 'Funding and leverage by programme' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Program', en: 'Programme' })}</th>
            <th scope="col">{t({ da: 'Periode', en: 'Period' })}</th>
            <th scope="col" style={num}>
              {t({ da: 'Offentlig, kontant', en: 'Public, cash' })}
            </th>
            <th scope="col" style={num}>
              {t({ da: 'Offentlig, naturalier', en: 'Public, in kind' })}
            </th>
            <th scope="col" style={num}>
              {t({ da: 'Privat, kontant', en: 'Private, cash' })}
            </th>
            <th scope="col" style={num}>
              {t({ da: 'Privat, naturalier', en: 'Private, in kind' })}
            </th>
            <th scope="col" style={num}>
              {t({ da: 'Gearing', en: 'Leverage' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.programmes.map((p) => (
            <tr key={p.programme} data-testid="funding-programme" data-programme={p.programme} data-leverage={p.leverage ?? ''}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                {programmeName(p.programme, t)}
              </th>
              <td>{p.periodStart === p.periodEnd ? p.periodStart : `${p.periodStart}–${p.periodEnd}`}</td>
              <td style={num}>{dkk(p.publicCashDkk)}</td>
              <td style={num}>{dkk(p.publicInKindDkk)}</td>
              <td style={num}>{dkk(p.privateCashDkk)}</td>
              <td style={num}>{dkk(p.privateInKindDkk)}</td>
              <td style={num}>{p.leverage === null ? '–' : formatRatio(p.leverage, lang, { decimals: 2 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t({ da: 'Finansieringslinjer og deres oprindelse', en: 'Funding lines and where they come from' })}</summary>
        <table className="chart-table" data-testid="programme-funding-lines">
          <thead>
            <tr>
              <th scope="col">{t({ da: 'Program', en: 'Programme' })}</th>
              <th scope="col">{t({ da: 'Kilde', en: 'Source' })}</th>
              <th scope="col">{t({ da: 'Sektor', en: 'Sector' })}</th>
              <th scope="col" style={num}>
                {t({ da: 'Kontant', en: 'Cash' })}
              </th>
              <th scope="col" style={num}>
                {t({ da: 'Naturalier', en: 'In kind' })}
              </th>
              <th scope="col">{t({ da: 'Oprindelse', en: 'Provenance' })}</th>
            </tr>
          </thead>
          <tbody>
            {data.lines.map((l, i) => (
              <tr key={i}>
                <td>{programmeName(l.programme, t)}</td>
                <td>{sourceName(l.source, t)}</td>
                <td>{l.sector === 'public' ? t({ da: 'offentlig', en: 'public' }) : t({ da: 'privat', en: 'private' })}</td>
                <td style={num}>{dkk(l.cashDkk)}</td>
                <td style={num}>{dkk(l.inKindDkk)}</td>
                <td>{l.provenance ? label(PROVENANCE_LABEL, l.provenance, t) : t({ da: 'ikke angivet', en: 'not stated' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
