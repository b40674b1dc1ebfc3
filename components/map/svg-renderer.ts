import type { LonLatBox } from '@/lib/map/view';
import type { RegionRenderer, RendererEvents, RendererStart } from './region-renderer';
import { applySvgState, controlMapSvg, SVG_SIZE, svgProjection } from './svg-map';

/**
 * Positions on an SVG map drawn into `host` (the SVG renderer's, or the server-rendered first
 * paint, which share one projection): the viewBox scaled to the box's width.
 */
export function svgProjector(host: HTMLElement, bounds: LonLatBox) {
  const proj = svgProjection(undefined, undefined, bounds);
  return (lonLat: [number, number]): [number, number] | null => {
    const p = proj(lonLat);
    if (!p) return null;
    const k = host.clientWidth / SVG_SIZE.width;
    return [p[0] * k, p[1] * k];
  };
}

/**
 * The regions as d3-geo SVG in `host`: the renderer without WebGL, and the one that takes over
 * when the live map fails. Ready as soon as it is made; a date change is on screen at once.
 */
export function createSvgRenderer(start: RendererStart, events: RendererEvents): RegionRenderer {
  const { host, idPrefix } = start;
  let selected = start.selected;
  let mentioned = start.mentioned;
  host.innerHTML = controlMapSvg(start.geo, start.state, {
    idPrefix,
    bounds: start.view.homeBounds,
    places: false,
  });
  const svg = host.querySelector('svg')!;
  svg.setAttribute('aria-hidden', 'true');
  const regionOf = (target: EventTarget | null) =>
    target instanceof Element ? target.getAttribute('data-region') : null;
  const byRegion = (rid: string) => svg.querySelector(`[data-region="${rid}"]`);
  const mark = (cls: string, rids: Iterable<string>) => {
    svg.querySelectorAll(`.${cls}`).forEach((e) => e.classList.remove(cls));
    for (const rid of rids) byRegion(rid)?.classList.add(cls);
  };
  const applySelection = () => {
    mark('cm-selected', selected ? [selected] : []);
    mark('cm-mentioned', mentioned);
  };
  svg.addEventListener('pointermove', (e) => {
    const r = host.getBoundingClientRect();
    events.hover(regionOf(e.target), [e.clientX - r.left, e.clientY - r.top]);
  });
  svg.addEventListener('pointerleave', () => events.hover(null, null));
  svg.addEventListener('click', (e) => events.select(regionOf(e.target)));
  applySelection();

  return {
    kind: 'svg',
    project: svgProjector(host, start.view.homeBounds),
    draw(state) {
      applySvgState(svg, state, idPrefix);
      events.idle();
    },
    hover(rid) {
      mark('cm-hover', rid ? [rid] : []);
    },
    select(rid) {
      selected = rid;
      applySelection();
    },
    mention(rids) {
      mentioned = rids;
      applySelection();
    },
    resetView() {},
    destroy() {
      svg.remove();
    },
  };
}
