import type { Text } from './figure';

/**
 * Display names for theme and gain-type ids (da/en). The demo's ids are named here; any other id gets a readable
 * fallback from the id itself ("laser_welding" → "Laser welding"), the same in both languages.
 */
const THEMES: Record<string, Text> = {
  digital_production: { da: 'Digital produktion', en: 'Digital production' },
  robotics_automation: { da: 'Robotter og automatisering', en: 'Robots and automation' },
  materials_additive: { da: 'Materialer og additiv fremstilling', en: 'Materials and additive manufacturing' },
  operations_supply_chain: { da: 'Drift og forsyningskæde', en: 'Operations and supply chain' },
  product_development: { da: 'Produktudvikling', en: 'Product development' },
  sustainable_production: { da: 'Bæredygtig produktion', en: 'Sustainable production' },
};

const GAIN_TYPES: Record<string, Text> = {
  productivity: { da: 'Produktivitet', en: 'Productivity' },
  cost_saving: { da: 'Omkostningsbesparelse', en: 'Cost saving' },
  quality: { da: 'Kvalitet', en: 'Quality' },
  revenue: { da: 'Omsætning', en: 'Revenue' },
  energy: { da: 'Energi', en: 'Energy' },
};

/** "laser_welding" → "Laser welding"; "" stays "". */
export function readableId(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.length === 0 ? id : words.charAt(0).toUpperCase() + words.slice(1);
}

export function themeName(id: string): Text {
  return THEMES[id] ?? { da: readableId(id), en: readableId(id) };
}

export function gainTypeName(id: string): Text {
  return GAIN_TYPES[id] ?? { da: readableId(id), en: readableId(id) };
}
