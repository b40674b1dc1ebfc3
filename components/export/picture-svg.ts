/**
 * The map as a standalone SVG picture with everything a reprint must carry: the layout of
 * lib/export/picture (title, date, legend, the journalist's words, sources and the boundary
 * credit) around the map drawn by the SVG renderer. The PNG painter draws the same layout.
 */
import { legendSwatchSvg } from '@/components/map/legend-swatch';
import { svgPatternDefs } from '@/components/map/svg-map';
import { pictureLayout, type PictureInput } from '@/lib/export/picture';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const TONE = { ink: '#1a1d23', muted: '#4f5663' } as const;
const PREFIX = 'pic-';

/** `mapSvg` is a standalone <svg> of the map (its own viewBox and pattern ids). */
export function mapPictureSvg(input: PictureInput & { svg: string }): string {
  const layout = pictureLayout(input);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONT}" role="img" aria-labelledby="${PREFIX}title">`,
    `<title id="${PREFIX}title">${esc(`${input.title}. ${input.dateLine}`)}</title>`,
    `<defs>${svgPatternDefs(PREFIX)}</defs>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
  ];
  for (const p of layout.parts) {
    if (p.kind === 'text')
      out.push(
        `<text x="${p.x}" y="${p.y}" font-size="${p.size}" font-weight="${p.weight}"${p.italic ? ' font-style="italic"' : ''} fill="${TONE[p.tone]}">${esc(p.text)}</text>`,
      );
    else if (p.kind === 'swatch')
      out.push(
        legendSwatchSvg(p.item, PREFIX).replace(
          /^<svg class="cm-swatch"/,
          `<svg x="${p.x}" y="${p.y}"`,
        ),
      );
    else
      out.push(
        input.svg.replace(
          /^<svg /,
          `<svg x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" `,
        ),
        `<rect x="${p.x + 0.5}" y="${p.y + 0.5}" width="${p.width - 1}" height="${p.height - 1}" fill="none" stroke="#d5d9e0"/>`,
      );
  }
  out.push('</svg>');
  return out.join('\n');
}
