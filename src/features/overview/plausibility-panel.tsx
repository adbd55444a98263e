import type { Figure, PlausibilityWarning } from '../../model';
import { useT } from '../../ui';

interface Props {
  warnings: readonly PlausibilityWarning[] | null;
  onShowCells: (f: Figure) => void;
  onShowCompany: (companyId: string) => void;
}

/** The badge on the headline: how many plausibility warnings, linking to their list. */
export function PlausibilityBadge({ warnings }: { warnings: readonly PlausibilityWarning[] | null }) {
  const t = useT();
  if (!warnings || warnings.length === 0) return null;
  return (
    <a
      href="#plausibility"
      className="plausibility-badge"
      data-testid="plausibility-badge"
      data-count={warnings.length}
      onClick={(e) => {
        e.preventDefault();
        const d = document.getElementById('plausibility');
        if (d instanceof HTMLDetailsElement) d.open = true;
        d?.scrollIntoView({ block: 'center' });
      }}
    >
      ⚠ {warnings.length}{' '}
      {t(
        warnings.length === 1
          ? { da: 'advarsel om rimelighed', en: 'plausibility warning' }
          : { da: 'advarsler om rimelighed', en: 'plausibility warnings' },
      )}
    </a>
  );
}

/** METHOD.md's plausibility checks, one plain sentence each, with the cells or the company behind it. */
export function PlausibilityPanel({ warnings, onShowCells, onShowCompany }: Props) {
  const t = useT();
  if (!warnings) return null;
  const n = warnings.length;
  return (
    <details
      className={`plausibility${n === 0 ? ' none' : ''}`}
      id="plausibility"
      data-testid="plausibility-warnings"
      data-count={n}
      open={n > 0 && n <= 3}
    >
      <summary>
        {n === 0
          ? t({ da: 'Rimelighedstjek: ingen advarsler', en: 'Plausibility checks: no warnings' })
          : t({
              da: `Rimelighedstjek: ${n} advarsel${n > 1 ? 'er' : ''}`,
              en: `Plausibility checks: ${n} warning${n > 1 ? 's' : ''}`,
            })}
      </summary>
      {n > 0 ? (
        <ul>
          {warnings.map((w) => (
            <li key={w.id} data-testid={`plausibility-${w.id}`} data-level={w.level} data-value={w.value}>
              <strong>
                {w.level === 'implausible'
                  ? t({ da: 'Urimeligt', en: 'Implausible' })
                  : t({ da: 'Læs med forsigtighed', en: 'Read with care' })}
                :
              </strong>{' '}
              {t(w.message)}{' '}
              {w.evidence ? (
                <button type="button" className="link" onClick={() => w.evidence && onShowCells(w.evidence)}>
                  {t({ da: 'Vis cellerne bag', en: 'Show the cells behind it' })}
                </button>
              ) : null}
              {w.companyId ? (
                <button type="button" className="link" onClick={() => w.companyId && onShowCompany(w.companyId)}>
                  {t({ da: 'Vis virksomhedens rapporter', en: "Show the company's reports" })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
