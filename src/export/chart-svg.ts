/**
 * A chart on screen as a standalone SVG file: the chart's own `<svg>` walked element by element and
 * written out as text, with
 * - only drawing elements and geometry attributes kept (no `<script>`, `<foreignObject>`, `<image>`,
 *   `<style>`, event handler, link or class attributes: the file carries nothing that runs);
 * - the computed styles that matter (fill, stroke, stroke width and dashes, opacity, font size and
 *   weight, text anchor) written as presentation attributes, so `var(--chart-actual)` and the page's
 *   CSS are not needed to render it;
 * - a CJK-safe font family on every text, so Chinese renders in Word, PowerPoint, WPS and browsers;
 * - a white background, the legend (recharts draws it in HTML, outside the SVG), and a footer drawn
 *   as SVG text: the title, then unit, period, 口径, as-of date, benchmark set, source and 示例.
 *
 * Written as a string rather than by cloning and restyling DOM nodes: nothing is set through a
 * `style` attribute, which the Content-Security-Policy (decision 0006) would block.
 */
import type { ChartFooter, LegendEntry } from './types';

/** The font family given to every text of an exported chart: each platform's CJK face first. */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","Hiragino Sans GB",sans-serif';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements written out; anything else (script, foreignObject, image, style, use, animate…) is dropped with its children. */
const KEEP = new Set([
  'svg',
  'g',
  'path',
  'line',
  'polyline',
  'polygon',
  'rect',
  'circle',
  'ellipse',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
]);
/** Elements whose children are kept, drawn as a plain group (a link's target is dropped). */
const AS_GROUP = new Set(['a', 'switch']);
/** Elements whose text content is written. */
const TEXT_HOLDERS = new Set(['text', 'tspan', 'title', 'desc']);

/** Geometry and structure: copied as they are (values checked below). */
const ATTRIBUTES = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'id',
  'clip-path',
  'clipPathUnits',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'offset',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'fill-rule',
  'clip-rule',
  'stroke-miterlimit',
]);

/** Computed styles written on every kept element (when not the default). */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
] as const;
/** Computed styles written on texts. */
const TYPE = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline'] as const;
/** Computed styles of gradient stops. */
const STOP = ['stop-color', 'stop-opacity'] as const;

const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'font-style': 'normal',
  'dominant-baseline': 'auto',
  'text-anchor': 'start',
  'stop-opacity': '1',
};

/** Characters XML 1.0 does not allow (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** ` name="value"`, numbers rounded to hundredths (positions from the page's layout are long fractions). */
const attr = (name: string, value: string | number) =>
  ` ${name}="${escapeXml(typeof value === 'number' ? String(Math.round(value * 100) / 100) : value)}"`;

