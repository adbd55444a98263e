import { THEMES } from './themes';

export interface RelevanceRow {
  theme: string;
  nace: number;
  relevance: number;
  note: string;
}

const ALL = THEMES.map((t) => t.id);

/**
 * Explicit relevance ρ where the model's defaults (1 where the theme has participants in the industry, else
 * `relevance_default`) would mislead. Everything not listed falls back to those defaults.
 */
export function buildRelevance(): RelevanceRow[] {
  const rows: RelevanceRow[] = [
    ...ALL.map((theme) => ({
      theme,
      nace: 21,
      relevance: 0.05,
      note: 'Pharmaceuticals: GMP-validated batch processes and value added driven by patents; production-technology results transfer to a small part',
    })),
    ...['robotics_automation', 'materials_additive', 'product_development'].map((theme) => ({
      theme,
      nace: 19,
      relevance: 0.1,
      note: 'Refining is a continuous process industry with little discrete manufacturing',
    })),
    ...[10, 11, 12].map((nace) => ({
      theme: 'materials_additive',
      nace,
      relevance: 0.1,
      note: 'Food, drink and tobacco rarely use engineered materials or 3D-printed parts in production',
    })),
    { theme: 'materials_additive', nace: 18, relevance: 0.1, note: 'Printing: additive manufacturing of parts hardly applies' },
    {
      theme: 'robotics_automation',
      nace: 33,
      relevance: 0.5,
      note: 'Repair and installation is mostly on-site work that robots reach only in part',
    },
    {
      theme: 'sustainable_production',
      nace: 19,
      relevance: 0.5,
      note: 'Energy-intensive, but refineries already run their own energy optimisation',
    },
    {
      theme: 'sustainable_production',
      nace: 24,
      relevance: 1,
      note: 'Basic metals are energy-intensive: energy and scrap results apply in full',
    },
  ];
  return rows.sort((a, b) => a.theme.localeCompare(b.theme) || a.nace - b.nace);
}
