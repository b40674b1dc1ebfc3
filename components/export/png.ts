/**
 * The map as a PNG with its context burned in (the layout of lib/export/picture: title, "as
 * of" date, legend, the journalist's words, source line and attribution), drawn at 2× on a
 * canvas from the SVG renderer's output. Framework-free: the
 * explorer's export menu and the embed both use it. Nothing leaves the browser.
 */
import { SVG_SIZE } from '@/components/map/svg-map';
import { PATTERNS, patternPixels } from '@/lib/map/patterns';
import { MAP_COLOURS } from '@/components/map/map-style';
import type { LegendItem } from '@/lib/map/legend';
import { pictureLayout, type PictureInput } from '@/lib/export/picture';

/** The PNG has `scale` times as many pixels each way as the picture's CSS size. */
export const PNG_SCALE = 2;

export interface MapPictureInput extends PictureInput {
  /** A standalone SVG document of the map (ControlMap.toSvg()). */
  svg: string;
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

/** Draws the picture's layout (lib/export/picture) on a new canvas, at PNG_SCALE. */
export async function mapPictureCanvas(input: MapPictureInput): Promise<HTMLCanvasElement> {
  const layout = pictureLayout(input);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * PNG_SCALE;
  canvas.height = layout.height * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  for (const part of layout.parts) {
    if (part.kind === 'text') {
      ctx.fillStyle = part.tone === 'ink' ? INK : MUTED;
      ctx.font = `${part.italic ? 'italic ' : ''}${part.weight} ${part.size}px ${FONT}`;
      ctx.fillText(part.text, part.x, part.y);
    } else if (part.kind === 'swatch') drawSwatch(ctx, part.item, part.x, part.y);
    else {
      const img = await loadSvg(input.svg, SVG_SIZE.width, SVG_SIZE.height);
      ctx.drawImage(img, part.x, part.y, part.width, part.height);
      ctx.strokeStyle = '#d5d9e0';
      ctx.lineWidth = 1;
      ctx.strokeRect(part.x + 0.5, part.y + 0.5, part.width - 1, part.height - 1);
    }
  }
  return canvas;
}

/** The picture as a PNG blob. */
export async function mapPicturePng(input: MapPictureInput): Promise<Blob> {
  const canvas = await mapPictureCanvas(input);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
