import { makeTemplate } from '../../ingest';
import { downloadFile, useT } from '../../ui';

async function download(lang: 'da' | 'en', kind: 'csv' | 'xlsx') {
  const made = await makeTemplate(lang, kind);
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  downloadFile([made instanceof Blob ? made : made.slice().buffer], `spillover-template-${lang}.${kind}`, type);
}

export function TemplateLinks() {
  const t = useT();
  return (
    <span className="template-links">
      {t({ da: 'Skabelon', en: 'Template' })}:{' '}
      {(['da', 'en'] as const).flatMap((lang) =>
        (['csv', 'xlsx'] as const).map((kind) => (
          <button key={`${lang}-${kind}`} type="button" className="link" onClick={() => void download(lang, kind)}>
            {kind.toUpperCase()} ({t(lang === 'da' ? { da: 'dansk', en: 'Danish' } : { da: 'engelsk', en: 'English' })})
          </button>
        )),
      )}
    </span>
  );
}
