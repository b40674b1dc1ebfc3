import type { TimelineItem } from '@/lib/dataset/types';
import type { MarkView } from '@/lib/timeline/hit-test';
import type { LabelView } from '@/lib/timeline/labels';
import type { LegendEntry } from '@/lib/timeline/legend';
import { INK } from '@/lib/timeline/palette';
import { shapePath } from '@/lib/timeline/shapes';
import { LABEL_FONTS, textWidth } from '@/lib/timeline/text-width';
import type { SVGFrame } from './types';

const NS = 'http://www.w3.org/2000/svg';
const round = (n: number) => Math.round(n * 10) / 10;

/** The timeline's CSS that an exported SVG needs, with the light theme's colours. */
const SVG_STYLE = [
  'text{font-size:12px;fill:#1a1d23}',
  '.tl-axis .tick text{font-size:11px;fill:#4f5663}',
  '.tl-axis .tick line{stroke:#4f5663}',
  '.tl-grid line{stroke:#e3e6eb;stroke-width:1}',
  '.tl-break-band{fill:#eef0f3}',
  '.tl-break-zigzag{stroke:#4f5663;stroke-width:1.5;fill:none}',
  '.tl-cluster text{font-size:11px;font-weight:600}',
  '.tl-label{font-size:11px}',
  '.tl-cursor line{stroke:#b3401a;stroke-width:2}',
  '.tl-cursor-tag rect{fill:#b3401a}',
  '.tl-cursor-tag text{fill:#ffffff;font-size:11px;font-weight:600}',
  '.tl-ring-hover{stroke:#1a1d23;stroke-width:1.5}',
  '.tl-ring-active{stroke:#1f6feb;stroke-width:2.5}',
  '.tl-ring-mention{stroke:#00b7ff;stroke-width:2.5}',
  '.tl-ring-selected{stroke:#1a1d23;stroke-width:3}',
  '.tl-compare line{stroke:#1a1d23;stroke-width:2;stroke-dasharray:5 3}',
  '.tl-compare text{font-size:11px;fill:#1a1d23;paint-order:stroke;stroke:#ffffff;stroke-width:3px}',
].join('');

function el(tag: string, attrs: Record<string, string | number>, parent: Element, text?: string) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  parent.appendChild(e);
  return e;
}

/** What a picture of the timeline is made from: its layers as drawn, and the marks. */
export interface SVGSource {
  /** The layer underneath (lanes, axis, grid) and the plot of the layer on top. */
  back: SVGSVGElement;
  front: SVGGElement;
  uid: string;
  marks: readonly MarkView[];
  /** The marks' text labels as drawn. */
  labels: readonly LabelView[];
  items: readonly TimelineItem[];
  width: number;
  height: number;
  fontFamily: string;
  /** The legend as a still picture says it. */
  legend: readonly LegendEntry[];
}

/**
 * The view as one standalone SVG: the layer underneath, the marks as paths (as the canvas
 * draws them), and the overlay on top, with the styles it needs inlined. With a frame, a title
 * above and the legend (wrapping) and a credit line below.
 */
export function timelineSVG(src: SVGSource, frame?: SVGFrame): string {
  const view = viewSVG(src);
  if (!frame) return view.outerHTML;
  const { width, height } = src;
  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('font-family', src.fontFamily);
  const style = view.querySelector('style');
  if (style) out.appendChild(style);
  const background = el('rect', { x: 0, y: 0, width, fill: '#ffffff' }, out);
  let y = 0;
  if (frame.title) {
    el('text', { x: 4, y: 20, style: 'font-size:16px;font-weight:700' }, out, frame.title);
    y = 32;
  }
  const body = el('g', { transform: `translate(0,${y})` }, out);
  while (view.firstChild) body.appendChild(view.firstChild);
  y += height + 8;
  let lx = 4;
  for (const e of src.legend) {
    const w = 24 + textWidth(e.label, LABEL_FONTS.label) + 14;
    if (lx + w > width && lx > 4) {
      lx = 4;
      y += 20;
    }
    const g = el('g', { transform: `translate(${round(lx)},${y})` }, out);
    const swatch = { d: e.d, fill: e.fill, 'fill-opacity': e.opacity ?? 1 };
    el('path', { ...swatch, stroke: INK, 'stroke-width': 0.75 }, g);
    el('text', { x: 22, y: 8, dy: '0.35em' }, g, e.label);
    lx += w;
  }
  y += 24;
  if (frame.credit) {
    el('text', { x: 4, y: y + 10, style: 'font-size:11px;fill:#4f5663' }, out, frame.credit);
    y += 20;
  }
  background.setAttribute('height', String(y));
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(y));
  out.setAttribute('viewBox', `0 0 ${width} ${y}`);
  return out.outerHTML;
}

/** The view itself as an SVG element: the layer underneath, the marks, the overlay. */
function viewSVG(src: SVGSource): SVGSVGElement {
  const out = src.back.cloneNode(true) as SVGSVGElement;
  out.removeAttribute('aria-hidden');
  out.removeAttribute('focusable');
  out.removeAttribute('class');
  out.setAttribute('xmlns', NS);
  out.setAttribute('font-family', src.fontFamily);
  const style = document.createElementNS(NS, 'style');
  style.textContent = SVG_STYLE;
  out.insertBefore(style, out.firstChild);
  const clip = `url(#${src.uid}-clip)`;
  const g = el('g', { class: 'tl-marks', 'clip-path': clip }, out.querySelector('.tl-plot-back')!);
  for (const { mark, shape, colour } of src.marks) {
    if (mark.kind === 'cluster') {
      if (shape.kind !== 'pill') continue;
      const cg = el('g', { class: 'tl-cluster', 'data-count': mark.indices.length }, g);
      el('path', { d: shapePath(shape), fill: '#ffffff', stroke: colour, 'stroke-width': 2 }, cg);
      const at = { x: round((shape.x0 + shape.x1) / 2), y: round(shape.cy) };
      el('text', { ...at, dy: '0.35em', 'text-anchor': 'middle' }, cg, String(mark.indices.length));
      continue;
    }
    const item = src.items[mark.index]!;
    el(
      'path',
      {
        class: 'tl-item',
        'data-id': item.id,
        'data-precision': item.span.precision,
        d: shapePath(shape),
        fill: colour,
        'fill-opacity': mark.span ? 0.4 : 1,
        stroke: mark.span ? colour : INK,
        'stroke-width': mark.span ? 1.5 : 0.75,
      },
      g,
    );
  }
  for (const l of src.labels)
    el(
      'text',
      { class: 'tl-label', 'data-id': l.id, x: round(l.x), y: round(l.cy), dy: '0.35em' },
      g,
      l.text,
    );
  const overlay = src.front.cloneNode(true) as SVGGElement;
  overlay.querySelector('.tl-zoom-surface')?.remove();
  overlay.removeAttribute('class');
  overlay.querySelector('[clip-path]')?.setAttribute('clip-path', clip);
  out.appendChild(overlay);
  return out;
}
