import type { FilterDimension, Filters } from '../../db';
import { useT, type Text } from '../../ui';

const LABELS: Record<FilterDimension, Text> = {
  theme: { da: 'Tema', en: 'Theme' },
  industry: { da: 'Branche', en: 'Industry' },
  size_class: { da: 'Størrelse', en: 'Size class' },
  year: { da: 'År', en: 'Year' },
  gain_type: { da: 'Gevinsttype', en: 'Gain type' },
  status: { da: 'Status', en: 'Status' },
  project: { da: 'Projekt', en: 'Project' },
  company: { da: 'Virksomhed', en: 'Company' },
};

/** The active cross-filters as removable chips; every figure and chart on the screen follows them. */
export function FilterChips({ filters, onRemove, onClear }: { filters: Filters; onRemove: (d: FilterDimension) => void; onClear: () => void }) {
  const t = useT();
  const active = (Object.keys(LABELS) as FilterDimension[]).filter((d) => filters[d] !== undefined);
  if (active.length === 0) return null;
  return (
    <div className="chips" data-testid="filter-chips" role="group" aria-label={t({ da: 'Aktive filtre', en: 'Active filters' })}>
      {active.map((d) => (
        <span key={d} className="chip" data-testid={`chip-${d}`} data-value={filters[d]}>
          {t(LABELS[d])}: {filters[d]}
          <button type="button" onClick={() => onRemove(d)} aria-label={`${t({ da: 'Fjern filter', en: 'Remove filter' })} ${t(LABELS[d])}`}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={onClear}>
        {t({ da: 'Ryd alle', en: 'Clear all' })}
      </button>
      <span className="muted">
        {t({
          da: 'Tallene gælder kun de valgte rapporter, ekstrapoleret med samme metode.',
          en: 'The figures cover the selected reports only, extrapolated by the same method.',
        })}
      </span>
    </div>
  );
}
