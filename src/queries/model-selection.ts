import { useCallback, useEffect, useState } from 'react';
import { SIZE_CLASSES, type SizeClass, type TermSelection } from '../model';
import { currentHref, scheduleUrl } from './url-writer';

/**
 * The selected model terms in the URL (`?m.theme=…&m.industry=10&m.size_class=250%2B`): bars of the model's own
 * breakdowns. Unlike the cross-filters (`f.`), they re-run nothing; the headline adds "of which selected".
 */
export function readSelection(search: string): TermSelection {
  const p = new URLSearchParams(search);
  const out: TermSelection = {};
  const theme = p.get('m.theme');
  if (theme) out.theme = theme;
  const industry = p.get('m.industry');
  if (industry !== null && /^\d{1,4}$/.test(industry)) out.industry = Number(industry);
  const size = p.get('m.size_class');
  if (size && (SIZE_CLASSES as readonly string[]).includes(size)) out.sizeClass = size as SizeClass;
  return out;
}

export function writeSelection(href: string, s: TermSelection): string {
  const url = new URL(href);
  for (const k of ['m.theme', 'm.industry', 'm.size_class']) url.searchParams.delete(k);
  if (s.theme !== undefined) url.searchParams.set('m.theme', s.theme);
  if (s.industry !== undefined) url.searchParams.set('m.industry', String(s.industry));
  if (s.sizeClass !== undefined) url.searchParams.set('m.size_class', s.sizeClass);
  return url.toString();
}

export type SelectionDimension = keyof TermSelection;

export function useModelSelection(): {
  selection: TermSelection;
  toggle: (d: SelectionDimension, key: string) => void;
  remove: (d: SelectionDimension) => void;
  clear: () => void;
} {
  const [selection, setSelection] = useState<TermSelection>(() => readSelection(new URL(currentHref()).search));
  useEffect(() => {
    const onPop = () => setSelection(readSelection(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const apply = useCallback((next: TermSelection) => {
    scheduleUrl(window, 'selection', (href) => writeSelection(href, next));
    setSelection(next);
  }, []);
  const without = (d: SelectionDimension): TermSelection => {
    const { [d]: _gone, ...rest } = selection;
    return rest;
  };
  return {
    selection,
    toggle: (d, key) => {
      const value = d === 'industry' ? Number(key) : key;
      if (selection[d] === value) apply(without(d));
      else apply(readSelection(new URL(writeSelection(window.location.href, { ...selection, [d]: value })).search));
    },
    remove: (d) => apply(without(d)),
    clear: () => apply({}),
  };
}
