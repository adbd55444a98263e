import { useT } from '../../ui';
import { EditableText } from './editable-text';
import { useReportText } from './report-text';
import { sectionTitle, type SectionId } from './sections';

/** The section's numbered heading and, under it, management's own commentary on it (empty until written). */
export function SectionHeading({ id }: { id: SectionId }) {
  const t = useT();
  const { text, set } = useReportText();
  const title = t(sectionTitle(id));
  return (
    <>
      <h2 id={`report-${id}`}>{title}</h2>
      <EditableText
        as="div"
        className="report-note"
        multiline
        value={text.notes?.[id] ?? ''}
        label={t({ da: `Kommentar til ${title}`, en: `Commentary on ${title}` })}
        placeholder={t({
          da: 'Skriv ledelsens kommentar til afsnittet her (vises kun, når der står noget).',
          en: 'Write management’s commentary on this section here (shown only when written).',
        })}
        onChange={(v) => set(`note:${id}`, v)}
        testId={`report-note-${id}`}
      />
    </>
  );
}
