import type { LegendItem } from '@/lib/map/legend';
import { MAP_COLOURS } from './map-style';

/**
 * A legend swatch as SVG markup, drawn with the map's own pattern definitions (`prefix` names
 * the <defs> they sit in): the app's legend, the embed's and the exports draw it the same way.
 * Every value in it is one of ours (colours and pattern ids), never data.
 */
export function legendSwatchSvg(item: LegendItem, prefix: string): string {
  const dashed = item.mark === 'claim';
  const thick = item.mark === 'group';
  const stroke = dashed
    ? MAP_COLOURS.claimLine
    : thick
      ? MAP_COLOURS.groupLine
      : MAP_COLOURS.countryLine;
  const rect = (attrs: string) => `<rect x="1" y="1" width="26" height="16" ${attrs}/>`;
  return (
    `<svg class="cm-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">` +
    rect(`fill="${item.fill}"`) +
    (item.pattern !== 'solid' ? rect(`fill="url(#${prefix}${item.pattern})"`) : '') +
    (item.mark === 'stale' ? rect(`fill="url(#${prefix}stale)"`) : '') +
    (dashed ? rect('fill="none" stroke="#ffffff" stroke-width="3"') : '') +
    rect(
      `fill="none" stroke="${stroke}" stroke-width="${thick ? 2.5 : dashed ? 1.6 : 0.75}"${dashed ? ' stroke-dasharray="4 3"' : ''}`,
    ) +
    `</svg>`
  );
}
