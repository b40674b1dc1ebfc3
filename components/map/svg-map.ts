import { geoMercator, geoPath, type GeoContext, type GeoStream } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ControlMapState } from '@/lib/map/map-state';
import { DEFAULT_MAP_VIEW, type LonLatBox } from '@/lib/map/view';
import { svgPatternDefs } from '@/lib/map/patterns';
import { MAP_COLOURS } from './map-style';
import { placeMarkersSvg } from './place-markers';

/** The SVG map's own coordinate box (the viewBox); CSS scales it. */
export const SVG_SIZE = { width: 720, height: 480 } as const;

export interface SvgGeo {
  regions: FeatureCollection<Geometry>;
  neighbours: FeatureCollection<Geometry> | null;
  groups: FeatureCollection<Geometry>;
}

/** The Mercator projection both renderers share, fitted to the dataset's home view. */
export function svgProjection(
  width: number = SVG_SIZE.width,
  height: number = SVG_SIZE.height,
  bounds: LonLatBox = DEFAULT_MAP_VIEW.homeBounds,
) {
  const [w, s, e, n] = bounds;
  return geoMercator().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ],
    },
  );
}

/**
 * Drops projected points closer than `min` px to the last one kept (rings keep at least
 * their first and last points), so the server-rendered SVG stays small.
 */
function thinStream(min: number) {
  return (out: GeoStream): GeoStream => {
    let lx = NaN;
    let ly = NaN;
    let pending: [number, number] | null = null;
    return {
      point(x, y) {
        if (Number.isNaN(lx) || Math.hypot(x - lx, y - ly) >= min) {
          out.point(x, y);
          lx = x;
          ly = y;
          pending = null;
        } else pending = [x, y];
      },
      lineStart() {
        lx = NaN;
        pending = null;
        out.lineStart();
      },
      lineEnd() {
        if (pending) out.point(pending[0], pending[1]);
        pending = null;
        out.lineEnd();
      },
      polygonStart: () => out.polygonStart(),
      polygonEnd: () => out.polygonEnd(),
      sphere: () => out.sphere?.(),
    };
  };
}

/**
 * A d3-geo path context writing compact SVG path data: integer coordinates, relative moves
 * after the first point, repeated points dropped. A quarter of d3's default output.
 */
class CompactPath implements GeoContext {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private started = false;
  private ringStart: [number, number] = [0, 0];
  private last: [number, number] | null = null;
  private count = 0;
  moveTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    this.out.push(this.started ? `m${rx - this.x} ${ry - this.y}` : `M${rx} ${ry}`);
    this.started = true;
    this.x = rx;
    this.y = ry;
    this.ringStart = [rx, ry];
    this.last = [rx, ry];
    this.count = 1;
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (this.last && this.last[0] === rx && this.last[1] === ry) return;
    const dx = rx - this.x;
    const dy = ry - this.y;
    this.out.push(`${this.count === 1 ? 'l' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`);
    this.x = rx;
    this.y = ry;
    this.last = [rx, ry];
    this.count++;
  }
  closePath() {
    this.out.push('z');
    this.x = this.ringStart[0];
    this.y = this.ringStart[1];
    this.last = null;
  }
  beginPath() {
    // Each feature's path is collected by result().
  }
  arc() {
    // Points are never drawn as circles here.
  }
  result(): string {
    const r = this.out.join('').replace(/ -/g, '-');
    this.out = [];
    this.started = false;
    this.x = 0;
    this.y = 0;
    return r;
  }
}

/** Text or an attribute value made safe inside SVG markup. */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** SVG pattern definitions: the same pattern specs maplibre's images are drawn from. */
export { svgPatternDefs };

export interface SvgMapOptions {
  /** Prefix for element ids, unique per map on the page. */
  idPrefix?: string;
  title?: string;
  width?: number;
  height?: number;
  /** Minimum distance (px) between drawn points. */
  thin?: number;
  /** Integer, relative path data (small, for the inline first paint) instead of 1 decimal. */
  compact?: boolean;
  /** The box the map is fitted to (the dataset's home view). */
  bounds?: LonLatBox;
  /** Draw the place markers (default true; the live map draws its own, as HTML). */
  places?: boolean;
  /** Write the places' names beside their markers (default true; off for thumbnails). */
  placeNames?: boolean;
}

