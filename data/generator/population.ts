import type { SizeClass } from '../../src/model';
import { SIZE_CLASSES } from '../../src/model';

/**
 * The national reference: Danish manufacturing by NACE division × size class. An ESTIMATE (see data/PROVENANCE.md):
 * the split below is modelled, then scaled so the totals match METHOD.md's sourced figures exactly.
 */

export const POPULATION_YEAR = 2017;
/** Wage earners in manufacturing ("industri mv."), Statistics Denmark news 26775 (2016; the nearest published count). */
export const TOTAL_EMPLOYEES = 309_000;
/** 14.4% of ~DKK 1,900bn total GVA in 2017: the middle of METHOD.md's DKK 260–290bn band. */
export const TOTAL_VALUE_ADDED_DKK = 274_000_000_000;
/** Assumed share of the 10–49 class's value added that sits in firms of 10–19, to estimate the < 20 share. */
export const SHARE_10_19_OF_10_49 = 0.4;
export const POPULATION_SOURCE =
  'ESTIMATE scaled to Statistics Denmark totals; exact figures in StatBank FGF3/GF13 and NABP; see data/PROVENANCE.md';

export interface Division {
  nace: number;
  /** Dansk Branchekode 2007 (DB07) title: Statistics Denmark's Danish version of NACE Rev. 2. */
  nameDa: string;
  /** NACE Rev. 2 division title (Eurostat). */
  nameEn: string;
  /** Employees, thousands, before scaling to the national total. */
  employees: number;
  /** Value added per employee, DKK thousands, before scaling. */
  valueAddedPerEmployee: number;
  /** Share of the division's employees in 0-9, 10-49, 50-249, 250+. */
  profile: readonly [number, number, number, number];
  /** Average employees per firm in the 250+ class (default 1,000). */
  largeFirmSize?: number;
}

