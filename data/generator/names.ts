import type { Rng } from './prng';

// Invented compounds of Danish-sounding syllables; not taken from any register. A test keeps well-known
// manufacturers' names out (data/demo-data.test.ts).
const HEADS = [
  'Ask',
  'Bir',
  'Dys',
  'Eg',
  'Fjor',
  'Grå',
  'Hav',
  'Hjor',
  'Kil',
  'Kløv',
  'Lyn',
  'Mos',
  'Nør',
  'Rav',
  'Sand',
  'Skræ',
  'Sol',
  'Sva',
  'Tjør',
  'Ves',
  'Ør',
  'Ul',
  'Bøg',
  'Hede',
  'Lær',
  'Tang',
  'Vad',
  'Ege',
  'Fyr',
  'Kær',
] as const;
const TAILS = [
  'bjerg',
  'bæk',
  'dal',
  'gård',
  'holm',
  'høj',
  'lund',
  'rup',
  'sted',
  'strup',
  'vang',
  'vig',
  'toft',
  'skov',
  'mark',
  'næs',
] as const;

const TRADE: Readonly<Record<number, readonly string[]>> = {
  10: ['Fødevarer', 'Mejeri', 'Kødindustri', 'Bageri', 'Konserves'],
  11: ['Bryggeri', 'Drikkevarer'],
  13: ['Tekstil', 'Væveri'],
  16: ['Træindustri', 'Savværk'],
  17: ['Emballage', 'Papir'],
  20: ['Kemi', 'Coatings'],
  21: ['Farma', 'Pharma'],
  22: ['Plast', 'Gummi', 'Plastteknik'],
  23: ['Beton', 'Glas', 'Tegl'],
  24: ['Støberi', 'Stål'],
  25: ['Metal', 'Smedie', 'Metalvarefabrik', 'Pladeteknik', 'Stålindustri'],
  26: ['Elektronik', 'Sensor', 'Optik'],
  27: ['Elektro', 'Motorer', 'El-teknik'],
  28: ['Maskinfabrik', 'Pumper', 'Automation', 'Hydraulik', 'Maskiner'],
  29: ['Karosseri', 'Trailer'],
  30: ['Værft', 'Marine'],
  31: ['Møbler', 'Møbelfabrik', 'Inventar'],
  32: ['Medico', 'Legetøj', 'Instrumenter'],
  33: ['Industriservice', 'Montage'],
};

/** A unique fictitious company name for an industry; larger firms are A/S, smaller ApS. */
export function companyNamer(rng: Rng): (nace: number, employees: number) => string {
  const used = new Set<string>();
  return (nace, employees) => {
    for (;;) {
      const stem = rng.pick(HEADS) + rng.pick(TAILS);
      if (used.has(stem)) continue;
      used.add(stem);
      const form = employees >= 50 || rng.next() < 0.25 ? 'A/S' : 'ApS';
      return `${stem} ${rng.pick(TRADE[nace] ?? ['Industri'])} ${form}`;
    }
  };
}
