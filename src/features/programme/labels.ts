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

export const label = (table: Record<string, Text>, key: string, t: (x: Text) => string) => {
  const l = table[key];
  return l ? t(l) : key;
};
