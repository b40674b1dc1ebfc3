import { controlMapContext, controlMapStateAt, type MapViewOptions } from '@/lib/map/map-state';
import { LABEL_GRID, labelPoint, mapViewOf } from '@/lib/map/view';
import type { PlaceMarker } from '@/lib/map/places';
import { citeSource } from '@/lib/map/tooltip';
import { fetchBoundaries } from './boundaries';
import type { ControlMap, ControlMapOptions } from './control-map-api';
import { createGlRenderer, hasWebGL } from './gl-renderer';
import { createGroupLabels } from './group-labels';
import { createMapTooltip } from './map-tooltip';
import { createPlaceOverlay } from './place-overlay';
import { createRegionLabels, type Callout } from './region-labels';
import type {
  RegionRenderer,
  RendererEvents,
  RendererKind,
  RendererStart,
} from './region-renderer';
import { applySvgState, controlMapSvg, type SvgGeo } from './svg-map';
import { createSvgRenderer, svgProjector } from './svg-renderer';
import { waitForReader } from './wait-for-reader';

export type { ControlMap, ControlMapOptions } from './control-map-api';
export type { RendererKind } from './region-renderer';
export { hasWebGL } from './gl-renderer';

let uid = 0;

/**
 * Creates the control map inside `container`: the regions drawn by a renderer (maplibre on
 * WebGL, loaded lazily, or d3-geo SVG without it or when it fails), with HTML painters over
 * it: place markers, group labels, region labels (the keyboard's way in) and the tooltip.
 * The date reaches the map through `setDay`: a new state, painted by each; nothing is fetched.
 */
