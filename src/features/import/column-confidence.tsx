import type { Text } from '../../ui';

/** How a field's column was found: the suggestion's tier, or the user's own choice, or none. */
export type ShownConfidence = 'exact' | 'synonym' | 'guess' | 'remembered' | 'chosen' | 'none';

export const CONFIDENCE_TEXT: Record<ShownConfidence, Text> = {
  exact: { da: 'præcis', en: 'exact' },
  synonym: { da: 'kendt synonym', en: 'synonym' },
  guess: { da: 'gæt – tjek den', en: 'guess – check it' },
  remembered: { da: 'husket', en: 'remembered' },
  chosen: { da: 'dit valg', en: 'your choice' },
  none: { da: '–', en: '–' },
};
