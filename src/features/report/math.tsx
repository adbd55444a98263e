import { createElement, type ReactNode } from 'react';

/**
 * A small TeX-like notation for the report's formulas, typeset as MathML (native in Chromium, Firefox and Safari;
 * no library). Enough for the chain: identifiers, numbers, operators, `_x` / `_{…}` and `^x` / `^{…}`, `\frac{a}{b}`,
 * `\sum` and `\prod` with limits, `\text{…}`. Multi-letter runs are one identifier (PV, BCR, DF).
 */
type Node =
  | { k: 'mi' | 'mn' | 'mo' | 'mtext'; s: string }
  | { k: 'row'; c: Node[] }
  | { k: 'frac'; n: Node; d: Node }
  | { k: 'script'; base: Node; sub: Node | null; sup: Node | null; big: boolean };

const LETTER = /[A-Za-zÆØÅæøåα-ωΑ-Ω′ΔΣΠℛ]/u;
const BIG: Record<string, string> = { sum: '∑', prod: '∏' };

function parse(src: string): Node {
  let i = 0;
  const group = (): Node => {
    if (src[i] === '{') {
      i++;
      const r = seq('}');
      i++;
      return r;
    }
    return atom() ?? { k: 'row', c: [] };
  };
  const atom = (): Node | null => {
    while (src[i] === ' ') i++;
    const ch = src[i];
    if (ch === undefined || ch === '}') return null;
    if (ch === '{') return group();
    if (ch === '\\') {
      const name = /^\\([a-z]+)/.exec(src.slice(i))?.[1] ?? '';
      i += name.length + 1;
      if (name === 'frac') return { k: 'frac', n: group(), d: group() };
      if (name === 'text') {
        const end = src.indexOf('}', i);
        const s = src.slice(i + 1, end);
        i = end + 1;
        return { k: 'mtext', s };
      }
      const big = BIG[name];
      if (big) return { k: 'mo', s: big };
      return { k: 'mi', s: name };
    }
    if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(?:[.,][0-9]+)?/.exec(src.slice(i))?.[0] ?? ch;
      i += m.length;
      return { k: 'mn', s: m };
    }
    if (LETTER.test(ch)) {
      let s = '';
      while (src[i] !== undefined && LETTER.test(src[i] ?? '')) s += src[i++];
      return { k: 'mi', s };
    }
    i++;
    return { k: 'mo', s: ch };
  };
  const seq = (end?: string): Node => {
    const c: Node[] = [];
    while (i < src.length && src[i] !== end) {
      while (src[i] === ' ') i++;
      if (src[i] === '_' || src[i] === '^') {
        const prev = c.pop() ?? { k: 'row', c: [] };
        const s: Extract<Node, { k: 'script' }> =
          prev.k === 'script'
            ? prev
            : { k: 'script', base: prev, sub: null, sup: null, big: prev.k === 'mo' && (prev.s === '∑' || prev.s === '∏') };
        const which = src[i] === '_' ? 'sub' : 'sup';
        i++;
        s[which] = group();
        c.push(s);
        continue;
      }
      const a = atom();
      if (a) c.push(a);
      else if (src[i] !== end) i++;
    }
    return c.length === 1 && c[0] ? c[0] : { k: 'row', c };
  };
  return seq();
}

/** MathML elements through createElement: React's JSX types list no MathML tags, React itself renders them. */
const h = (tag: string, props: Record<string, string | number | undefined> | null, ...children: ReactNode[]) =>
  createElement(tag, props, ...children);

function toMathml(n: Node, key?: number): ReactNode {
  switch (n.k) {
    case 'mi':
      return h('mi', { key, mathvariant: n.s.replace('′', '').length > 1 ? 'normal' : undefined }, n.s);
    case 'mn':
    case 'mo':
    case 'mtext':
      return h(n.k, { key }, n.s);
    case 'row':
      return h('mrow', { key }, ...n.c.map((c, j) => toMathml(c, j)));
    case 'frac':
      return h('mfrac', { key }, toMathml(n.n), toMathml(n.d));
    case 'script': {
      const base = toMathml(n.base);
      const sub = n.sub && toMathml(n.sub);
      const sup = n.sup && toMathml(n.sup);
      if (n.big) return sub && sup ? h('munderover', { key }, base, sub, sup) : h('munder', { key }, base, sub ?? sup);
      if (sub && sup) return h('msubsup', { key }, base, sub, sup);
      return sub ? h('msub', { key }, base, sub) : h('msup', { key }, base, sup);
    }
  }
}

/** The formula as linear text ("N = Σ_θ …"), for the accessible label and where MathML cannot go. */
function toLinear(n: Node): string {
  switch (n.k) {
    case 'row':
      return n.c.map(toLinear).join('');
    case 'frac':
      return `(${toLinear(n.n)}) / (${toLinear(n.d)})`;
    case 'script': {
      const wrap = (x: Node) => (x.k === 'row' ? `{${toLinear(x)}}` : toLinear(x));
      return `${toLinear(n.base)}${n.sub ? `_${wrap(n.sub)}` : ''}${n.sup ? `^${wrap(n.sup)}` : ''}`;
    }
    case 'mo':
      return /[=≥≤+−·×]/.test(n.s) ? ` ${n.s} ` : n.s;
    default:
      return n.s;
  }
}

/** A display formula: MathML, with its linear text as the accessible name. */
export function Formula({ tex, display = true }: { tex: string; display?: boolean }) {
  const tree = parse(tex);
  return h(
    'math',
    { display: display ? 'block' : 'inline', 'aria-label': toLinear(tree).replace(/\s+/g, ' ').trim(), 'data-tex': tex },
    toMathml(tree),
  );
}
