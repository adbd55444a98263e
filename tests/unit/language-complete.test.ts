// @vitest-environment jsdom
// Every screen in Danish shows no English-only text of the app's own dictionary, and in English no Danish-only text;
// numbers follow the language too. The dictionary is read from the source: every `{ da: '…', en: '…' }` literal
// (and the model's `text(en, da)`), so a new string is covered the day it is written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shell } from '../../src/app/shell';
import { SCREENS, type Screen } from '../../src/app/screens';
import { EngineChoice } from '../../src/features/engine';
import type { Engine } from '../../src/queries';
import { openNodeEngine, renderWithEngine } from '../render-with-engine';
import { SilentResizeObserver, standIn } from '../jsdom-stand-ins';

interface Entry {
  da: string;
  en: string;
  where: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && !/\.(test|bench)\.tsx?$/.test(d.name) && !/test-/.test(d.name) ? [path] : [];
  });
}

const STRING = String.raw`'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\x60(?:\\.|[^\x60\\])*\x60`;
const PAIR = new RegExp(String.raw`\{\s*da:\s*(${STRING})\s*,\s*en:\s*(${STRING})\s*,?\s*\}`, 'g');
const MODEL_TEXT = new RegExp(String.raw`\btext\(\s*(${STRING})\s*,\s*(${STRING})\s*,?\s*\)`, 'g');

