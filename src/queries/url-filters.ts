import { useCallback, useEffect, useState } from 'react';
import { FILTER_DIMENSIONS, type FilterDimension, type Filters } from '../db';
import { currentHref, scheduleUrl } from './url-writer';

const PREFIX = 'f.';

/** Cross-filters from the URL (`?f.theme=robots&f.industry=25`), so a shared link opens the same view. */
export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const out: Filters = {};
  for (const d of FILTER_DIMENSIONS) {
    const v = params.get(PREFIX + d);
    if (v !== null && v !== '') out[d] = v;
  }
  return out;
}

export function writeFilters(href: string, filters: Filters): string {
  const url = new URL(href);
  for (const d of FILTER_DIMENSIONS) url.searchParams.delete(PREFIX + d);
  for (const d of FILTER_DIMENSIONS) {
    const v = filters[d];
    if (v !== undefined) url.searchParams.set(PREFIX + d, v);
  }
  return url.toString();
}

export function useFiltersFromUrl(): {
  filters: Filters;
  toggle: (dimension: FilterDimension, key: string) => void;
  remove: (dimension: FilterDimension) => void;
  clear: () => void;
} {
  const [filters, setFilters] = useState<Filters>(() => readFilters(new URL(currentHref()).search));
  useEffect(() => {
    const onPop = () => setFilters(readFilters(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const apply = useCallback((next: Filters) => {
    scheduleUrl(window, 'filters', (href) => writeFilters(href, next));
    setFilters(next);
  }, []);
  return {
    filters,
    toggle: (d, key) => apply(filters[d] === key ? omit(filters, d) : { ...filters, [d]: key }),
    remove: (d) => apply(omit(filters, d)),
    clear: () => apply({}),
  };
}

function omit(f: Filters, d: FilterDimension): Filters {
  const { [d]: _gone, ...rest } = f;
  return rest;
}