/**
 * The control map as an SVG string, drawn with d3-geo: used for the server-rendered first
 * paint, the no-WebGL fallback, print and image export. Regions carry data-region; their
 * fill, pattern, stale, claim and group marks come from the state and can be updated in place
 * by applySvgState.
 */
export function controlMapSvg(
  geo: SvgGeo,
  state: ControlMapState,
  options: SvgMapOptions = {},
): string {
  const width = options.width ?? SVG_SIZE.width;
  const height = options.height ?? SVG_SIZE.height;
  const prefix = options.idPrefix ?? 'cm-';
  // Clipped to the frame: the parts of neighbours out of view are not drawn at all.
  const projection = svgProjection(width, height, options.bounds).clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  const thin = thinStream(options.thin ?? 0.6);
  const stream = { stream: (s: GeoStream) => projection.stream(thin(s)) };
  const compact = options.compact ? new CompactPath() : null;
  const precise = geoPath(stream).digits(1);
  const drawer = compact ? geoPath(stream, compact) : null;
  const path = (f: Parameters<typeof precise>[0]): string | null => {
    if (!drawer || !compact) return precise(f);
    drawer(f);
    return compact.result() || null;
  };
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="control-map-svg" role="img" aria-labelledby="${prefix}title">`,
    `<title id="${prefix}title">${esc(options.title ?? 'Map of territorial control')}</title>`,
    `<defs>${svgPatternDefs(prefix)}</defs>`,
    `<rect class="cm-sea" width="${width}" height="${height}" fill="${MAP_COLOURS.sea}"/>`,
  );
  if (geo.neighbours) {
    parts.push(
      `<g class="cm-neighbours" fill="${MAP_COLOURS.neighbour}" stroke="${MAP_COLOURS.neighbourLine}" stroke-width="0.75">`,
    );
    for (const f of geo.neighbours.features) {
      const d = path(f);
      if (d) parts.push(`<path d="${d}"/>`);
    }
    parts.push('</g>');
  }
  // Region shapes are defined once; the fill, pattern, outline and claim layers reuse them
  // (a <use> can only set paint the shape itself leaves unset).
  parts.push('<defs>');
  for (const f of geo.regions.features) {
    const id = String(f.id ?? '');
    const d = path(f);
    if (d) parts.push(`<path id="${prefix}r-${esc(id)}" d="${d}"/>`);
  }
  parts.push('</defs><g class="regions">');
  for (const f of geo.regions.features) {
    const id = String(f.id ?? '');
    parts.push(
      `<use href="#${prefix}r-${esc(id)}" data-region="${esc(id)}" ${fillAttributes(state, id)}/>`,
    );
  }
  parts.push('</g><g class="patterns" pointer-events="none">');
  for (const f of geo.regions.features) {
    const id = String(f.id ?? '');
    parts.push(
      `<use href="#${prefix}r-${esc(id)}" data-pattern="${esc(id)}" ${patternAttributes(state, id, prefix)}/>`,
    );
  }
  parts.push('</g><g class="stale" pointer-events="none">');
  for (const f of geo.regions.features) {
    const id = String(f.id ?? '');
    parts.push(
      `<use href="#${prefix}r-${esc(id)}" data-stale-mark="${esc(id)}" ${staleAttributes(state, id, prefix)}/>`,
    );
  }
  parts.push(
    `</g><g class="outlines" fill="none" pointer-events="none" stroke="${MAP_COLOURS.countryLine}" stroke-opacity="0.7" stroke-width="0.6">`,
  );
  for (const f of geo.regions.features)
    parts.push(`<use href="#${prefix}r-${esc(String(f.id ?? ''))}"/>`);
  parts.push('</g><g class="claims" fill="none" pointer-events="none">');
  for (const f of geo.regions.features) {
    const id = String(f.id ?? '');
    const shown = state.shades[id]?.claimed ? 'visible' : 'hidden';
    // White casing under dashes in the claimant's colour: visible on every fill.
    parts.push(
      `<g data-claim="${esc(id)}" visibility="${shown}"><use href="#${prefix}r-${esc(id)}" stroke="#ffffff" stroke-width="3.2"/><use href="#${prefix}r-${esc(id)}" data-claim-line="${esc(id)}" stroke="${claimStroke(state, id)}" stroke-width="2" stroke-dasharray="4 3"/></g>`,
    );
  }
  parts.push(
    `</g><g class="groups" fill="none" pointer-events="none" stroke="${MAP_COLOURS.groupLine}" stroke-width="3" stroke-linejoin="round">`,
  );
  for (const f of geo.groups.features) {
    const id = String(f.id ?? '');
    const d = path(f);
    if (d)
      parts.push(
        `<path data-group="${esc(id)}" d="${d}" visibility="${state.activeGroups.includes(id) ? 'visible' : 'hidden'}"/>`,
      );
  }
  parts.push('</g>');
  if (options.places !== false && state.places?.length)
    parts.push(
      placeMarkersSvg(
        state.places,
        (lonLat) => {
          const p = projection(lonLat);
          return p ? [p[0], p[1]] : null;
        },
        { names: options.placeNames !== false, width },
      ),
    );
  parts.push('</svg>');
  return parts.join('');
}

function fillAttributes(state: ControlMapState, id: string): string {
  const s = state.shades[id];
  return `fill="${s?.fill ?? '#ffffff'}" data-swatch="${s?.swatch ?? 'no-data'}"${s?.stale ? ' data-stale="true"' : ''}`;
}

/** Old figures get lines across (their colour is kept), except "no recent figure", which says so itself. */
const showsStale = (state: ControlMapState, id: string) => {
  const s = state.shades[id];
  return Boolean(s?.stale && s.kind !== 'no-recent');
};

function staleAttributes(state: ControlMapState, id: string, prefix: string): string {
  return showsStale(state, id) ? `fill="url(#${prefix}stale)"` : 'fill="none"';
}

const claimStroke = (state: ControlMapState, id: string) =>
  state.shades[id]?.claimColor ?? MAP_COLOURS.claimLine;

function patternAttributes(state: ControlMapState, id: string, prefix: string): string {
  const p = state.shades[id]?.pattern ?? 'no-data';
  return p === 'solid' ? 'fill="none"' : `fill="url(#${prefix}${p})"`;
}

/** Updates a rendered SVG map to another date's state in place (no geometry rebuilt). */
export function applySvgState(svg: SVGSVGElement, state: ControlMapState, prefix = 'cm-'): void {
  for (const el of svg.querySelectorAll<SVGUseElement>('[data-region]')) {
    const s = state.shades[el.dataset.region ?? ''];
    el.setAttribute('fill', s?.fill ?? '#ffffff');
    el.setAttribute('data-swatch', s?.swatch ?? 'no-data');
    if (s?.stale) el.setAttribute('data-stale', 'true');
    else el.removeAttribute('data-stale');
  }
  for (const el of svg.querySelectorAll<SVGUseElement>('[data-stale-mark]')) {
    const id = el.dataset.staleMark ?? '';
    el.setAttribute('fill', showsStale(state, id) ? `url(#${prefix}stale)` : 'none');
  }
  for (const el of svg.querySelectorAll<SVGUseElement>('[data-claim-line]'))
    el.setAttribute('stroke', claimStroke(state, el.dataset.claimLine ?? ''));
  for (const el of svg.querySelectorAll<SVGUseElement>('[data-pattern]')) {
    const p = state.shades[el.dataset.pattern ?? '']?.pattern ?? 'no-data';
    el.setAttribute('fill', p === 'solid' ? 'none' : `url(#${prefix}${p})`);
  }
  for (const el of svg.querySelectorAll<SVGGElement>('[data-claim]')) {
    el.setAttribute(
      'visibility',
      state.shades[el.dataset.claim ?? '']?.claimed ? 'visible' : 'hidden',
    );
  }
  for (const el of svg.querySelectorAll<SVGPathElement>('[data-group]')) {
    el.setAttribute(
      'visibility',
      state.activeGroups.includes(el.dataset.group ?? '') ? 'visible' : 'hidden',
    );
  }
}