/** The fixed pieces of a literal: a template's text between its `${…}`, unescaped. */
function pieces(literal: string): string[] {
  const body = literal.slice(1, -1).replace(/\\(['"`\\])/g, '$1');
  if (!literal.startsWith('`')) return [body];
  // Interpolations nest braces rarely in this code base; cutting at `${` … `}` keeps the text around them.
  return body.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/);
}

/** Every pair of the dictionary whose two sides differ, as fixed text pieces long enough to tell apart. */
function dictionary(): Entry[] {
  const out: Entry[] = [];
  for (const file of sources('src')) {
    const code = readFileSync(file, 'utf8');
    const add = (da: string, en: string) => {
      const [d, e] = [pieces(da), pieces(en)];
      d.forEach((p, i) => out.push({ da: p.trim(), en: (e[i] ?? '').trim(), where: file }));
      // Pieces of templates do not always line up: the English ones alone are what the Danish screens must not show.
      e.slice(d.length).forEach((p) => out.push({ da: '', en: p.trim(), where: file }));
    };
    for (const m of code.matchAll(PAIR)) add(m[1] ?? '', m[2] ?? '');
    for (const m of code.matchAll(MODEL_TEXT)) add(m[2] ?? '', m[1] ?? ''); // the model's text(en, da)
  }
  return out;
}

const DICT = dictionary();

/** Text long and wordy enough that finding it means the string itself is on screen, not a coincidence. */
const telling = (s: string) => s.length >= 6 && /\p{L}{3}/u.test(s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A plain substring test first: the word-boundary regex is only built where the text occurs at all.
const found = (hay: string, needle: string) =>
  hay.includes(needle) && new RegExp(String.raw`(?<![\p{L}\d_])${escape(needle)}(?![\p{L}\d_])`, 'u').test(hay);

/** What the other language's screen must not show: its own side, unless this language uses the same words. */
function foreignOf(lang: 'da' | 'en'): { text: string; where: string }[] {
  const other = lang === 'da' ? 'en' : 'da';
  const own = DICT.map((e) => e[lang]).filter(telling);
  return DICT.filter((e) => telling(e[other]) && e[other] !== e[lang])
    .map((e) => ({ text: e[other], where: e.where }))
    .filter((f) => !own.some((o) => found(o, f.text)));
}
const FOREIGN = { da: foreignOf('da'), en: foreignOf('en') };
const foreign = (lang: 'da' | 'en') => FOREIGN[lang];

/** The page as a reader meets it: visible text, and the names and hints a screen reader or tooltip gives. */
function pageText(): string {
  const attrs = [...document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  // What fields hold is read as much as any label ("12,5" in an English field is a Danish number).
  const values = [
    ...document.body.querySelectorAll<HTMLInputElement>(
      'input:not([type=hidden]):not([type=file]):not([type=range]):not([type=checkbox]):not([type=radio])',
    ),
  ].map((i) => i.value);
  // Code the user typed or the app offers as SQL, and the schema's identifiers, are not prose; nor is CSS.
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone
    .querySelectorAll('code, pre, style, script, .cm-editor, [data-testid="sql-editor"], [data-testid="sql-schema"]')
    .forEach((c) => c.remove());
  return [clone.textContent ?? '', ...attrs, ...values].join('\n').replace(/\s+/g, ' ');
}

let engine: Engine;
standIn(globalThis, { ResizeObserver: SilentResizeObserver }); // the charts then draw nothing; their frames and tables stay
standIn(Range.prototype, { getClientRects: () => [], getBoundingClientRect: () => new DOMRect() }); // CodeMirror measures
beforeAll(async () => {
  engine = await openNodeEngine();
}, 90000);
afterAll(async () => {
  await engine?.db.close();
});

async function show(screenName: Screen, lang: 'da' | 'en'): Promise<string> {
  window.localStorage.setItem('spillover.lang', lang);
  // The app's own composition: the engine choice around the shell, as src/app/app.tsx puts it.
  const ui = createElement(EngineChoice, { browser: engine }, createElement(Shell, { screen: screenName }));
  const { client, unmount } = renderWithEngine(ui, { engine });
  await screen.findAllByRole('heading', { level: 2 }, { timeout: 30000 });
  await waitFor(() => expect(client.isFetching()).toBe(0), { timeout: 30000 });
  // Lazy parts (charts after the headline) come in after the first settle.
  await act(() => new Promise((r) => setTimeout(r, 50)));
  await waitFor(() => expect(client.isFetching()).toBe(0), { timeout: 30000 });
  if (screenName === 'overview') {
    fireEvent.click(await screen.findByTestId('how-national_potential')); // a trace: formula, inputs, assumptions
    await waitFor(() => expect(client.isFetching()).toBe(0), { timeout: 30000 });
  }
  const text = pageText();
  if (process.env.LANG_DUMP) console.log(`\n=== ${screenName} ${lang}\n${text}`);
  unmount();
  return text;
}

// English decimals on a Danish screen ("0.5", "12.25") and Danish ones on an English screen ("0,5"); a group of
// three after the mark is a thousands separator in the other language, so it is not counted.
const WRONG_DECIMAL = { da: /(?<![\d.,])\d+\.\d{1,2}(?![\d.])/g, en: /(?<![\d.,])\d+,\d{1,2}(?![\d,])/g };

// A pair with the same text on both sides is one language on both screens; these are the same in both languages.
const SHARED = /^(SQL|PNG|SVG|CSV|XLSX|JSON|Parquet|BCR|NACE|EUR|DKK|Spillover|Menu|Data|Import|Status|Budget|Min|Max)$/;
const ENGLISH_WORDS =
  /\b(the|of|and|for|with|from|to|in|by|rows?|table|reference|national|share|rate|value|name|type|year|file)\b/i;

it('no pair has the same English words on both sides', () => {
  const same = DICT.filter((e) => e.da === e.en && telling(e.en) && !SHARED.test(e.en) && ENGLISH_WORDS.test(e.en));
  expect(same.map((e) => `${e.en}  (${e.where})`)).toEqual([]);
});

describe.each(['da', 'en'] as const)('every screen in %s', (lang) => {
  const shown = new Map<Screen, string>();
  beforeAll(async () => {
    for (const s of SCREENS) shown.set(s, await show(s, lang));
  }, 240000);

  it('the dictionary was read: hundreds of pairs, in every layer that speaks', () => {
    expect(DICT.length).toBeGreaterThan(500);
    for (const dir of ['src/app', 'src/features', 'src/ui', 'src/model'])
      expect(
        DICT.some((e) => e.where.startsWith(dir)),
        dir,
      ).toBe(true);
  });

  it.each(SCREENS)(`%s shows no text of the other language's dictionary`, (s) => {
    const text = shown.get(s) ?? '';
    expect(text.length).toBeGreaterThan(200);
    const leaks = foreign(lang).filter((f) => found(text, f.text));
    expect(leaks.map((l) => `${l.text}  (${l.where})`)).toEqual([]);
  });

  it.each(SCREENS)(`%s writes decimals the ${lang === 'da' ? 'Danish' : 'English'} way`, (s) => {
    const text = shown.get(s) ?? '';
    expect(
      [...text.matchAll(WRONG_DECIMAL[lang])].map((m) => text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 20)),
    ).toEqual([]);
  });
});
