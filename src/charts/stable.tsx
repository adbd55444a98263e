import { isValidElement, memo, useRef, type ComponentType } from 'react';

/**
 * Structural equality for chart props: screens rebuild their data arrays and label objects on every render (a
 * query elsewhere on the screen resolved), and a Recharts chart costs tens of milliseconds to render, so a chart
 * whose data did not change must not render again. React elements compare by identity (never walked).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isValidElement(a) || isValidElement(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(rb, k)) return false;
    const x = ra[k];
    const y = rb[k];
    // Functions are handed on as stable proxies (see `stable`): only whether one is given matters.
    if (typeof x === 'function' || typeof y === 'function') {
      if (typeof x !== typeof y) return false;
      continue;
    }
    if (!sameValue(x, y)) return false;
  }
  return true;
}

type Fn = (...args: never[]) => unknown;

/**
 * A chart that renders again only when its props change by value. Its callbacks (formatters, click handlers) are
 * passed as stable proxies that always call the latest ones, so a skipped render never leaves a stale handler.
 */
export function stable<P extends object>(Chart: ComponentType<P>): ComponentType<P> {
  const Inner = memo(Chart, (a, b) => sameValue(a, b));
  function Stable(props: P) {
    const latest = useRef(props);
    latest.current = props; // read only by the proxies below, when called after this render
    const proxies = useRef(new Map<string, Fn>());
    const passed = { ...props } as Record<string, unknown>;
    for (const [key, value] of Object.entries(props)) {
      if (typeof value !== 'function') continue;
      let proxy = proxies.current.get(key);
      if (!proxy) {
        proxy = (...args: never[]) => ((latest.current as Record<string, unknown>)[key] as Fn)(...args);
        proxies.current.set(key, proxy);
      }
      passed[key] = proxy;
    }
    return <Inner {...(passed as P)} />;
  }
  Stable.displayName = `Stable(${Chart.displayName ?? Chart.name})`;
  return Stable;
}