export const DIVISIONS: readonly Division[] = [
  {
    nace: 10,
    nameDa: 'Fremstilling af fødevarer',
    nameEn: 'Manufacture of food products',
    employees: 51,
    valueAddedPerEmployee: 640,
    profile: [0.05, 0.12, 0.2, 0.63],
    largeFirmSize: 1300,
  },
  {
    nace: 11,
    nameDa: 'Fremstilling af drikkevarer',
    nameEn: 'Manufacture of beverages',
    employees: 4.3,
    valueAddedPerEmployee: 1350,
    profile: [0.06, 0.1, 0.14, 0.7],
  },
  {
    nace: 12,
    nameDa: 'Fremstilling af tobaksprodukter',
    nameEn: 'Manufacture of tobacco products',
    employees: 1.0,
    valueAddedPerEmployee: 1500,
    profile: [0.03, 0.07, 0.2, 0.7],
  },
  {
    nace: 13,
    nameDa: 'Fremstilling af tekstiler',
    nameEn: 'Manufacture of textiles',
    employees: 2.3,
    valueAddedPerEmployee: 620,
    profile: [0.18, 0.36, 0.31, 0.15],
    largeFirmSize: 350,
  },
  {
    nace: 14,
    nameDa: 'Fremstilling af beklædningsartikler',
    nameEn: 'Manufacture of wearing apparel',
    employees: 1.6,
    valueAddedPerEmployee: 720,
    profile: [0.3, 0.37, 0.33, 0],
  },
  {
    nace: 15,
    nameDa: 'Fremstilling af læder og lædervarer',
    nameEn: 'Manufacture of leather and related products',
    employees: 0.5,
    valueAddedPerEmployee: 560,
    profile: [0.44, 0.36, 0.2, 0],
  },
  {
    nace: 16,
    nameDa: 'Fremstilling af træ og varer af træ og kork, undtagen møbler; fremstilling af varer af strå og flettematerialer',
    nameEn:
      'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    employees: 6.8,
    valueAddedPerEmployee: 590,
    profile: [0.16, 0.29, 0.33, 0.22],
    largeFirmSize: 450,
  },
  {
    nace: 17,
    nameDa: 'Fremstilling af papir og papirvarer',
    nameEn: 'Manufacture of paper and paper products',
    employees: 3.6,
    valueAddedPerEmployee: 760,
    profile: [0.04, 0.16, 0.45, 0.35],
    largeFirmSize: 420,
  },
  {
    nace: 18,
    nameDa: 'Trykning og reproduktion af indspillede medier',
    nameEn: 'Printing and reproduction of recorded media',
    employees: 6.8,
    valueAddedPerEmployee: 600,
    profile: [0.24, 0.34, 0.28, 0.14],
    largeFirmSize: 400,
  },
  {
    nace: 19,
    nameDa: 'Fremstilling af koks og raffinerede mineralolieprodukter',
    nameEn: 'Manufacture of coke and refined petroleum products',
    employees: 0.8,
    valueAddedPerEmployee: 1700,
    profile: [0.01, 0.04, 0.25, 0.7],
    largeFirmSize: 280,
  },
  {
    nace: 20,
    nameDa: 'Fremstilling af kemiske produkter',
    nameEn: 'Manufacture of chemicals and chemical products',
    employees: 10.5,
    valueAddedPerEmployee: 1250,
    profile: [0.03, 0.1, 0.27, 0.6],
  },
  {
    nace: 21,
    nameDa: 'Fremstilling af farmaceutiske råvarer og farmaceutiske præparater',
    nameEn: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    employees: 22,
    valueAddedPerEmployee: 2900,
    profile: [0.01, 0.03, 0.08, 0.88],
    largeFirmSize: 2400,
  },
  {
    nace: 22,
    nameDa: 'Fremstilling af gummi- og plastprodukter',
    nameEn: 'Manufacture of rubber and plastic products',
    employees: 13.5,
    valueAddedPerEmployee: 720,
    profile: [0.05, 0.2, 0.38, 0.37],
    largeFirmSize: 600,
  },
  {
    nace: 23,
    nameDa: 'Fremstilling af andre ikke-metalholdige mineralske produkter',
    nameEn: 'Manufacture of other non-metallic mineral products',
    employees: 10,
    valueAddedPerEmployee: 820,
    profile: [0.08, 0.22, 0.32, 0.38],
    largeFirmSize: 900,
  },
  {
    nace: 24,
    nameDa: 'Fremstilling af metal',
    nameEn: 'Manufacture of basic metals',
    employees: 3.2,
    valueAddedPerEmployee: 740,
    profile: [0.04, 0.15, 0.38, 0.43],
    largeFirmSize: 450,
  },
  {
    nace: 25,
    nameDa: 'Jern- og metalvareindustri, undtagen maskiner og udstyr',
    nameEn: 'Manufacture of fabricated metal products, except machinery and equipment',
    employees: 32,
    valueAddedPerEmployee: 620,
    profile: [0.12, 0.33, 0.35, 0.2],
    largeFirmSize: 550,
  },
  {
    nace: 26,
    nameDa: 'Fremstilling af computere, elektroniske og optiske produkter',
    nameEn: 'Manufacture of computer, electronic and optical products',
    employees: 14.5,
    valueAddedPerEmployee: 980,
    profile: [0.04, 0.12, 0.26, 0.58],
  },
  {
    nace: 27,
    nameDa: 'Fremstilling af elektrisk udstyr',
    nameEn: 'Manufacture of electrical equipment',
    employees: 14,
    valueAddedPerEmployee: 820,
    profile: [0.04, 0.13, 0.25, 0.58],
  },
  {
    nace: 28,
    nameDa: 'Fremstilling af maskiner og udstyr i.a.n.',
    nameEn: 'Manufacture of machinery and equipment n.e.c.',
    employees: 51,
    valueAddedPerEmployee: 960,
    profile: [0.03, 0.09, 0.2, 0.68],
    largeFirmSize: 1500,
  },
  {
    nace: 29,
    nameDa: 'Fremstilling af motorkøretøjer, påhængsvogne og sættevogne',
    nameEn: 'Manufacture of motor vehicles, trailers and semi-trailers',
    employees: 4.2,
    valueAddedPerEmployee: 620,
    profile: [0.06, 0.22, 0.42, 0.3],
    largeFirmSize: 420,
  },
  {
    nace: 30,
    nameDa: 'Fremstilling af andre transportmidler',
    nameEn: 'Manufacture of other transport equipment',
    employees: 3.6,
    valueAddedPerEmployee: 720,
    profile: [0.08, 0.18, 0.34, 0.4],
    largeFirmSize: 480,
  },
  {
    nace: 31,
    nameDa: 'Fremstilling af møbler',
    nameEn: 'Manufacture of furniture',
    employees: 9.4,
    valueAddedPerEmployee: 600,
    profile: [0.13, 0.28, 0.32, 0.27],
    largeFirmSize: 500,
  },
  {
    nace: 32,
    nameDa: 'Anden fremstillingsvirksomhed',
    nameEn: 'Other manufacturing',
    employees: 15,
    valueAddedPerEmployee: 1100,
    profile: [0.1, 0.14, 0.16, 0.6],
    largeFirmSize: 1500,
  },
  {
    nace: 33,
    nameDa: 'Reparation og installation af maskiner og udstyr',
    nameEn: 'Repair and installation of machinery and equipment',
    employees: 18,
    valueAddedPerEmployee: 690,
    profile: [0.21, 0.37, 0.28, 0.14],
    largeFirmSize: 450,
  },
];

