import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Math as DocxMath,
  MathRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { latexToMath } from 'docx/math';
import type { ExportLegendItem } from '../../../charts';

/** A chart drawn as PNG, with its size in CSS pixels. */
export interface ChartImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface DocxOptions {
  /** The stamp's line for every page's footer: version, data set and hash, scenario, date. */
  footer: string;
  lang: 'da' | 'en';
  /** Draws a chart's <svg> and its legend as PNG (the browser's canvas; see svg-png.ts). */
  rasterise: (svg: SVGSVGElement, legend: readonly ExportLegendItem[]) => Promise<ChartImage>;
}

type Block = Paragraph | Table;

/** What the printed report leaves out, and so does the .docx: tools, hidden captions, empty editable fields. */
const SKIP = '.chart-tools, button, style, script, .visually-hidden, [hidden], [aria-hidden="true"]';
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'HEADER', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE']);
/** A4 text width in CSS pixels at 96 dpi (170 mm). */
const TEXT_WIDTH_PX = 642;
const HEADINGS = {
  H1: HeadingLevel.TITLE,
  H2: HeadingLevel.HEADING_1,
  H3: HeadingLevel.HEADING_2,
  H4: HeadingLevel.HEADING_3,
} as const;

interface Run {
  bold?: boolean;
  italics?: boolean;
  mono?: boolean;
  small?: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
const isBlock = (n: Node): n is Element => n.nodeType === 1 && BLOCK.has((n as Element).tagName);

/** A formula for Word: typeset from its TeX where Word's converter knows every command, else its linear text. */
function math(el: Element): ParagraphChild {
  const tex = el.getAttribute('data-tex') ?? '';
  try {
    return new DocxMath({ children: latexToMath(tex) });
  } catch {
    return new DocxMath({ children: [new MathRun(el.getAttribute('aria-label') ?? el.textContent ?? '')] });
  }
}

/** Text and inline elements as runs, keeping bold (strong, th, dt), italics and monospace (hashes, code). */
function runs(node: Node, fmt: Run = {}): ParagraphChild[] {
  if (node.nodeType === 3) {
    const text = squash(node.textContent ?? '');
    return text
      ? [
          new TextRun({
            text,
            bold: fmt.bold,
            italics: fmt.italics,
            font: fmt.mono ? 'Consolas' : undefined,
            size: fmt.small ? 16 : undefined,
          }),
        ]
      : [];
  }
  if (node.nodeType !== 1) return [];
  const el = node as Element;
  if (el.matches(SKIP)) return [];
  if (el.tagName.toLowerCase() === 'math') return [math(el)];
  if (el.tagName === 'BR') return [new TextRun({ break: 1 })];
  const next: Run = {
    bold: fmt.bold || ['STRONG', 'B', 'TH', 'DT'].includes(el.tagName),
    italics: fmt.italics || el.tagName === 'EM',
    mono: fmt.mono || el.tagName === 'CODE' || el.classList.contains('hash'),
    small: fmt.small || el.classList.contains('hash'),
  };
  const out: ParagraphChild[] = [];
  for (const c of el.childNodes) {
    // An inline box that is a block in CSS (a note under a value) starts a new line.
    if (isBlock(c) && out.length > 0) out.push(new TextRun({ break: 1 }));
    out.push(...runs(c, next));
  }
  return out;
}

function para(el: Element, opts: { style?: string; bold?: boolean } = {}): Paragraph[] {
  const children = runs(el, { bold: opts.bold });
  if (children.length === 0) return [];
  return [new Paragraph({ children, style: opts.style })];
}

function cell(el: Element, header: boolean): TableCell {
  const content = [...el.childNodes].some(isBlock)
    ? [new Paragraph({ children: runs(el, { bold: header }) })]
    : para(el, { bold: header });
  return new TableCell({
    children: content.length > 0 ? content : [new Paragraph('')],
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** The page's text width in twips (A4 less the margins below). */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1077;

/** Column widths as drawn on screen (a source column gets the room it has there); equal where nothing is laid out. */
function measuredColumns(el: HTMLTableElement): number[] | undefined {
  const widths = [...(el.rows[0]?.cells ?? [])].map((c) => c.getBoundingClientRect().width);
  const sum = widths.reduce((a, b) => a + b, 0);
  return sum > 0 ? widths.map((w) => Math.round((w / sum) * TEXT_WIDTH_TWIPS)) : undefined;
}

function table(rows: { cells: TableCell[]; header: boolean }[], columnWidths?: number[]): Table | null {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const full = rows.filter((r) => r.cells.length > 0);
  if (full.length === 0) return null;
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    ...(columnWidths?.length === width ? { columnWidths, layout: TableLayoutType.FIXED } : {}),
    rows: full.map(
      (r) =>
        new TableRow({
          tableHeader: r.header,
          cantSplit: true,
          children: [
            ...r.cells,
            ...Array.from({ length: width - r.cells.length }, () => new TableCell({ children: [new Paragraph('')] })),
          ],
        }),
    ),
  });
}

function htmlTable(el: HTMLTableElement): Block[] {
  const out: Block[] = [];
  const caption = el.querySelector(':scope > caption');
  if (caption && !caption.matches(SKIP)) out.push(...para(caption, { style: 'Caption' }));
  const rows = [...el.rows].map((tr) => ({
    header: tr.parentElement?.tagName === 'THEAD',
    cells: [...tr.cells].filter((c) => !c.matches(SKIP)).map((c) => cell(c, tr.parentElement?.tagName === 'THEAD')),
  }));
  const t = table(rows, measuredColumns(el));
  if (t) out.push(t, new Paragraph(''));
  return out;
}

/** Definition lists (the stamp) as two-column tables; a list of <div><dt><dd></div> (the presets) as paragraphs. */
function definitionList(el: Element): Block[] {
  const wrapped = [...el.children].every((c) => c.tagName === 'DIV');
  if (wrapped) return [...el.children].flatMap((d) => [...d.children].flatMap((c) => para(c, { bold: c.tagName === 'DT' })));
  const rows: { cells: TableCell[]; header: boolean }[] = [];
  for (const c of el.children) {
    if (c.tagName === 'DT') rows.push({ header: false, cells: [cell(c, true)] });
    else if (c.tagName === 'DD') rows[rows.length - 1]?.cells.push(cell(c, false));
  }
  const t = table(rows);
  return t ? [t, new Paragraph('')] : [];
}

/** The Overview-style figure cards as a table: what, the figure, its basis. */
function figureCards(el: Element): Block[] {
  const rows = [...el.querySelectorAll('.figure-card')].map((c) => ({
    header: false,
    cells: [c.querySelector('.figure-label'), c.querySelector('.figure-value'), c.querySelector('.figure-sub')].map((x, i) =>
      x ? cell(x, i === 1) : new TableCell({ children: [new Paragraph('')] }),
    ),
  }));
  const t = table(rows);
  return t ? [t, new Paragraph('')] : [];
}

/** The legend a chart frame declares for its exported pictures (`data-export-legend`); none when it has none. */
function exportLegend(el: Element): ExportLegendItem[] {
  const text = el.getAttribute('data-export-legend');
  if (!text) return [];
  try {
    const items: unknown = JSON.parse(text);
    return Array.isArray(items) ? items.filter(isLegendItem) : [];
  } catch {
    return [];
  }
}

function isLegendItem(x: unknown): x is ExportLegendItem {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { label?: unknown }).label === 'string' &&
    typeof (x as { color?: unknown }).color === 'string'
  );
}

