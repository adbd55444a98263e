import type { SizeClass } from './cells';
import type { ModelWarning } from './figure';
import { text } from './figure';

export interface ValueAddedIndex {
  /**
   * Value added per employee of an industry × size class, the measure a participant's affected employees are
   * valued at. A cell without employees falls back to the industry's all-size average, then to all
   * manufacturing; each fallback is reported once as a warning so the trace can say so.
   */
  perEmployee(nace: number, sizeClass: SizeClass, theme: string, warnings: ModelWarning[]): number;
}

interface Sums {
  valueAdded: number;
  employees: number;
}

// Less than one employee is no basis for a per-employee figure (and would let a ratio explode): fall back instead.
const ratio = (s: Sums | undefined) => (s && s.employees >= 1 ? s.valueAdded / s.employees : null);

export function valueAddedIndex(
  population: readonly { nace: number; sizeClass: SizeClass; employees: number; valueAdded: number }[],
): ValueAddedIndex {
  const cells = new Map<string, Sums>();
  const industries = new Map<number, Sums>();
  const all: Sums = { valueAdded: 0, employees: 0 };
  for (const p of population) {
    cells.set(`${p.nace}|${p.sizeClass}`, { valueAdded: p.valueAdded, employees: p.employees });
    const ind = industries.get(p.nace) ?? { valueAdded: 0, employees: 0 };
    ind.valueAdded += p.valueAdded;
    ind.employees += p.employees;
    industries.set(p.nace, ind);
    all.valueAdded += p.valueAdded;
    all.employees += p.employees;
  }
  const warned = new Set<string>();
  return {
    perEmployee(nace, sizeClass, theme, warnings) {
      const key = `${nace}|${sizeClass}`;
      const own = ratio(cells.get(key));
      if (own !== null) return own;
      const industry = ratio(industries.get(nace));
      const fallback = industry ?? ratio(all) ?? 0;
      if (!warned.has(key)) {
        warned.add(key);
        const used =
          industry !== null
            ? text(`industry ${nace}'s all-size average`, `branche ${nace}s gennemsnit for alle størrelser`)
            : ratio(all) !== null
              ? text('the all-manufacturing average', 'gennemsnittet for hele industrien')
              : text('0 (the population table has no employees)', '0 (populationstabellen har ingen ansatte)');
        warnings.push({
          code: 'value-added-fallback',
          theme,
          nace,
          sizeClass,
          message: text(
            `Fewer than one employee in the population table for industry ${nace}, size class ${sizeClass}: participants there are valued at ${used.en} value added per employee.`,
            `Under én ansat i populationstabellen for branche ${nace}, størrelsesklasse ${sizeClass}: deltagere dér værdisættes med ${used.da} værditilvækst pr. ansat.`,
          ),
        });
      }
      return fallback;
    },
  };
}
