import { useState } from 'react';
import { downloadFile, useLang, useT } from '../../ui';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Downloads the report as shown as a Word document; the docx code loads on the first click. */
export function DocxButton({ footer, fileName }: { footer: string; fileName: string }) {
  const t = useT();
  const { lang } = useLang();
  const [state, setState] = useState<'idle' | 'busy' | { failed: string }>('idle');
  const run = async () => {
    const article = document.querySelector('[data-testid="report"]');
    if (!article) return;
    setState('busy');
    try {
      const { exportReportDocx } = await import('./docx/export-docx');
      const bytes = await exportReportDocx(article, { footer, lang });
      downloadFile([new Uint8Array(bytes)], fileName, DOCX_MIME);
      setState('idle');
    } catch (e) {
      setState({ failed: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      <button type="button" className="button" data-testid="report-docx" disabled={state === 'busy'} onClick={() => void run()}>
        {state === 'busy'
          ? t({ da: 'Danner Word-fil …', en: 'Making the Word file …' })
          : t({ da: 'Hent som Word (.docx)', en: 'Download as Word (.docx)' })}
      </button>
      {typeof state === 'object' ? (
        <span role="alert" className="muted">
          {t({ da: 'Word-filen kunne ikke dannes; prøv igen.', en: 'The Word file could not be made; try again.' })} (
          {state.failed})
        </span>
      ) : null}
    </>
  );
}
