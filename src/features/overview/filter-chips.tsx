import type { FilterDimension, Filters } from '../../db';
import { formatInteger, formatPercent } from '../../format';
import { gainTypeName, themeName, type TermSelection } from '../../model';
import type { SelectionDimension } from '../../queries';
import { useLang, useT, type Text } from '../../ui';

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

const STATUS: Record<string, Text> = {
  realised: { da: 'Realiseret', en: 'Realised' },
  expected: { da: 'Forventet', en: 'Expected' },
};
const sizeText = (k: string): Text => ({ da: `${k.replace('-', '–')} ansatte`, en: `${k.replace('-', '–')} employees` });

/** Industry names by NACE division (from the population table), for "Branche 10 · Fødevarer". */
export type IndustryNames = ReadonlyMap<number, Text>;

/** A filter or selection value in words: "Branche 10 · Fødevarer", "Digital produktion", "250+ ansatte". */
function useValueName(industries: IndustryNames) {
  const t = useT();
  return (d: FilterDimension, key: string): string => {
    switch (d) {
      case 'theme':
        return t(themeName(key));
      case 'gain_type':
        return t(gainTypeName(key));
      case 'status':
        return STATUS[key] ? t(STATUS[key]) : key;
      case 'size_class':
        return t(sizeText(key));
      case 'industry': {
        const n = industries.get(Number(key));
        return `${t({ da: 'Branche', en: 'Industry' })} ${key}${n ? ` · ${t(n)}` : ''}`;
      }
      default:
        return key;
    }
  };
}

/** The active report filters as removable chips; the whole chain is re-run on the selected reports. */
export function FilterChips({
  filters,
  onRemove,
  onClear,
  industries,
}: {
  filters: Filters;
  onRemove: (d: FilterDimension) => void;
  onClear: () => void;
  industries: IndustryNames;
}) {
  const t = useT();
  const name = useValueName(industries);
  const industryText = (key: string) => {
    const n = industries.get(Number(key));
    return `${key}${n ? ` · ${t(n)}` : ''}`;
  };
  const active = (Object.keys(LABELS) as FilterDimension[]).filter((d) => filters[d] !== undefined);
  if (active.length === 0) return null;
  return (
    <div
      className="chips"
      data-testid="filter-chips"
      role="group"
      aria-label={t({ da: 'Filtre på rapporterne', en: 'Filters on the reports' })}
    >
      <span className="chips-kind">{t({ da: 'Rapporter:', en: 'Reports:' })}</span>
      {active.map((d) => (
        <span key={d} className="chip" data-testid={`chip-${d}`} data-value={filters[d]}>
          {d === 'industry'
            ? `${t({ da: 'Rapporterende virksomheds branche', en: 'Reporting company’s industry' })} ${industryText(filters[d] ?? '')}`
            : `${t(LABELS[d])}: ${name(d, filters[d] ?? '')}`}
          <button
            type="button"
            onClick={() => onRemove(d)}
            aria-label={`${t({ da: 'Fjern filter', en: 'Remove filter' })} ${t(LABELS[d])}`}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={onClear}>
        {t({ da: 'Ryd alle', en: 'Clear all' })}
      </button>
    </div>
  );
}

/** "Extrapolated from 37 of 498 reports (7 %) — a what-if on a subset, not the potential of …". */
export function FilterScope({
  filters,
  selected,
  total,
  industries,
}: {
  filters: Filters;
  selected: number | null;
  total: number | null;
  industries: IndustryNames;
}) {
  const t = useT();
  const { lang } = useLang();
  const name = useValueName(industries);
  const active = (Object.keys(LABELS) as FilterDimension[]).filter((d) => filters[d] !== undefined);
  if (active.length === 0 || selected === null || total === null) return null;
  const share = total > 0 ? formatPercent(selected / total, lang, { decimals: 0 }) : '–';
  const what = active.map((d) => name(d, filters[d] ?? '')).join(', ');
  return (
    <p
      className="filter-scope"
      role="status"
      data-testid="filter-scope"
      data-reports-selected={selected}
      data-reports-total={total}
    >
      {t({
        da: `Ekstrapoleret fra ${formatInteger(selected, 'da')} af ${formatInteger(total, 'da')} rapporter (${share}) – et hvad-nu-hvis på et udsnit af rapporterne (${what}): hele kæden er regnet om, som om kun de fandtes. Det er ikke potentialet for ${what}; det ses ved at klikke på søjlerne i modellens fordelinger.`,
        en: `Extrapolated from ${formatInteger(selected, 'en')} of ${formatInteger(total, 'en')} reports (${share}) — a what-if on a subset of the reports (${what}): the whole chain re-run as if only these existed. It is not the potential of ${what}; click the bars of the model's breakdowns for that.`,
      })}
    </p>
  );
}

const SEL_LABEL: Record<SelectionDimension, Text> = {
  theme: { da: 'Tema', en: 'Theme' },
  industry: { da: 'Målbranche', en: 'Target industry' },
  sizeClass: { da: 'Størrelse', en: 'Size class' },
};
const SEL_DIM: Record<SelectionDimension, FilterDimension> = { theme: 'theme', industry: 'industry', sizeClass: 'size_class' };

/** The selected model terms as removable chips: nothing is re-run, the headline adds "of which selected". */
export function SelectionChips({
  selection,
  onRemove,
  onClear,
  industries,
}: {
  selection: TermSelection;
  onRemove: (d: SelectionDimension) => void;
  onClear: () => void;
  industries: IndustryNames;
}) {
  const t = useT();
  const name = useValueName(industries);
  const active = (Object.keys(SEL_LABEL) as SelectionDimension[]).filter((d) => selection[d] !== undefined);
  if (active.length === 0) return null;
  return (
    <div
      className="chips"
      data-testid="selection-chips"
      role="group"
      aria-label={t({ da: 'Valgt i modellen', en: 'Selected in the model' })}
    >
      <span className="chips-kind">{t({ da: 'Valgt i modellen:', en: 'Selected in the model:' })}</span>
      {active.map((d) => (
        <span key={d} className="chip chip-model" data-testid={`selected-${d}`} data-value={String(selection[d])}>
          {d === 'industry'
            ? name('industry', String(selection[d]))
            : `${t(SEL_LABEL[d])}: ${name(SEL_DIM[d], String(selection[d]))}`}
          <button
            type="button"
            onClick={() => onRemove(d)}
            aria-label={`${t({ da: 'Fjern valg', en: 'Remove selection' })} ${t(SEL_LABEL[d])}`}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={onClear}>
        {t({ da: 'Ryd valg', en: 'Clear selection' })}
      </button>
    </div>
  );
}
