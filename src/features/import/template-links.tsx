import { makeTemplate } from '../../ingest';
import { useT } from '../../ui';

async function download(lang: 'da' | 'en', kind: 'csv' | 'xlsx') {
  const made = await makeTemplate(lang, kind);
  const blob = made instanceof Blob ? made : new Blob([made.slice().buffer]);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `spillover-template-${lang}.${kind}`;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function TemplateLinks() {
  const t = useT();
  return (
    <span className="template-links">
      {t({ da: 'Skabelon', en: 'Template' })}:{' '}
      {(['da', 'en'] as const).flatMap((lang) =>
        (['csv', 'xlsx'] as const).map((kind) => (
          <button key={`${lang}-${kind}`} type="button" className="link" onClick={() => void download(lang, kind)}>
            {kind.toUpperCase()} ({lang === 'da' ? 'dansk' : 'English'})
          </button>
        )),
      )}
    </span>
  );
}
