import type { Text } from '../ui';

export const SCREENS = ['overview', 'programme', 'data', 'scenarios', 'uncertainty', 'sql', 'report'] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREEN_LABELS: Record<Screen, Text> = {
  overview: { da: 'Overblik', en: 'Overview' },
  programme: { da: 'Programprofil', en: 'Programme' },
  data: { da: 'Data', en: 'Data' },
  scenarios: { da: 'Scenarier', en: 'Scenarios' },
  uncertainty: { da: 'Usikkerhed', en: 'Uncertainty' },
  sql: { da: 'SQL', en: 'SQL' },
  report: { da: 'Rapport', en: 'Report' },
};

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'overview'; // checked just before
}
