import { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, type ChartFrameLabels } from '../../charts';

export function frameLabels(lang: 'da' | 'en'): ChartFrameLabels {
  return lang === 'da' ? DEFAULT_FRAME_LABELS : ENGLISH_FRAME_LABELS;
}