/** An attribute value that is safe and meaningful outside the page, or null to drop it. */
function safeAttributeValue(name: string, value: string): string | null {
  if (/var\(|expression\(|javascript:|@import/i.test(value)) return null;
  if (name === 'clip-path') return /^url\(#[\w:.-]+\)$/.test(value.trim()) ? value.trim() : null;
  if (/url\(/i.test(value)) return null;
  return value;
}

/** A computed style value as an SVG presentation attribute, or null when it is the default. */
function presentationValue(name: string, value: string): string | null {
  let v = value.trim();
  if (v === '' || v === DEFAULTS[name]) return null;
  if (name === 'fill' || name === 'stroke' || name === 'stop-color') {
    if (/^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$/.test(v) || v === 'transparent') return 'none';
    // A paint server of this chart: url("#id") (Chromium may write the page's URL before the #).
    const url = /^url\(\s*["']?[^#"')]*#([\w:.-]+)["']?\s*\)/.exec(v);
    if (url) return `url(#${url[1]})`;
    if (/url\(|var\(/i.test(v)) return null;
  }
  if (name === 'stroke-width') v = v.replace(/px$/, '');
  if (name === 'stroke-dasharray') v = v.replace(/px/g, '').replace(/\s*,\s*/g, ' ');
  if (/var\(|url\(/i.test(v)) return null;
  return v;
}

interface Writer {
  readonly out: string[];
  readonly view: Window | null;
}

function computed(writer: Writer, el: Element): CSSStyleDeclaration | null {
  try {
    return writer.view?.getComputedStyle(el) ?? null;
  } catch {
    return null;
  }
}

/** Writes `el` and what it holds, or nothing when it is not a drawing element or is not displayed. */
function writeElement(writer: Writer, el: Element): void {
  if (el.namespaceURI !== SVG_NS) return;
  const name = el.localName;
  const group = AS_GROUP.has(name);
  if (!KEEP.has(name) && !group) return;
  const style = computed(writer, el);
  if (style && style.display === 'none') return;
  const tag = group ? 'g' : name;
  let open = `<${tag}`;
  if (!group) {
    for (const a of Array.from(el.attributes)) {
      if (a.namespaceURI !== null || !ATTRIBUTES.has(a.name)) continue;
      const v = safeAttributeValue(a.name, a.value);
      if (v !== null) open += attr(a.name, v);
    }
  }
  if (style) {
    const properties: readonly string[] =
      name === 'stop' ? STOP : name === 'text' || name === 'tspan' ? [...PAINT, ...TYPE] : PAINT;
    if (name !== 'title' && name !== 'desc' && name !== 'clipPath' && name !== 'defs') {
      for (const p of properties) {
        const v = presentationValue(p, style.getPropertyValue(p));
        if (v !== null) open += attr(p, v);
      }
      if (style.visibility === 'hidden') open += attr('visibility', 'hidden');
    }
  }
  if (name === 'text') open += attr('font-family', CJK_FONT_STACK);
  writer.out.push(`${open}>`);
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1) writeElement(writer, child as Element);
    else if (child.nodeType === 3 && TEXT_HOLDERS.has(name)) writer.out.push(escapeXml(child.textContent ?? ''));
  }
  writer.out.push(`</${tag}>`);
}

/** The chart's own coordinate system: its viewBox, or its width and height. */
function chartBox(svg: SVGSVGElement): { width: number; height: number; viewBox: string } {
  const vb = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb.length === 4 && vb.every(Number.isFinite) && (vb[2] ?? 0) > 0 && (vb[3] ?? 0) > 0) {
    return { width: vb[2] ?? 0, height: vb[3] ?? 0, viewBox: vb.join(' ') };
  }
  const rect = typeof svg.getBoundingClientRect === 'function' ? svg.getBoundingClientRect() : null;
  const width = Number.parseFloat(svg.getAttribute('width') ?? '') || rect?.width || 800;
  const height = Number.parseFloat(svg.getAttribute('height') ?? '') || rect?.height || 400;
  return { width, height, viewBox: `0 0 ${width} ${height}` };
}

/** About how wide `text` is at `size` px: CJK and full-width characters 1em, others about 0.6em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    em += c >= 0x2e80 || (c >= 0x1100 && c <= 0x115f) ? 1 : c === 0x20 ? 0.3 : 0.6;
  }
  return em * size;
}

/** `text` broken into lines no wider than `max` px: at spaces for Latin words, anywhere between CJK characters. */
export function wrapText(text: string, size: number, max: number): string[] {
  const tokens = text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (textWidth(line + token, size) <= max) {
      line += token;
      continue;
    }
    if (/^\s+$/.test(token)) {
      push();
      continue;
    }
    if (line.trim() !== '') push();
    // A word longer than the line is cut wherever it must be.
    let rest = token;
    while (textWidth(rest, size) > max) {
      let cut = 1;
      const chars = Array.from(rest);
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(''), size) <= max) cut++;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  push();
  return lines;
}

/**
 * A CSS colour (`var(--red)` included) as the page resolves it where the chart is (a page may set
 * its own variables), or the colour as given outside a page.
 */
function resolveColor(color: string, anchor: Element): string {
  const doc = anchor.ownerDocument;
  const host = anchor.parentElement ?? doc.body;
  if (!host || !doc.defaultView) return color;
  const probe = doc.createElement('span');
  // Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
  probe.style.color = color;
  host.appendChild(probe);
  const resolved = doc.defaultView.getComputedStyle(probe).color;
  probe.remove();
  return resolved || color;
}

interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly symbol?: string;
  /** The legend icon recharts drew (a small SVG), written as it is. */
  readonly icon?: SVGSVGElement;
  /** Where the page shows the entry, in the chart's coordinates (when the page has a layout). */
  readonly place?: { icon: Box | null; text: Box; fontSize: number };
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The legend recharts draws in HTML over the bottom of the chart's SVG: label, colour and icon of
 * each entry, and where each sits relative to the SVG, so the file shows it in the same place.
 */
function rechartsLegend(svg: SVGSVGElement, box: { width: number }): LegendItem[] {
  const wrapper = svg.closest('.recharts-wrapper');
  if (!wrapper) return [];
  const view = svg.ownerDocument.defaultView;
  const frame = svg.getBoundingClientRect();
  const scale = frame.width > 0 ? box.width / frame.width : 0;
  const placeOf = (el: Element | null): Box | null => {
    if (!el || scale === 0) return null;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    return {
      x: (r.left - frame.left) * scale,
      y: (r.top - frame.top) * scale,
      width: r.width * scale,
      height: r.height * scale,
    };
  };
  return Array.from(wrapper.querySelectorAll('.recharts-legend-item')).map((li) => {
    const text = li.querySelector('.recharts-legend-item-text') ?? li;
    const icon = li.querySelector('svg');
    const style = view?.getComputedStyle(text);
    const textBox = placeOf(text);
    return {
      label: (text.textContent ?? '').trim(),
      color: style?.color || TEXT,
      ...(icon ? { icon } : {}),
      ...(textBox
        ? {
            place: {
              icon: placeOf(icon),
              text: textBox,
              fontSize: (Number.parseFloat(style?.fontSize ?? '') || 14) * scale,
            },
          }
        : {}),
    };
  });
}

/** A legend icon recharts drew, written at `place`. */
function writeIcon(writer: Writer, icon: SVGSVGElement, place: Box): string {
  const iconBox = chartBox(icon);
  writer.out.push(
    `<svg${attr('x', place.x)}${attr('y', place.y)}${attr('width', place.width)}${attr('height', place.height)}${attr('viewBox', iconBox.viewBox)}>`,
  );
  for (const child of Array.from(icon.childNodes)) if (child.nodeType === 1) writeElement(writer, child as Element);
  writer.out.push('</svg>');
  return writer.out.splice(0).join('');
}

const PAD = 16;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 22;
const TITLE_SIZE = 15;
const LINE_SIZE = 12;
const MIN_WIDTH = 560;
const TEXT = '#1c1f24';
const MUTED = '#545b66';
const RULE = '#d5d9e0';

export interface ChartSvg {
  /** The SVG file's text, starting with the XML declaration. */
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The chart `svg` as a standalone SVG file with its legend and footer. `legend` replaces the legend
 * read from recharts (for charts that draw their own).
 */
export function chartSvg(svg: SVGSVGElement, footer: ChartFooter): ChartSvg {
  const doc = svg.ownerDocument;
  const writer: Writer = { out: [], view: doc.defaultView };
  const box = chartBox(svg);
  const width = Math.ceil(Math.max(box.width, MIN_WIDTH));
  const chartX = Math.round((width - box.width) / 2);
  const textMax = width - 2 * PAD;

  // The legend: where recharts showed it when the page has a layout, else in rows below the chart.
  const legend: LegendItem[] = footer.legend
    ? footer.legend.map((e: LegendEntry) => ({
        label: e.label,
        color: resolveColor(e.color, svg),
        ...(e.symbol ? { symbol: e.symbol } : {}),
      }))
    : rechartsLegend(svg, box);
  const placed: string[] = [];
  let chartBottom = box.height;
  for (const item of legend) {
    if (!item.place) continue;
    const { icon, text, fontSize } = item.place;
    if (item.icon && icon) placed.push(writeIcon(writer, item.icon, icon));
    placed.push(
      `<text${attr('x', text.x)}${attr('y', text.y + text.height / 2)} dominant-baseline="central"${attr('font-size', fontSize)}${attr('fill', item.color)}${attr('font-family', CJK_FONT_STACK)}>${escapeXml(item.label)}</text>`,
    );
    chartBottom = Math.max(chartBottom, text.y + text.height);
  }

  // The chart itself, in its own coordinates, with the legend placed in it.
  writer.out.push(
    `<svg${attr('x', chartX)}${attr('y', PAD)}${attr('width', box.width)}${attr('height', box.height)}${attr('viewBox', box.viewBox)} overflow="visible">`,
  );
  for (const child of Array.from(svg.childNodes)) if (child.nodeType === 1) writeElement(writer, child as Element);
  writer.out.push(...placed, '</svg>');
  const chart = writer.out.splice(0).join('');

  // Legend entries without a place, in rows below the chart.
  let y = PAD + chartBottom + 8;
  const legendParts: string[] = [];
  const rows = legend.filter((item) => !item.place);
  if (rows.length > 0) {
    let x = PAD;
    y += LEGEND_ROW / 2;
    for (const item of rows) {
      const itemWidth = 14 + 6 + textWidth(item.label, LEGEND_SIZE) + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += LEGEND_ROW;
      }
      if (item.icon) {
        legendParts.push(writeIcon(writer, item.icon, { x, y: y - 7, width: 14, height: 14 }));
      } else if (item.symbol) {
        legendParts.push(
          `<text${attr('x', x + 7)}${attr('y', y)} text-anchor="middle" dominant-baseline="central" font-size="14"${attr('fill', item.color)}${attr('font-family', CJK_FONT_STACK)}>${escapeXml(item.symbol)}</text>`,
        );
      } else {
        legendParts.push(
          `<line${attr('x1', x)}${attr('x2', x + 14)}${attr('y1', y)}${attr('y2', y)} stroke-width="3"${attr('stroke', item.color)}/>`,
        );
      }
      legendParts.push(
        `<text${attr('x', x + 20)}${attr('y', y)} dominant-baseline="central"${attr('font-size', LEGEND_SIZE)}${attr('fill', item.color)}${attr('font-family', CJK_FONT_STACK)}>${escapeXml(item.label)}</text>`,
      );
      x += itemWidth;
    }
    y += LEGEND_ROW / 2;
  }

  // The footer: a rule, the title, the provenance lines.
  y += 8;
  const footerParts: string[] = [
    `<line${attr('x1', PAD)}${attr('x2', width - PAD)}${attr('y1', y)}${attr('y2', y)}${attr('stroke', RULE)} stroke-width="1"/>`,
  ];
  y += 8;
  const line = (text: string, size: number, fill: string, bold: boolean) => {
    for (const part of wrapText(text, size, textMax)) {
      y += Math.round(size * 1.5);
      footerParts.push(
        `<text${attr('x', PAD)}${attr('y', y - Math.round(size * 0.35))}${attr('font-size', size)}${bold ? ' font-weight="700"' : ''}${attr('fill', fill)}${attr('font-family', CJK_FONT_STACK)}>${escapeXml(part)}</text>`,
      );
    }
  };
  line(footer.title, TITLE_SIZE, TEXT, true);
  for (const l of footer.lines) line(l, LINE_SIZE, MUTED, false);
  const height = Math.ceil(y + PAD);

  const text = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n',
    `<svg xmlns="${SVG_NS}" version="1.1"${attr('width', width)}${attr('height', height)}${attr('viewBox', `0 0 ${width} ${height}`)}${attr('font-family', CJK_FONT_STACK)}>`,
    `<title>${escapeXml(footer.title)}</title>`,
    `<desc>${escapeXml(footer.lines.join('\n'))}</desc>`,
    `<rect x="0" y="0"${attr('width', width)}${attr('height', height)} fill="#ffffff"/>`,
    chart,
    ...legendParts,
    ...footerParts,
    '</svg>\n',
  ].join('');
  return { text, width, height };
}
