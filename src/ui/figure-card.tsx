import type { ReactNode } from 'react';

export interface FigureCardProps {
  testId: string;
  label: string;
  /** The raw number (DKK, EUR or a ratio) for tests and exports; the display is formatted. */
  value: number | null;
  display: string;
  sub?: ReactNode;
  action?: ReactNode;
}

export function FigureCard({ testId, label, value, display, sub, action }: FigureCardProps) {
  return (
    <section className="figure-card" aria-label={label}>
      <h3 className="figure-label">{label}</h3>
      <p className="figure-value" data-testid={testId} data-value={value ?? ''}>
        {display}
      </p>
      {sub ? <div className="figure-sub">{sub}</div> : null}
      {action}
    </section>
  );
}
