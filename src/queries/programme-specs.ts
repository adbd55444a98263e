import type { ColumnSpec, TableSpec } from '../ingest';
import type { ProgrammeColumn, ProgrammeTable } from '../db';

const col = <K extends string>(key: K, required: boolean, en: string, da: string, aliases: string[]): ColumnSpec<K> => ({
  key,
  aliases,
  required,
  label: { en, da },
});

/**
 * The three programme tables' headers in English and Danish (matched case-, accent- and spacing-insensitively), and
 * which columns a file must have: the one list of each table's import columns.
 */
export const PROGRAMME_SPECS: { [T in ProgrammeTable]: TableSpec<ProgrammeColumn<T>> } = {
  funding: {
    name: 'funding',
    columns: [
      col('programme', true, 'Programme', 'Program', ['program', 'programnavn']),
      col('source', true, 'Source', 'Kilde', ['kilde', 'finansieringskilde']),
      col('sector', true, 'Public or private', 'Offentlig eller privat', ['sektor', 'offentlig_privat', 'public_private']),
      col('cash_dkk', false, 'Cash (DKK)', 'Kontant (kr.)', ['kontant_dkk', 'kontanter_dkk', 'kontant', 'cash']),
      col('in_kind_dkk', false, 'In kind (DKK)', 'Naturalier (kr.)', [
        'naturalier_dkk',
        'naturalier',
        'in_kind',
        'egenfinansiering_dkk',
      ]),
      col('period', true, 'Period', 'Periode', ['periode']),
      col('provenance', false, 'Provenance', 'Oprindelse', ['oprindelse', 'kildetype']),
    ],
  },
  members: {
    name: 'members',
    columns: [
      col('member_id', true, 'Member ID', 'Medlems-ID', ['medlem_id', 'medlemsnummer']),
      col('type', true, 'Type', 'Type', ['medlemstype']),
      col('size_class', false, 'Size class', 'Størrelsesklasse', ['størrelse']),
      col('region', false, 'Region', 'Region', []),
      col('year_joined', true, 'Year joined', 'Indmeldt år', ['indmeldt', 'indmeldt_år', 'år_indmeldt']),
      col('year_left', false, 'Year left', 'Udmeldt år', ['udmeldt', 'udmeldt_år', 'år_udmeldt']),
      col('provenance', false, 'Provenance', 'Oprindelse', ['oprindelse']),
    ],
  },
  activities: {
    name: 'activities',
    columns: [
      col('activity_id', true, 'Activity ID', 'Aktivitets-ID', ['aktivitet_id']),
      col('kind', true, 'Kind', 'Art', ['art', 'aktivitetstype', 'type']),
      col('theme', false, 'Theme', 'Tema', ['tema']),
      col('year', true, 'Year', 'År', ['år']),
      col('participants', true, 'Participants', 'Deltagere', ['deltagere']),
      col('participating_companies', false, 'Participating companies', 'Deltagende virksomheder', [
        'deltagende_virksomheder',
        'virksomheder',
      ]),
      col('sme_participants', false, 'SME participants', 'SMV-deltagere', ['smv_deltagere', 'smv']),
      col('cost_dkk', false, 'Cost (DKK)', 'Omkostning (kr.)', ['omkostning_dkk', 'omkostninger_dkk', 'udgift_dkk']),
      col('provenance', false, 'Provenance', 'Oprindelse', ['oprindelse']),
    ],
  },
};