async function chart(el: Element, opts: DocxOptions): Promise<Block[]> {
  const out: Block[] = [];
  const caption = el.querySelector('figcaption');
  const title = caption?.querySelector('strong');
  const desc = caption?.querySelector('.chart-desc');
  if (title) out.push(new Paragraph({ style: 'Caption', keepNext: true, children: runs(title, { bold: true }) }));
  const svg = el.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? el.querySelector<SVGSVGElement>('.chart-area svg');
  if (svg) {
    const img = await opts.rasterise(svg, exportLegend(el));
    const scale = Math.min(1, TEXT_WIDTH_PX / img.width);
    out.push(
      new Paragraph({
        keepNext: true,
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: img.data,
            transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) },
            altText: {
              name: title?.textContent ?? 'chart',
              description: desc?.textContent ?? '',
              title: title?.textContent ?? '',
            },
          }),
        ],
      }),
    );
  }
  if (desc) out.push(...para(desc, { style: 'Caption' }));
  return out;
}

function list(el: Element): Block[] {
  const ordered = el.tagName === 'OL';
  return [...el.children].flatMap((li, i) => {
    const inline: ParagraphChild[] = ordered ? [new TextRun(`${i + 1}. `)] : [];
    const after: Block[] = [];
    for (const c of li.childNodes) {
      if (
        c.nodeType === 1 &&
        (c as Element).tagName.toLowerCase() === 'math' &&
        (c as Element).getAttribute('display') === 'block'
      )
        after.push(new Paragraph({ indent: { left: 720 }, children: [math(c as Element)] }));
      else inline.push(...runs(c));
    }
    return [new Paragraph({ children: inline, bullet: ordered ? undefined : { level: 0 } }), ...after];
  });
}

