import { useEffect, useRef, useState } from 'react';

/**
 * The drawn width of a chart's box, followed as the window changes; `fixed` (print, tests) wins. Charts lay
 * themselves out from it: a phone's 350 px cannot hold the label columns a desktop chart has beside its bars.
 */
export function useWidth(fixed: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [w, setW] = useState(fixed ?? 0);
  useEffect(() => {
    const el = ref.current;
    if (fixed !== undefined || !el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => setW(Math.floor(entry?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [fixed]);
  return [ref, fixed ?? w] as const;
}
