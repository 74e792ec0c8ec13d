// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { chartSvg, CJK_FONT_STACK, escapeXml, textWidth, wrapText } from './chart-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart as recharts leaves it in the page: its SVG in a wrapper, the legend in HTML beside it. */
function mountChart(inner: string, legend = ''): SVGSVGElement {
  document.body.innerHTML = `<figure><div class="recharts-wrapper">
    <svg xmlns="${SVG_NS}" class="recharts-surface" width="800" height="320" viewBox="0 0 800 320">${inner}</svg>
    <div class="recharts-legend-wrapper"><ul>${legend}</ul></div></div></figure>`;
  return document.querySelector('svg.recharts-surface')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const footer = {
  title: '外贸进出口 · 完成情况走势 · 2020',
  lines: [
    '单位：亿元',
    '统计期：2020年',
    '口径：海关统计的本镇企业货物进出口总额（人民币），1–N月累计。',
    '截至：2020年6月30日',
    '来源：南通百姓网《白蒲镇2020年工作要点》',
    '示例数据：无公开来源，仅供演示',
  ],
};

describe('chartSvg', () => {
  it('writes a standalone SVG with the Chinese title, the footer and the CJK font family', () => {
    const svg = mountChart(
      `<g class="recharts-cartesian-axis"><text x="10" y="20" fill="var(--text-muted)"><tspan dy="0.355em">2020年1月</tspan></text></g>
       <path d="M0,0L10,10" stroke="var(--chart-actual)" stroke-dasharray="3 3"/>`,
    );
    const out = chartSvg(svg, footer);
    expect(out.text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(out.text).toContain('<title>外贸进出口 · 完成情况走势 · 2020</title>');
    expect(out.text).toContain('>外贸进出口 · 完成情况走势 · 2020</text>');
    expect(out.text).toContain('示例数据：无公开来源，仅供演示');
    expect(out.text).toContain('2020年1月');
    expect(out.text).toContain(`font-family="${escapeXml(CJK_FONT_STACK)}"`);
    // Every text element names the CJK fonts itself.
    const doc = new DOMParser().parseFromString(out.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = Array.from(doc.getElementsByTagName('text'));
    expect(texts.length).toBeGreaterThan(footer.lines.length);
    for (const text of texts) expect(text.getAttribute('font-family')).toBe(CJK_FONT_STACK);
    // A white background under everything, and no reference to the page's CSS variables.
    expect(out.text).toMatch(/<rect x="0" y="0" width="\d+" height="\d+" fill="#ffffff"\/>/);
    expect(out.text).not.toContain('var(');
    expect(out.width).toBeGreaterThanOrEqual(800);
    expect(out.height).toBeGreaterThan(320);
  });

  it('leaves out scripts, foreign objects, images, styles, event handlers and links', () => {
    const svg = mountChart(
      `<script>alert(1)</script>
       <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
       <image href="https://example.com/x.png" width="5" height="5"/>
       <style>text { fill: red }</style>
       <a href="javascript:alert(2)"><text x="1" y="2" onclick="alert(3)" onmouseover="alert(4)">链接</text></a>
       <rect x="0" y="0" width="5" height="5" onload="alert(5)" style="fill: url(https://evil/)" class="x"/>
       <use href="#x"/>
       <animate attributeName="x" to="javascript:alert(6)"/>`,
    );
    const { text } = chartSvg(svg, { title: '<script>alert(7)</script>', lines: ['"><svg onload=alert(8)>'] });
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/<foreignObject|<image|<style|<use|<animate|<a[\s>]/i);
    expect(text).not.toMatch(/javascript:|href=|class=|https:\/\/evil/i);
    // No event handler attribute anywhere (the footer's words "onload=" are text, escaped).
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      for (const a of Array.from(el.attributes)) expect(a.name).not.toMatch(/^on/i);
    }
    // The link's text stays, drawn as a group.
    expect(text).toContain('>链接</text>');
    // Text of the title and footer is escaped, never markup.
    expect(text).toContain('&lt;script&gt;alert(7)&lt;/script&gt;');
    expect(text).toContain('&quot;&gt;&lt;svg onload=alert(8)&gt;');
    expect(doc.querySelector('parsererror')).toBeNull();
  });

  it('draws the recharts legend, which recharts keeps outside its SVG', () => {
    const svg = mountChart(
      '<path d="M0,0L1,1"/>',
      `<li class="recharts-legend-item"><svg class="recharts-surface" width="14" height="14" viewBox="0 0 32 32"><path d="M0,16h32" class="recharts-legend-icon"/></svg><span class="recharts-legend-item-text">实际完成</span></li>
       <li class="recharts-legend-item"><svg class="recharts-surface" width="14" height="14" viewBox="0 0 32 32"><path d="M0,16h32"/></svg><span class="recharts-legend-item-text">序时进度</span></li>`,
    );
    const { text } = chartSvg(svg, footer);
    expect(text).toContain('>实际完成</text>');
    expect(text).toContain('>序时进度</text>');
    expect(text).toContain('viewBox="0 0 32 32"');
  });

  it('draws a legend given with symbols (the timeline draws its own)', () => {
    const svg = mountChart('<circle cx="1" cy="1" r="1"/>');
    const { text } = chartSvg(svg, {
      ...footer,
      legend: [
        { label: '逾期', color: '#b3261e', symbol: '■' },
        { label: '今天', color: 'rgb(0, 0, 0)' },
      ],
    });
    expect(text).toContain('>■</text>');
    expect(text).toContain('>逾期</text>');
    expect(text).toContain('>今天</text>');
  });

  it('drops characters XML cannot hold', () => {
    const svg = mountChart('<text x="0" y="0">a\u0001b</text>');
    const { text } = chartSvg(svg, { title: 'x\u0000y', lines: [] });
    expect(text).toContain('>ab</text>');
    expect(text).toContain('<title>xy</title>');
  });
});

describe('wrapText', () => {
  it('wraps Chinese anywhere and Latin at spaces, within the width', () => {
    const long = '口径：海关统计的本镇企业货物进出口总额（人民币），1–N月累计，按海关总署月度数据口径。';
    const lines = wrapText(long, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(long);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
    const en = wrapText('Definition: total goods imports and exports of firms registered in the town', 12, 150);
    expect(en.join(' ')).toBe('Definition: total goods imports and exports of firms registered in the town');
    for (const line of en) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('x'.repeat(100), 10, 60);
    expect(lines.join('')).toBe('x'.repeat(100));
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
  });
});
