import { formatDkk, formatInteger, formatPercent, formatRatio } from '../../format';
import type { MembershipStatus, ProgrammeFunding, ReachStatus } from '../../db';
import { FigureCard, useLang, useT } from '../../ui';
import { programmeName, typeCount } from './labels';

// "Companies" → "companies" inside a sentence, but "GTS institutes" keeps its acronym.

export interface ProgrammeKpisProps {
  year: number | null;
  members: MembershipStatus | null;
  reach: ReachStatus | null;
  programme: ProgrammeFunding | null;
  /** Realised reported gains per year in the active data set. */
  reportedDkk: number | null;
  /** The model's benefit-cost ratio under the active scenario. */
  bcr: number | null;
}

/** The funder's figures: members, leverage, reach, SME share, public money per company reached, gains per public krone. */
export function ProgrammeKpis({ year, members: m, reach: r, programme: p, reportedDkk, bcr }: ProgrammeKpisProps) {
  const t = useT();
  const { lang } = useLang();
  const publicDkk = p ? p.publicCashDkk + p.publicInKindDkk : null;
  const perCompany = p && publicDkk !== null && p.companyParticipations > 0 ? publicDkk / p.companyParticipations : null;
  const gainsPerKrone = publicDkk && reportedDkk !== null ? reportedDkk / publicDkk : null;
  const sme = m && m.companiesWithSize > 0 ? m.smeCompanies / m.companiesWithSize : null;
  const under100 = m && m.companiesWithSize > 0 ? m.under100 / m.companiesWithSize : null;
  const dkk = (v: number) => formatDkk(v, lang, { compact: true });
  const y = year ?? '…';
  return (
    <div className="figure-grid">
      <FigureCard
        testId="kpi-members"
        label={t({ da: `Medlemmer ved udgangen af ${y}`, en: `Members at the end of ${y}` })}
        value={m?.members ?? null}
        display={m ? formatInteger(m.members, lang) : '…'}
        sub={m ? m.byType.map((b) => `${formatInteger(b.members, lang)} ${typeCount(b.type, b.members, t)}`).join(' · ') : null}
      />
      <FigureCard
        testId="kpi-leverage"
        label={t({
          da: `Gearing: privat medfinansiering pr. offentlig krone${p ? ` (${programmeName(p.programme, t)})` : ''}`,
          en: `Leverage: private co-funding per public krone${p ? ` (${p.programme})` : ''}`,
        })}
        value={p?.leverage ?? null}
        display={p ? (p.leverage === null ? '–' : formatRatio(p.leverage, lang, { decimals: 2 })) : '…'}
        sub={
          p ? (
            <span
              data-testid="leverage-parts"
              data-private-cash={p.privateCashDkk}
              data-private-in-kind={p.privateInKindDkk}
              data-public={publicDkk ?? ''}
            >
              {t({ da: 'Privat', en: 'Private' })}: {dkk(p.privateCashDkk)} {t({ da: 'kontant', en: 'cash' })} +{' '}
              {dkk(p.privateInKindDkk)} {t({ da: 'i naturalier', en: 'in kind' })}; {t({ da: 'offentlig', en: 'public' })}:{' '}
              {dkk(publicDkk ?? 0)} ({p.periodStart === p.periodEnd ? p.periodStart : `${p.periodStart}–${p.periodEnd}`})
            </span>
          ) : null
        }
      />
      <FigureCard
        testId="kpi-participants"
        label={t({ da: `Deltagere i aktiviteter til og med ${y}`, en: `Participants in activities up to ${y}` })}
        value={r?.participants ?? null}
        display={r ? formatInteger(r.participants, lang) : '…'}
        sub={
          r
            ? t({
                da: `${formatInteger(r.activities, lang)} aktiviteter; ${formatInteger(r.participatingCompanies, lang)} virksomhedsdeltagelser, heraf ${formatInteger(r.smeParticipants, lang)} SMV`,
                en: `${formatInteger(r.activities, lang)} activities; ${formatInteger(r.participatingCompanies, lang)} company participations, ${formatInteger(r.smeParticipants, lang)} of them SMEs`,
              })
            : null
        }
      />
      <FigureCard
        testId="kpi-sme-share"
        label={t({
          da: 'SMV-andel af medlemsvirksomhederne (under 250 ansatte)',
          en: 'SME share of member companies (under 250 employees)',
        })}
        value={sme}
        display={sme === null ? (m ? '–' : '…') : formatPercent(sme, lang, { decimals: 0 })}
        sub={
          under100 === null
            ? null
            : t({
                da: `Under 100 ansatte: ${formatPercent(under100, lang, { decimals: 0 })}`,
                en: `Under 100 employees: ${formatPercent(under100, lang, { decimals: 0 })}`,
              })
        }
      />
      <FigureCard
        testId="kpi-public-per-company"
        label={t({ da: 'Offentlig finansiering pr. virksomhedsdeltagelse', en: 'Public funding per company participation' })}
        value={perCompany}
        display={perCompany === null ? (p ? '–' : '…') : formatDkk(perCompany, lang)}
        sub={
          p
            ? t({
                da: `${formatInteger(p.companyParticipations, lang)} deltagelser i programmets periode`,
                en: `${formatInteger(p.companyParticipations, lang)} participations within the programme's period`,
              })
            : null
        }
      />
      <FigureCard
        testId="kpi-gains-per-krone"
        label={t({ da: 'Rapporterede årlige gevinster pr. offentlig krone', en: 'Reported annual gains per public krone' })}
        value={gainsPerKrone}
        display={gainsPerKrone === null ? '…' : formatRatio(gainsPerKrone, lang, { decimals: 2 })}
        sub={
          <span data-testid="kpi-model-bcr" data-value={bcr ?? ''}>
            {t({ da: 'Modellens fremskrevne BCR (aktivt scenarie)', en: "The model's extrapolated BCR (active scenario)" })}:{' '}
            {bcr === null ? '…' : formatRatio(bcr, lang, { decimals: 1 })}
          </span>
        }
      />
    </div>
  );
}
