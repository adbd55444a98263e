import type { Text } from './i18n';
import { useT } from './i18n';

/** Says what failed and what to do next; `detail` keeps the original message for a bug report. */
export function ErrorBanner({ title, action, detail }: { title: Text; action: Text; detail?: string }) {
  const t = useT();
  return (
    <div role="alert" className="banner banner-error" data-testid="error-banner">
      <strong>{t(title)}</strong> <span>{t(action)}</span>
      {detail ? <pre className="banner-detail">{detail}</pre> : null}
    </div>
  );
}

export function Notice({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <div role="status" className="banner banner-info" data-testid={testId}>
      {children}
    </div>
  );
}
