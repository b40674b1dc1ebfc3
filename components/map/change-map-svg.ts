import { geoPath } from 'd3-geo';
import type { ChangeClass } from '@/lib/explore/change-map';
import type { LonLatBox } from '@/lib/map/view';
import { MAP_COLOURS } from './map-style';
import { esc, svgProjection, type SvgGeo } from './svg-map';

/**
 * A diverging scale for the change of the mapped party's share: its own reds for a rise, blues
 * for a fall, a pale grey for no change; "cannot tell" hatched grey and "no figure" white with
 * dots, so neither reads as "no change". Fill colours chosen to keep 3:1 against white lines.
 */
export const CHANGE_COLOURS: Record<ChangeClass, string> = {
  'rise-large': '#b2182b',
  rise: '#ef8a62',
  same: '#f7f7f7',
  fall: '#67a9cf',
  'fall-large': '#2166ac',
  unclear: '#bdbdbd',
  'no-figure': '#ffffff',
};

export interface ChangeMapOptions {
  idPrefix: string;
  title: string;
  width: number;
  height: number;
  bounds?: LonLatBox;
}

/** Pattern fill drawn over a class's colour, when it has one. */
const patternOf = (cls: ChangeClass) =>
  cls === 'unclear' ? 'hatch' : cls === 'no-figure' ? 'dots' : null;

/** The change map as an SVG string: every region filled by its change class (data-change). */
export function changeMapSvg(
  geo: SvgGeo,
  classes: Readonly<Record<string, ChangeClass>>,
  o: ChangeMapOptions,
): string {
  const projection = svgProjection(o.width, o.height, o.bounds).clipExtent([
    [-2, -2],
    [o.width + 2, o.height + 2],
  ]);
  const path = geoPath(projection).digits(1);
  const p = o.idPrefix;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" class="control-map-svg change-map-svg" role="img" aria-labelledby="${p}title">`,
    `<title id="${p}title">${esc(o.title)}</title>`,
    `<defs><pattern id="${p}hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#5a5f69" stroke-width="1.5"/></pattern>`,
    `<pattern id="${p}dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="0.9" fill="#5a5f69"/></pattern></defs>`,
    `<rect width="${o.width}" height="${o.height}" fill="${MAP_COLOURS.sea}"/>`,
  ];
  if (geo.neighbours) {
    parts.push(
      `<g fill="${MAP_COLOURS.neighbour}" stroke="${MAP_COLOURS.neighbourLine}" stroke-width="0.75">`,
    );
    for (const f of geo.neighbours.features) {
      const d = path(f);
      if (d) parts.push(`<path d="${d}"/>`);
    }
    parts.push('</g>');
  }
  // Region lines darker than the control map's: "no change" is pale, like the neighbours.
  parts.push(`<g stroke="${MAP_COLOURS.countryLine}" stroke-width="0.8">`);
  for (const f of geo.regions.features) {
    const id = String(f.id ?? '');
    const d = path(f);
    if (!d) continue;
    const cls = classes[id] ?? 'no-figure';
    const pattern = patternOf(cls);
    parts.push(
      `<path d="${d}" data-region="${esc(id)}" data-change="${cls}" fill="${CHANGE_COLOURS[cls]}"/>`,
    );
    if (pattern) parts.push(`<path d="${d}" fill="url(#${p}${pattern})" pointer-events="none"/>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}