/** Value added per employee of a size class relative to its division's average (before renormalising). */
const SIZE_PRODUCTIVITY: Readonly<Record<SizeClass, number>> = { '0-9': 0.6, '10-49': 0.75, '50-249': 0.92, '250+': 1.1 };
/** Average employees per firm by size class (0-9 counts firms with no employees too). */
const FIRM_SIZE: Readonly<Record<Exclude<SizeClass, '250+'>, number>> = { '0-9': 1.8, '10-49': 24.5, '50-249': 115 };

export interface PopulationRow {
  nace: number;
  nameDa: string;
  nameEn: string;
  sizeClass: SizeClass;
  firms: number;
  employees: number;
  valueAddedDkk: number;
}

/** Rounds `values` to integers in steps of `unit` so that they add up to exactly `total` (largest remainder). */
export function roundToTotal(values: readonly number[], total: number, unit = 1): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  const exact = values.map((v) => (sum > 0 ? (v / sum) * (total / unit) : 0));
  const floors = exact.map(Math.floor);
  let left = Math.round(total / unit) - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors.map((f) => f * unit);
}

export function buildPopulation(): PopulationRow[] {
  const cells = DIVISIONS.flatMap((d) => {
    const weights = SIZE_CLASSES.map((s, i) => d.profile[i]! * SIZE_PRODUCTIVITY[s]); // profile has one share per size class
    const wSum = weights.reduce((a, b) => a + b, 0);
    return SIZE_CLASSES.map((s, i) => ({
      d,
      sizeClass: s,
      employees: d.employees * d.profile[i]!, // as above
      valueAdded: (d.employees * d.valueAddedPerEmployee * weights[i]!) / wSum, // as above
    }));
  });
  const employees = roundToTotal(
    cells.map((c) => c.employees),
    TOTAL_EMPLOYEES,
  );
  const valueAdded = roundToTotal(
    cells.map((c) => c.valueAdded),
    TOTAL_VALUE_ADDED_DKK,
    1_000_000,
  );
  return cells.map((c, i) => {
    const emp = employees[i] ?? 0;
    const firmSize = c.sizeClass === '250+' ? (c.d.largeFirmSize ?? 1000) : FIRM_SIZE[c.sizeClass];
    const firms = emp > 0 ? Math.max(1, Math.round(emp / firmSize)) : 0;
    return {
      nace: c.d.nace,
      nameDa: c.d.nameDa,
      nameEn: c.d.nameEn,
      sizeClass: c.sizeClass,
      firms,
      employees: emp,
      valueAddedDkk: emp > 0 ? (valueAdded[i] ?? 0) : 0,
    };
  });
}

export interface PopulationSummary {
  employees: number;
  valueAddedDkk: number;
  firms: number;
  firmsFrom10: number;
  /** share(0-9) + SHARE_10_19_OF_10_49 × share(10-49) of value added: the estimate of the < 20 persons share. */
  smallFirmShareOfValueAdded: number;
  pharmaShareOfValueAdded: number;
  pharmaShareOfEmployees: number;
}

export function summarisePopulation(rows: readonly PopulationRow[]): PopulationSummary {
  const sum = (f: (r: PopulationRow) => number, keep: (r: PopulationRow) => boolean = () => true) =>
    rows.filter(keep).reduce((a, r) => a + f(r), 0);
  const va = sum((r) => r.valueAddedDkk);
  const emp = sum((r) => r.employees);
  return {
    employees: emp,
    valueAddedDkk: va,
    firms: sum((r) => r.firms),
    firmsFrom10: sum(
      (r) => r.firms,
      (r) => r.sizeClass !== '0-9',
    ),
    smallFirmShareOfValueAdded:
      (sum(
        (r) => r.valueAddedDkk,
        (r) => r.sizeClass === '0-9',
      ) +
        SHARE_10_19_OF_10_49 *
          sum(
            (r) => r.valueAddedDkk,
            (r) => r.sizeClass === '10-49',
          )) /
      va,
    pharmaShareOfValueAdded:
      sum(
        (r) => r.valueAddedDkk,
        (r) => r.nace === 21,
      ) / va,
    pharmaShareOfEmployees:
      sum(
        (r) => r.employees,
        (r) => r.nace === 21,
      ) / emp,
  };
}