export function createControlMap(container: HTMLElement, options: ControlMapOptions): ControlMap {
  const id = `cm${++uid}-`;
  const { dataset } = options;
  const ctx = controlMapContext(dataset);
  const home = mapViewOf(dataset.map);
  let view: MapViewOptions = options.view ?? {};
  let state = controlMapStateAt(dataset, options.day, ctx, view);
  options.onState?.(state);
  let selected = options.selected ?? null;
  let mentioned: ReadonlySet<string> = new Set();
  let hovered: string | null = null;
  let focused: string | null = null;
  let pointer: [number, number] | null = null;
  let destroyed = false;
  let live: RegionRenderer | null = null;
  let shown: RendererKind | null = null;
  let geo: SvgGeo | null = null;
  const points = new Map<string, [number, number]>();
  let pendingIdleFrom: number | null = null;

  const canvasHost = document.createElement('div');
  canvasHost.className = 'cm-canvas';
  const tip = createMapTooltip(`${id}tooltip`);
  const groupLabels = createGroupLabels(dataset.conflict.regionGroups);
  const placeOverlay = createPlaceOverlay((pid) => options.onSelectPlace?.(pid));
  const callouts = new Map<string, Callout[]>();
  for (const c of options.callouts ?? [])
    callouts.set(c.region, [...(callouts.get(c.region) ?? []), { n: c.n, text: c.text }]);
  const regionLabels = createRegionLabels({
    regions: [...dataset.regions]
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'))
      .map((r) => ({ ...r, areaKm2: ctx.regions.get(r.id)?.areaKm2 })),
    callouts,
    tooltipId: tip.element.id,
    select: (rid) => options.onSelect?.(rid),
    hover: (rid) => setHover(rid, null),
    focus: (rid) => (focused = rid),
    relayout: () => layOut(),
    retip: () => placeTooltip(),
  });
  container.append(canvasHost, groupLabels.element, placeOverlay.element, regionLabels.element);
  (options.tooltipContainer ?? container).append(tip.element);

  // Until a renderer starts, labels sit over the server-rendered first paint's projection.
  const firstPaintAt = options.placeholder ? svgProjector(canvasHost, home.homeBounds) : null;
  const position = (lonLat: [number, number]) =>
    live ? live.project(lonLat) : (firstPaintAt?.(lonLat) ?? null);
  const anchorOf = (rid: string) => {
    const pt = points.get(rid);
    return pt ? position(pt) : null;
  };
  const frame = () => ({ w: container.clientWidth, h: container.clientHeight });
  const citeMarker = (m: PlaceMarker) =>
    m.entry
      ? `Source: ${citeSource(ctx.sources.get(m.entry.observation.source), m.entry.observation.source).text}.`
      : '';

  const update = () => {
    placeOverlay.update(state.places, citeMarker);
    groupLabels.update(state);
    regionLabels.update(state, selected);
  };
  /** Place markers first, then group labels between their members, then region labels. */
  const layOut = () => {
    const box = frame();
    const taken = placeOverlay.place(position, box);
    groupLabels.layOut(box, anchorOf, taken);
    regionLabels.layOut(box, anchorOf, taken);
    placeTooltip();
  };
  const placeTooltip = () => {
    const rid = hovered ?? focused ?? selected;
    const t = rid ? state.tooltips[rid] : undefined;
    if (!rid || !t) return tip.hide();
    tip.show(rid, t, {
      anchor: hovered === rid && pointer ? pointer : anchorOf(rid),
      frame: frame(),
      pinned: rid === selected && rid !== hovered,
      canDrop: options.tooltipContainer !== undefined,
    });
  };
  const setHover = (rid: string | null, at: [number, number] | null) => {
    pointer = at;
    if (rid === hovered) {
      if (rid) placeTooltip();
      return;
    }
    hovered = rid;
    live?.hover(rid);
    container.style.cursor = rid ? 'pointer' : '';
    options.onHover?.(rid);
    placeTooltip();
  };

  let interactive = false;
  const becameInteractive = () => {
    if (!interactive) options.onInteractive?.();
    interactive = true;
  };
  const ready = (kind: RendererKind, reason?: string) => {
    shown = kind;
    container.dataset.renderer = kind;
    layOut();
    container.dataset.ready = 'true';
    becameInteractive();
    options.onReady?.(kind, reason);
  };
  const events: RendererEvents = {
    hover: setHover,
    select: (rid) => options.onSelect?.(rid),
    moved: layOut,
    ready: () => ready('webgl'),
    idle: () => {
      if (pendingIdleFrom === null) return;
      // Timed from the date change to its idle (the benchmark's date change → map idle).
      const ms = performance.now() - pendingIdleFrom;
      pendingIdleFrom = null;
      options.onIdle?.(ms);
    },
    failed: (reason) => startSvg(reason),
  };
  const startOf = (): RendererStart => ({
    host: canvasHost,
    geo: geo!,
    view: home,
    groups: dataset.conflict.regionGroups.map((g) => g.id),
    state,
    selected,
    mentioned,
    idPrefix: id,
  });
  const startSvg = (reason = 'the interactive map could not start.') => {
    if (!geo || destroyed || live?.kind === 'svg') return;
    container.dataset.fallback = reason;
    live?.destroy();
    live = createSvgRenderer(startOf(), events);
    ready('svg', reason);
  };
  const startGl = async () => {
    const gl = await createGlRenderer(startOf, events, {
      workerUrl: options.workerUrl,
      cancelled: () => destroyed,
    });
    if (gl && !destroyed && live?.kind !== 'svg') live = gl;
    else gl?.destroy();
  };

  const redraw = (day: number) => {
    pendingIdleFrom = performance.now();
    state = controlMapStateAt(dataset, day, ctx, view);
    options.onState?.(state);
    update();
    if (live) live.draw(state);
    else if (options.placeholder)
      applySvgState(options.placeholder.svg, state, options.placeholder.prefix);
    layOut();
  };

  let loading: Promise<boolean> | null = null;
  /** The boundaries, fetched once; false when the map was destroyed meanwhile. */
  const loadGeo = () =>
    (loading ??= fetchBoundaries(
      { regions: options.regionsUrl, neighbours: options.neighboursUrl },
      dataset.conflict.regionGroups,
    ).then((g) => {
      if (destroyed) return false;
      geo = g;
      for (const f of g.regions.features) {
        // Computed when the data was loaded; older pinned data files lack it.
        const p = ctx.regions.get(String(f.id))?.labelPoint ?? labelPoint(f, LABEL_GRID);
        if (p) points.set(String(f.id), p);
      }
      update();
      return true;
    }));
  const wanted = options.renderer ?? 'auto';
  const start = () =>
    void loadGeo()
      .then((ok) => {
        if (!ok) return;
        if (wanted === 'svg') startSvg('as chosen for this page.');
        else if (wanted === 'auto' && !hasWebGL()) startSvg('this browser has no WebGL.');
        else
          void startGl().catch(() =>
            startSvg('the interactive map did not start: its code did not load.'),
          );
      })
      .catch((err: unknown) => {
        container.dataset.error = String(err);
      });
  let stopWaiting = () => {};
  void (async () => {
    const onNear = options.startLive !== 'interaction';
    // A map waiting for the reader over its first paint needs no boundaries yet when the data
    // carries every label point: nothing but the page is downloaded until the reader comes.
    const labelPoints = dataset.regions.map((r) => ctx.regions.get(r.id)?.labelPoint);
    if (options.placeholder && !onNear && labelPoints.every((p) => p !== undefined)) {
      dataset.regions.forEach((r, i) => points.set(r.id, labelPoints[i]!));
      update();
    } else if (!(await loadGeo())) return;
    if (!options.placeholder || (onNear && typeof IntersectionObserver !== 'function'))
      return start();
    // The first paint was drawn for the server's date; the reader's may differ (a shared link).
    applySvgState(options.placeholder.svg, state, options.placeholder.prefix);
    // Labels (the keyboard's way in) go over the first paint now.
    layOut();
    // The SVG renderer costs no download: it starts now, and the map is ready once it drew.
    if (!onNear && (wanted === 'svg' || (wanted === 'auto' && !hasWebGL()))) return start();
    becameInteractive();
    stopWaiting = waitForReader(container, onNear, () => !destroyed && start());
  })().catch((err: unknown) => {
    container.dataset.error = String(err);
  });

  return {
    get renderer() {
      return shown;
    },
    setView(next) {
      const merged = { ...view, ...next };
      const keys = Object.keys(merged) as (keyof MapViewOptions)[];
      if (keys.every((k) => merged[k] === view[k])) return;
      view = merged;
      redraw(state.day);
    },
    setDay(day) {
      if (day !== state.day) redraw(day);
    },
    setSelectedPlace: (pid) => placeOverlay.setSelected(pid),
    setSelected(rid) {
      if (rid === selected) return;
      selected = rid;
      live?.select(rid);
      update();
      placeTooltip();
    },
    setMentioned(rids) {
      const next = new Set(rids);
      if (next.size === mentioned.size && [...next].every((r) => mentioned.has(r))) return;
      mentioned = next;
      live?.mention(next);
      container.dataset.mentioned = [...next].sort().join(' ');
    },
    resetView: () => live?.resetView(),
    boundaries: () => loadGeo(),
    toSvg: () =>
      geo
        ? controlMapSvg(geo, state, {
            idPrefix: `${id}x-`,
            title: 'Map of territorial control',
            bounds: home.homeBounds,
          })
        : '',
    destroy() {
      destroyed = true;
      stopWaiting();
      live?.destroy();
      live = null;
      points.clear();
      for (const el of [canvasHost, groupLabels.element, regionLabels.element, tip.element])
        el.remove();
      placeOverlay.destroy();
    },
  };
}
