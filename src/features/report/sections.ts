import type { Text } from '../../model';

/** The report's sections in order; their numbers come from here, so the printed numbering never skips. */
const SECTIONS = [
  { id: 'summary', title: { da: 'Sammenfatning', en: 'Summary' } },
  { id: 'breakdowns', title: { da: 'Fordelinger', en: 'Breakdowns' } },
  { id: 'assumptions', title: { da: 'Antagelser og kilder', en: 'Assumptions and sources' } },
  { id: 'analysis', title: { da: 'Følsomhed og usikkerhed', en: 'Sensitivity and uncertainty' } },
  { id: 'provenance', title: { da: 'Datagrundlag og proveniens', en: 'Data and provenance' } },
] as const satisfies readonly { id: string; title: Text }[];

export type SectionId = (typeof SECTIONS)[number]['id'] | 'method';

/** "3. Antagelser og kilder"; the method appendix is "Bilag A. Metode". */
export function sectionTitle(id: SectionId): Text {
  if (id === 'method') return { da: 'Bilag A. Metode', en: 'Appendix A. Method' };
  const n = SECTIONS.findIndex((s) => s.id === id);
  const s = SECTIONS[n];
  return s ? { da: `${n + 1}. ${s.title.da}`, en: `${n + 1}. ${s.title.en}` } : { da: id, en: id };
}
