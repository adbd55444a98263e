import type { Text } from '../../ui';

export const KIND_LABEL: Record<string, Text> = {
  research_project: { da: 'Forskningsprojekter', en: 'Research projects' },
  industrial_project: { da: 'Industriprojekter', en: 'Industrial projects' },
  innovation_activity: { da: 'Innovationsaktiviteter', en: 'Innovation activities' },
  demonstration_project: { da: 'Demonstrationsprojekter', en: 'Demonstration projects' },
  event: { da: 'Arrangementer', en: 'Events' },
};
export const KINDS = Object.keys(KIND_LABEL);

export const TYPE_LABEL: Record<string, Text> = {
  company: { da: 'Virksomheder', en: 'Companies' },
  university: { da: 'Universiteter', en: 'Universities' },
  gts: { da: 'GTS-institutter', en: 'GTS institutes' },
  education: { da: 'Uddannelsesinstitutioner', en: 'Educational institutions' },
  other: { da: 'Andre', en: 'Other' },
};
export const TYPES = Object.keys(TYPE_LABEL);

/** One of each type, for counts: "1 virksomhed · 3 universiteter". */
const TYPE_ONE: Record<string, Text> = {
  company: { da: 'virksomhed', en: 'company' },
  university: { da: 'universitet', en: 'university' },
  gts: { da: 'GTS-institut', en: 'GTS institute' },
  education: { da: 'uddannelsesinstitution', en: 'educational institution' },
  other: { da: 'anden', en: 'other' },
};

/** The demo's theme ids; an imported file's other themes show as written. */
export const THEME_LABEL: Record<string, Text> = {
  digital_production: { da: 'Digital produktion', en: 'Digital production' },
  robotics_automation: { da: 'Robotter og automatisering', en: 'Robots and automation' },
  materials_additive: { da: 'Materialer og additiv fremstilling', en: 'Materials and additive manufacturing' },
  operations_supply_chain: { da: 'Drift og forsyningskæde', en: 'Operations and supply chain' },
  product_development: { da: 'Produktudvikling', en: 'Product development' },
  sustainable_production: { da: 'Bæredygtig produktion', en: 'Sustainable production' },
};

export const PROVENANCE_LABEL: Record<string, Text> = {
  public: { da: 'offentligt tal', en: 'public figure' },
  'public-total': { da: 'offentligt total, syntetisk fordeling', en: 'public total, synthetic split' },
  synthetic: { da: 'syntetisk', en: 'synthetic' },
};

/** The demo's funding sources and programme names as the published tables give them (English); other names as written. */
const SOURCE_LABEL: Record<string, Text> = {
  'Innovation Fund Denmark': { da: 'Innovationsfonden', en: 'Innovation Fund Denmark' },
  'Companies and other partners': { da: 'Virksomheder og andre partnere', en: 'Companies and other partners' },
  Companies: { da: 'Virksomheder', en: 'Companies' },
  'Foundations and associations': { da: 'Fonde og foreninger', en: 'Foundations and associations' },
  Universities: { da: 'Universiteter', en: 'Universities' },
};
const PROGRAMME_LABEL: Record<string, Text> = {
  'MADE (May 2017)': { da: 'MADE (maj 2017)', en: 'MADE (May 2017)' },
};

export const label = (table: Record<string, Text>, key: string, t: (x: Text) => string) => {
  const l = table[key];
  return l ? t(l) : key;
};

export const sourceName = (source: string, t: (x: Text) => string) => label(SOURCE_LABEL, source, t);
export const programmeName = (programme: string, t: (x: Text) => string) => label(PROGRAMME_LABEL, programme, t);

/** "n members of a type", singular for one; an unknown type as written. */
export function typeCount(type: string, n: number, t: (x: Text) => string): string {
  const one = TYPE_ONE[type];
  if (n === 1 && one) return t(one);
  const many = TYPE_LABEL[type];
  return many ? t(many).replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase()) : type;
}
