import type { ControlMapState } from '@/lib/map/map-state';
import type { Slide } from '@/lib/story/slides';
import { applySvgState } from '@/components/map/svg-map';

// A thin adapter over the shared SVG renderer (components/map/svg-map.ts), which has no notion
// of "highlighted" regions: we outline them in our own group, re-using each region's path data.

const HALO = { colour: '#ffffff', width: 8 };
const LINE = { colour: '#1f3fff', width: 4.5 };

/** The shading of a slide in the shape the renderer takes (tooltips are not drawn). */
export function slideMapState(
  slide: Pick<Slide, 'day' | 'shades' | 'activeGroups' | 'places'>,
): ControlMapState {
  return {
    day: Date.parse(`${slide.day}T00:00:00Z`),
    party: '',
    includeClaims: false,
    shades: slide.shades,
    tooltips: {},
    activeGroups: slide.activeGroups,
    groupLabels: [],
    places: slide.places ?? [],
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The highlight outlines as SVG markup, from the `d` of each region's path in `svg`. */
function highlightMarkup(paths: { id: string; d: string }[]): string {
  const halo = paths.map((p) => `<path d="${esc(p.d)}"/>`).join('');
  const line = paths.map((p) => `<path data-highlight="${esc(p.id)}" d="${esc(p.d)}"/>`).join('');
  return (
    `<g class="story-highlight" fill="none" stroke-linejoin="round" pointer-events="none">` +
    `<g stroke="${HALO.colour}" stroke-width="${HALO.width}">${halo}</g>` +
    `<g stroke="${LINE.colour}" stroke-width="${LINE.width}">${line}</g></g>`
  );
}

/**
 * Adds outlines of `ids` to a rendered SVG string (server side: print, first paint). The
 * geometry is found by the element id the renderer gives each region (`<prefix>r-<id>`).
 */
export function withHighlights(svg: string, ids: readonly string[], prefix: string): string {
  const paths: { id: string; d: string }[] = [];
  for (const id of ids) {
    const safe = `${prefix}r-${id}`.replace(/[^A-Za-z0-9_-]/g, '');
    const m = new RegExp(`<path id="${safe}"[^>]*? d="([^"]+)"`).exec(svg);
    if (m?.[1]) paths.push({ id, d: m[1] });
  }
  return svg.replace(/<\/svg>$/, `${highlightMarkup(paths)}</svg>`);
}

/** Re-shades a mounted SVG map to a slide and outlines its regions, in place. */
export function showSlideOnSvg(
  svg: SVGSVGElement,
  slide: Pick<Slide, 'day' | 'shades' | 'activeGroups' | 'highlight'>,
  prefix: string,
): void {
  applySvgState(svg, slideMapState(slide), prefix);
  svg.querySelector('.story-highlight')?.remove();
  const paths = slide.highlight.flatMap((id) => {
    const d = svg.querySelector(`path#${CSS.escape(`${prefix}r-${id}`)}`)?.getAttribute('d');
    return d ? [{ id, d }] : [];
  });
  svg.insertAdjacentHTML('beforeend', highlightMarkup(paths));
  svg.dataset.highlight = slide.highlight.join(' ');
  svg.dataset.day = slide.day;
}

/** "Map of territorial control as of 18 March 2014; outlined: Crimea, Sevastopol" */
export function slideMapTitle(slide: Pick<Slide, 'dayLabel' | 'regions'>): string {
  const outlined = slide.regions.map((r) => r.name);
  return `Map of territorial control as of ${slide.dayLabel}${outlined.length ? `; outlined: ${outlined.join(', ')}` : ''}`;
}