/** The printed report, element by element, as Word blocks. */
async function blocks(el: Element, opts: DocxOptions): Promise<Block[]> {
  if (el.matches(SKIP)) return [];
  const tag = el.tagName;
  if (el.classList.contains('report-editable')) {
    const text = (typeof (el as HTMLElement).innerText === 'string' ? (el as HTMLElement).innerText : el.textContent) ?? '';
    const heading = HEADINGS[tag as keyof typeof HEADINGS];
    return text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map(
        (l) =>
          new Paragraph({
            heading,
            style: heading ? undefined : el.classList.contains('report-subtitle') ? 'Subtitle' : undefined,
            children: [new TextRun(l)],
          }),
      );
  }
  if (tag in HEADINGS) {
    const children = runs(el);
    return children.length ? [new Paragraph({ heading: HEADINGS[tag as keyof typeof HEADINGS], children, keepNext: true })] : [];
  }
  if (tag === 'FIGURE' && el.classList.contains('chart')) return chart(el, opts);
  if (el.classList.contains('report-figures')) return figureCards(el);
  if (tag === 'TABLE') return htmlTable(el as HTMLTableElement);
  if (tag === 'UL' || tag === 'OL') return list(el);
  if (tag === 'DL') return definitionList(el);
  if (tag.toLowerCase() === 'math') return [new Paragraph({ children: [math(el)] })];
  if (![...el.childNodes].some(isBlock)) return para(el);
  // Page breaks where the print has them: after the title page, before the appendix.
  const out: Block[] = el.classList.contains('report-appendix') ? [new Paragraph({ children: [new PageBreak()] })] : [];
  for (const c of el.childNodes) {
    if (c.nodeType === 1) out.push(...(await blocks(c as Element, opts)));
    else if (squash(c.textContent ?? '').trim()) out.push(new Paragraph({ children: runs(c) }));
  }
  if (el.classList.contains('report-title-page')) out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** The report as shown (and printed) as a Word document: headings, tables, charts as images, the stamp in the footer. */
export async function reportDocx(article: Element, opts: DocxOptions): Promise<Uint8Array> {
  const children = await blocks(article, opts);
  const doc = new Document({
    creator: 'Spillover',
    title: article.querySelector('h1')?.textContent ?? '',
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 20, language: { value: opts.lang === 'da' ? 'da-DK' : 'en-GB' } },
          // Spacing after only: a line height here squeezes a picture's line in LibreOffice (seen: charts cut to a strip).
          paragraph: { spacing: { after: 100 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          run: { size: 17, color: '444444' },
          paragraph: { spacing: { after: 60 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1077, right: 1077 } }, // A4
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: opts.footer, size: 14, color: '5B6470' }),
                  new TextRun({ text: '\t', size: 14 }),
                  new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 14, color: '5B6470' }),
                ],
                tabStops: [{ type: 'right', position: 9752 }],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
