import { createContext, useContext, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * For a page of many charts (the Overview's breakdowns): a chart far from the viewport keeps its last drawing until
 * it comes near, and is drawn with the current data then. A cross-filter click changes the data of 9 Recharts
 * charts; drawing the ones nobody can see was most of a click's time (Recharts' redraw is one unsplittable piece
 * per chart). The chart's words (its summary for screen readers, its table and figures) stay current; only the
 * picture waits. Printing draws every chart first.
 */
export const DrawNearViewportOnly = createContext(false);

/** How far outside the viewport a chart is drawn ahead of being scrolled to: half a viewport height each way. */
const AHEAD = '50% 0px';

/** Whether the element is within a viewport height of the screen (always true without the context or an observer). */
export function useNearViewport(el: RefObject<HTMLElement | null>): boolean {
  const enabled = useContext(DrawNearViewportOnly);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const node = el.current;
    if (!enabled || !node || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: AHEAD });
    io.observe(node);
    // A printout shows every chart: drawn before the browser lays out the print, not a frame later.
    const print = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', print);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', print);
      setNear(true);
    };
  }, [el, enabled]);
  return near || !enabled;
}
