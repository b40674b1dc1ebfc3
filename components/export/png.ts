/**
 * The map as a PNG with its context burned in: title, "as of" date, legend, source line and
 * attribution, drawn at 2× on a canvas from the SVG renderer's output. Framework-free: the
 * explorer's export menu and the embed both use it. Nothing leaves the browser.
 */
import { SVG_SIZE } from '@/components/map/svg-map';
import { PATTERNS, patternPixels } from '@/lib/map/patterns';
import { MAP_COLOURS } from '@/components/map/map-style';
import type { LegendItem, LegendModel } from '@/lib/map/legend';

/** Size of the picture in CSS pixels; the PNG has `scale` times as many pixels each way. */
export const PNG_LAYOUT = { width: 1200, height: 940, scale: 2, margin: 32 } as const;
/** The map's box inside the picture (CSS px), for tests that look at its pixels. */
export const PNG_MAP_BOX = { x: PNG_LAYOUT.margin, y: 104, width: 816, height: 544 } as const;

export interface MapPictureInput {
  /** A standalone SVG document of the map (ControlMap.toSvg()). */
  svg: string;
  title: string;
  /** "As of 21 January 2025". */
  dateLine: string;
  legend: LegendModel;
  sourceLine: string;
  attribution: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1a1d23';
const MUTED = '#4f5663';

function loadSvg(svg: string, width: number, height: number): Promise<HTMLImageElement> {
  // Give the document an intrinsic size, so it is rasterised at the size it is drawn.
  const sized = svg.replace(/^<svg /, `<svg width="${width}" height="${height}" `);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the map SVG could not be drawn'));
    };
    img.src = url;
  });
}

/** Draws `text` wrapped to `maxWidth`, at most `maxLines` lines; returns the y below it. */
function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
  maxLines = 3,
): number {
  const words = text.split(/\s+/).filter(Boolean);
  let line = '';
  let lines = 0;
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (ctx.measureText(next).width > maxWidth && line) {
      if (lines === maxLines - 1) {
        ctx.fillText(`${line}…`, x, y);
        return y + lineHeight;
      }
      ctx.fillText(line, x, y);
      lines++;
      y += lineHeight;
      line = words[i]!;
    } else line = next;
  }
  if (line) {
    ctx.fillText(line, x, y);
    y += lineHeight;
  }
  return y;
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number) {
  const w = 28;
  const h = 18;
  ctx.fillStyle = item.fill;
  ctx.fillRect(x, y, w, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  // The same pattern tiles as the map (lib/map/patterns), as canvas patterns.
  for (const pid of [item.pattern, item.mark === 'stale' ? 'stale' : 'solid'] as const) {
    if (pid === 'solid') continue;
    const tile = patternPixels(PATTERNS[pid]);
    const c = document.createElement('canvas');
    c.width = tile.width;
    c.height = tile.height;
    c.getContext('2d')?.putImageData(
      new ImageData(new Uint8ClampedArray(tile.data), tile.width, tile.height),
      0,
      0,
    );
    const pattern = ctx.createPattern(c, 'repeat');
    if (!pattern) continue;
    ctx.fillStyle = pattern;
    ctx.fillRect(x, y, w, h);
  }
  ctx.restore();
  ctx.lineWidth = item.mark === 'group' ? 2.5 : item.mark === 'claim' ? 1.6 : 0.75;
  ctx.strokeStyle =
    item.mark === 'claim'
      ? MAP_COLOURS.claimLine
      : item.mark === 'group'
        ? MAP_COLOURS.groupLine
        : MAP_COLOURS.countryLine;
  ctx.setLineDash(item.mark === 'claim' ? [4, 3] : []);
  ctx.strokeRect(x, y, w, h);
  ctx.setLineDash([]);
}

/** Draws the picture on a new canvas (width × height × scale pixels). */
export async function mapPictureCanvas(input: MapPictureInput): Promise<HTMLCanvasElement> {
  const { width, height, scale, margin } = PNG_LAYOUT;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  const inner = width - 2 * margin;

  ctx.fillStyle = INK;
  ctx.font = `700 30px ${FONT}`;
  wrap(ctx, input.title, margin, margin, inner, 36, 1);
  ctx.fillStyle = MUTED;
  ctx.font = `400 20px ${FONT}`;
  ctx.fillText(input.dateLine, margin, margin + 40);

  const box = PNG_MAP_BOX;
  const img = await loadSvg(input.svg, SVG_SIZE.width, SVG_SIZE.height);
  ctx.drawImage(img, box.x, box.y, box.width, box.height);
  ctx.strokeStyle = '#d5d9e0';
  ctx.lineWidth = 1;
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);

  // Legend: the share steps to the right of the map, then every mark in words below it.
  const lx = box.x + box.width + 24;
  const lw = width - margin - lx;
  ctx.fillStyle = INK;
  ctx.font = `600 16px ${FONT}`;
  let y = wrap(ctx, input.legend.title, lx, box.y, lw, 20, 3) + 8;
  ctx.font = `400 15px ${FONT}`;
  for (const s of input.legend.steps) {
    drawSwatch(ctx, s, lx, y);
    ctx.fillStyle = INK;
    wrap(ctx, s.label, lx + 36, y + 1, lw - 36, 18, 2);
    y += 30;
  }
  y = box.y + box.height + 20;
  ctx.font = `400 14px ${FONT}`;
  const columns = 3;
  const colW = (inner - 24 * (columns - 1)) / columns;
  const below = [...input.legend.words, ...input.legend.marks];
  below.forEach((m, i) => {
    const cx = margin + (i % columns) * (colW + 24);
    const cy = y + Math.floor(i / columns) * 44;
    drawSwatch(ctx, m, cx, cy);
    ctx.fillStyle = INK;
    wrap(ctx, m.label, cx + 36, cy, colW - 36, 18, 2);
  });
  y += Math.ceil(below.length / columns) * 44 + 10;

  ctx.fillStyle = MUTED;
  ctx.font = `400 14px ${FONT}`;
  y = wrap(ctx, input.sourceLine, margin, y, inner, 19, 2);
  wrap(ctx, input.attribution, margin, y + 2, inner, 19, 2);
  return canvas;
}

/** The picture as a PNG blob. */
export async function mapPicturePng(input: MapPictureInput): Promise<Blob> {
  const canvas = await mapPictureCanvas(input);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
