import type { FeatureCollection, Geometry } from 'geojson';
import type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { groupOutlines } from '@/lib/map/group-outline';
import {
  controlMapContext,
  controlMapStateAt,
  type ControlMapState,
  type MapDataset,
  type MapViewOptions,
} from '@/lib/map/map-state';
import { LABEL_GRID, labelPoint, mapViewOf } from '@/lib/map/view';
import {
  boxAt,
  groupLabelCentre,
  placeLabels as layOutLabels,
  type Box,
  type LabelRequest,
} from '@/lib/map/labels';
import { PATTERNS, patternPixels, type PatternId } from '@/lib/map/patterns';
import type { PlaceMarker } from '@/lib/map/places';
import { citeSource } from '@/lib/map/tooltip';
import { createPlaceOverlay } from './place-overlay';
import {
  CONTROL_MAP_LAYERS,
  controlMapStyle,
  groundOf,
  groundedLayers,
  PATTERN_LAYERS,
  patternImageId,
  regionsFillLayer,
  SOURCE,
} from './map-style';
import { applySvgState, controlMapSvg, SVG_SIZE, svgProjection, type SvgGeo } from './svg-map';
import { renderTooltip } from './tooltip-dom';

export type RendererKind = 'webgl' | 'svg';

export interface ControlMapOptions {
  dataset: MapDataset;
  /** The "as of" day, UTC ms of its start. */
  day: number;
  regionsUrl: string;
  neighboursUrl: string | null;
  /** "auto" uses WebGL when the browser has it, else SVG. */
  renderer?: 'auto' | RendererKind;
  /** Where maplibre's worker is served (copied into public/ at build). */
  workerUrl?: string;
  selected?: string | null;
  onSelect?: (regionId: string | null) => void;
  /** A place marker was clicked (or chosen by keyboard). */
  onSelectPlace?: (placeId: string) => void;
  onHover?: (regionId: string | null) => void;
  /**
   * Called once the map has drawn (its first idle), and again if the SVG renderer takes over;
   * `reason` says in words why the SVG map is shown instead of the interactive one.
   */
  onReady?: (renderer: RendererKind, reason?: string) => void;
  /** Called at every idle after a date change, with the time it took (ms). */
  onIdle?: (ms: number) => void;
  /** Each state the map draws (on mount and every date change): for a key of what is drawn. */
  onState?: (state: ControlMapState) => void;
  /**
   * Where the tooltip lives: an ancestor of `container` whose top-left is the map's. On a
   * narrow map the tooltip drops below the map into this element, so it never hides the map.
   */
  tooltipContainer?: HTMLElement;
  /**
   * A static SVG of the map already on the page (the server-rendered first paint, drawn by
   * the SVG renderer with `prefix`), kept in step with the date until the live map starts.
   * With one, the live map (and maplibre) waits until the map is near the viewport or the
   * reader reaches it: on a phone, the map below the timeline costs nothing at first.
   */
  placeholder?: { svg: SVGSVGElement; prefix: string };
  /**
   * With a placeholder, when the live map starts: when the map comes near the viewport
   * ('near', the default), or only when the reader reaches for it ('interaction': the pointer
   * enters it, a finger touches it, the keyboard focuses it), so an embed read as a picture
   * never downloads maplibre. The SVG renderer (chosen, or without WebGL) costs no download
   * and starts at once in 'interaction' mode.
   */
  startLive?: 'near' | 'interaction';
  /** Called once the map can be used: labels over the placeholder, or the live map drawn. */
  onInteractive?: () => void;
  /**
   * A journalist's numbered notes on regions (an embed's annotations): the number is drawn on
   * the region's label, which always stays shown, and the note ends its accessible name.
   */
  callouts?: readonly { region: string; n: number; text: string }[];
  /** Which party's share is shaded, and whether claims fill (default: the conflict's, no). */
  view?: MapViewOptions;
}

/** A control map on a container element, driven by plain data: no framework needed. */
export interface ControlMap {
  setDay(day: number): void;
  /** Shades another party's share, or includes claims, keeping the date. */
  setView(view: MapViewOptions): void;
  setSelected(regionId: string | null): void;
  setSelectedPlace(placeId: string | null): void;
  /** Lights up the regions a selected statement or event mentions. */
  setMentioned(regionIds: readonly string[]): void;
  resetView(): void;
  /** The current map as a standalone SVG document (for print and image export). */
  toSvg(): string;
  /**
   * Resolves once the boundaries are loaded, fetching them if the map still waits for the
   * reader, so that `toSvg` can draw (an export asked for before the live map started).
   */
  boundaries(): Promise<boolean>;
  readonly renderer: RendererKind | null;
  destroy(): void;
}

/**
 * How long the interactive map may take to get its data through maplibre's worker, and to
 * draw for the first time, before the SVG map takes over (a blocked worker fails silently).
 */
const WORKER_DEADLINE_MS = 5_000;
const FIRST_DRAW_DEADLINE_MS = 20_000;
/** Below this width (px) the tooltip goes under the map instead of over it. */
const NARROW_MAP = 520;

/** True when the browser can give maplibre a WebGL2 context. */
export function hasWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    // Free the probe's context at once: browsers cap live WebGL contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

function div(className: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = className;
  return d;
}

let uid = 0;

/**
 * Creates the control map inside `container`: fetches the boundary files, draws with maplibre
 * (loaded lazily) or, without WebGL, with the d3-geo SVG renderer, and keeps an HTML overlay of
 * region labels that double as keyboard controls. Date changes only update state.
 */
export function createControlMap(container: HTMLElement, options: ControlMapOptions): ControlMap {
  const id = `cm${++uid}-`;
  const ctx = controlMapContext(options.dataset);
  let view: MapViewOptions = options.view ?? {};
  let state: ControlMapState = controlMapStateAt(options.dataset, options.day, ctx, view);
  options.onState?.(state);
  let selected = options.selected ?? null;
  let mentioned = new Set<string>();
  let hovered: string | null = null;
  let focused: string | null = null;
  let destroyed = false;
  let renderer: RendererKind | null = null;
  let map: MaplibreMap | null = null;
  let svg: SVGSVGElement | null = null;
  let geo: SvgGeo | null = null;
  let points = new Map<string, [number, number]>();
  let pointer: [number, number] | null = null;
  let pendingIdleFrom: number | null = null;
  const home = mapViewOf(options.dataset.map);
  const svgProj = svgProjection(undefined, undefined, home.homeBounds);

  const canvasHost = div('cm-canvas');
  const labels = div('cm-labels');
  labels.setAttribute('role', 'group');
  labels.setAttribute('aria-label', 'Regions (arrow keys move between regions, Enter selects)');
  const tip = div('cm-tooltip');
  tip.id = `${id}tooltip`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  // Group figures ("Donbas ≈80%") are labelled once, on the group; each member's own label
  // then says "part of Donbas" and never the group's number.
  const groupLabelLayer = div('cm-group-labels');
  groupLabelLayer.setAttribute('aria-hidden', 'true');
  const placeOverlay = createPlaceOverlay((pid) => options.onSelectPlace?.(pid));
  container.append(canvasHost, groupLabelLayer, placeOverlay.element, labels);
  (options.tooltipContainer ?? container).append(tip);
  const groupLabelEls = new Map<string, HTMLDivElement>();
  for (const g of options.dataset.conflict.regionGroups) {
    const el = div('cm-group-label');
    el.dataset.group = g.id;
    el.hidden = true;
    groupLabelEls.set(g.id, el);
    groupLabelLayer.append(el);
  }

  const names = [...options.dataset.regions].sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
  const callouts = new Map<string, { n: number; text: string }[]>();
  for (const c of options.callouts ?? [])
    callouts.set(c.region, [...(callouts.get(c.region) ?? []), { n: c.n, text: c.text }]);
  const calloutNumbers = (rid: string) => (callouts.get(rid) ?? []).map((c) => c.n).join(',');
  const buttons = new Map<string, HTMLButtonElement>();
  for (const [i, r] of names.entries()) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `cm-label cm-label-${r.type}`;
    b.dataset.region = r.id;
    b.tabIndex = i === 0 ? 0 : -1;
    b.setAttribute('aria-describedby', tip.id);
    const name = document.createElement('span');
    name.className = 'cm-label-name';
    name.textContent = r.nameEn;
    const figure = document.createElement('span');
    figure.className = 'cm-label-figure';
    // A space between name and figure: the visible text reads "Kherson Oblast >70%", as the
    // accessible name begins (WCAG 2.5.3 Label in Name).
    b.append(name, ' ', figure);
    if (callouts.has(r.id)) {
      const badge = document.createElement('span');
      badge.className = 'cm-label-callout';
      badge.textContent = calloutNumbers(r.id);
      b.prepend(badge, ' ');
      b.dataset.callout = badge.textContent;
    }
    b.hidden = true;
    buttons.set(r.id, b);
    labels.append(b);
  }

  const citeMarker = (m: PlaceMarker) =>
    m.entry
      ? `Source: ${citeSource(ctx.sources.get(m.entry.observation.source), m.entry.observation.source).text}.`
      : '';

  const updateLabels = () => {
    placeOverlay.update(state.places, citeMarker);
    for (const [gid, el] of groupLabelEls) {
      const g = state.groupLabels.find((x) => x.group === gid);
      el.textContent = g?.text ?? '';
      el.dataset.active = String(Boolean(g));
    }
    for (const [rid, b] of buttons) {
      const shade = state.shades[rid];
      const t = state.tooltips[rid];
      const fig = b.querySelector('.cm-label-figure');
      if (fig) fig.textContent = shade?.label ?? '';
      b.dataset.kind = shade?.kind ?? 'no-data';
      b.dataset.swatch = shade?.swatch ?? 'no-data';
      b.dataset.groupMember = String(Boolean(shade?.group));
      const region = ctx.regions.get(rid);
      // The visible text (name and figure) starts the accessible name (WCAG 2.5.3).
      const visible = [calloutNumbers(rid), region?.nameEn ?? rid, shade?.label ?? '']
        .filter(Boolean)
        .join(' ');
      const notes = (callouts.get(rid) ?? []).map((c) => ` Note ${c.n}: ${c.text}`).join('');
      b.setAttribute('aria-label', `${t ? `${visible}: ${t.figure}` : visible}${notes}`);
      b.setAttribute('aria-pressed', String(rid === selected));
    }
  };

  const position = (lonLat: [number, number]): [number, number] | null => {
    if (map) {
      const p = map.project(lonLat);
      return [p.x, p.y];
    }
    // The SVG renderer and the first paint share this projection.
    if (svg || options.placeholder) {
      const p = svgProj(lonLat);
      if (!p) return null;
      const k = canvasHost.clientWidth / SVG_SIZE.width;
      return [p[0] * k, p[1] * k];
    }
    return null;
  };

  const areaOf = (rid: string) => ctx.regions.get(rid)?.areaKm2 ?? 0;

  /**
   * Measures the labels and group labels and lays them out (lib/map/labels.ts): group labels
   * between their members, then each region's label at its point or the nearest free spot.
   */
  const placeLabels = () => {
    const frame = { w: container.clientWidth, h: container.clientHeight };
    const wanted: LabelRequest[] = [];
    for (const [rid, b] of buttons) {
      const pt = points.get(rid);
      const p = pt ? position(pt) : null;
      const inside = p !== null && p[0] >= 0 && p[1] >= 0 && p[0] <= frame.w && p[1] <= frame.h;
      b.hidden = !inside;
      b.removeAttribute('data-crowded');
      b.removeAttribute('data-crowded-out');
      if (!p || !inside) continue;
      // The region's own label point (inside the region), wherever the label itself ends up.
      b.dataset.anchor = `${Math.round(p[0])},${Math.round(p[1])}`;
      wanted.push({
        id: rid,
        x: p[0],
        y: p[1],
        size: { w: b.offsetWidth, h: b.offsetHeight },
        rank: state.shades[rid]?.kind === 'figure' ? 0 : 1,
        weight: areaOf(rid),
        // The selected or focused region's label always stays, so focus is never lost.
        keep: rid === selected || b === document.activeElement || callouts.has(rid),
        noCompact: Boolean(state.shades[rid]?.group),
      });
    }
    const taken: Box[] = placeOverlay.place(position, frame);
    for (const [gid, el] of groupLabelEls) {
      const g = state.groupLabels.find((x) => x.group === gid);
      const anchors = (g?.members ?? [])
        .map((m) => points.get(m))
        .map((pt) => (pt ? position(pt) : null))
        .filter((p): p is [number, number] => p !== null);
      // Shown before it is measured: a hidden label measures 0 × 0 and nothing keeps clear of it.
      el.hidden = !g || !anchors.length;
      if (el.hidden) continue;
      const size = { w: el.offsetWidth, h: el.offsetHeight };
      const centre = groupLabelCentre(anchors, size, frame);
      if (!centre) continue;
      // Nudged off the place markers (and earlier group labels), like any label; it always stays.
      const [spot] = layOutLabels(
        [{ id: gid, x: centre[0], y: centre[1], size, rank: 0, weight: 0, keep: true }],
        frame,
        taken,
      );
      const at: [number, number] = spot && !spot.hidden ? [spot.x, spot.y] : centre;
      taken.push(boxAt(at[0], at[1], size));
      el.style.transform = `translate(${Math.round(at[0])}px, ${Math.round(at[1])}px) translate(-50%, -50%)`;
    }
    const compactSize = (rid: string) => {
      const b = buttons.get(rid)!;
      b.dataset.crowded = 'true';
      return { w: b.offsetWidth, h: b.offsetHeight };
    };
    for (const p of layOutLabels(wanted, frame, taken, compactSize)) {
      const b = buttons.get(p.id)!;
      if (p.hidden) {
        // Crowded out: not drawn, but still a keyboard stop (focus brings it back, on its anchor).
        b.hidden = true;
        b.dataset.crowdedOut = 'true';
        continue;
      }
      b.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
    }
    // Tab enters the labels at a label that is drawn (a hidden one cannot take focus).
    const entry = [...buttons.values()].find((b) => b.tabIndex === 0);
    if (entry?.hidden) {
      const first = names.map((r) => buttons.get(r.id)!).find((b) => !b.hidden);
      if (first) {
        entry.tabIndex = -1;
        first.tabIndex = 0;
      }
    }
    placeTooltip();
  };

  const shownRegion = () => hovered ?? focused ?? selected;

  const placeTooltip = () => {
    const rid = shownRegion();
    const t = rid ? state.tooltips[rid] : undefined;
    if (!rid || !t) {
      tip.hidden = true;
      return;
    }
    renderTooltip(tip, t);
    tip.hidden = false;
    tip.dataset.region = rid;
    tip.classList.toggle('cm-tooltip-pinned', rid === selected && rid !== hovered);
    const anchor =
      hovered === rid && pointer
        ? pointer
        : (() => {
            const pt = points.get(rid);
            return pt ? position(pt) : null;
          })();
    const w = container.clientWidth;
    const h = container.clientHeight;
    const below = options.tooltipContainer !== undefined && w < NARROW_MAP;
    tip.classList.toggle('cm-tooltip-below', below);
    if (below) {
      tip.style.transform = `translate(0px, ${h + 4}px)`;
      return;
    }
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    let x = (anchor?.[0] ?? w / 2) + 14;
    let y = (anchor?.[1] ?? h / 2) + 14;
    if (x + tw > w) x = Math.max(0, (anchor?.[0] ?? w) - tw - 14);
    if (y + th > h) y = Math.max(0, (anchor?.[1] ?? h) - th - 14);
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };

  const setHover = (rid: string | null, at: [number, number] | null) => {
    pointer = at;
    if (rid === hovered) {
      if (rid) placeTooltip();
      return;
    }
    if (map && hovered)
      map.setFeatureState({ source: SOURCE.regions, id: hovered }, { hover: false });
    hovered = rid;
    if (map && rid) map.setFeatureState({ source: SOURCE.regions, id: rid }, { hover: true });
    if (svg) svg.querySelectorAll('.cm-hover').forEach((e) => e.classList.remove('cm-hover'));
    if (svg && rid) svg.querySelector(`[data-region="${rid}"]`)?.classList.add('cm-hover');
    container.style.cursor = rid ? 'pointer' : '';
    options.onHover?.(rid);
    placeTooltip();
  };

  const select = (rid: string | null) => options.onSelect?.(rid);

  // Keyboard: one tab stop; arrows, Home and End move between regions; Escape clears selection.
  labels.addEventListener('keydown', (e) => {
    // Every region in the frame, crowded-out labels included: none is out of the keyboard's reach.
    const list = names
      .map((r) => buttons.get(r.id)!)
      .filter((b) => !b.hidden || b.dataset.crowdedOut === 'true');
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = list[(i + 1) % list.length];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp')
      next = list[(i - 1 + list.length) % list.length];
    else if (e.key === 'Home') next = list[0];
    else if (e.key === 'End') next = list[list.length - 1];
    else if (e.key === 'Escape') {
      select(null);
      return;
    } else return;
    e.preventDefault();
    if (!next) return;
    for (const b of buttons.values()) b.tabIndex = -1;
    next.tabIndex = 0;
    next.hidden = false; // a crowded-out label is shown while it has focus
    next.focus();
  });
  labels.addEventListener('focusin', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('.cm-label');
    focused = b?.dataset.region ?? null;
    if (b) {
      for (const x of buttons.values()) x.tabIndex = -1;
      b.tabIndex = 0;
    }
    // A label that had no room is laid out again, kept (it has focus), and shown meanwhile.
    if (b?.dataset.crowdedOut === 'true') {
      b.dataset.keptForFocus = 'true';
      placeLabels();
    } else placeTooltip();
  });
  labels.addEventListener('focusout', (e) => {
    focused = null;
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('.cm-label');
    // A label shown only because it had focus gives its place back.
    if (b?.dataset.keptForFocus === 'true') {
      delete b.dataset.keptForFocus;
      queueMicrotask(placeLabels);
    } else placeTooltip();
  });
  labels.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('.cm-label');
    if (b?.dataset.region) select(b.dataset.region === selected ? null : b.dataset.region);
  });
  labels.addEventListener('pointerover', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('.cm-label');
    if (b?.dataset.region) setHover(b.dataset.region, null);
  });
  labels.addEventListener('pointerout', (e) => {
    if ((e.target as HTMLElement).closest('.cm-label')) setHover(null, null);
  });

  const applyGlState = () => {
    if (!map) return;
    for (const [rid, s] of Object.entries(state.shades)) {
      map.setFeatureState(
        { source: SOURCE.regions, id: rid },
        {
          fill: s.fill,
          pattern: s.pattern,
          stale: s.stale,
          staleMark: s.stale && s.kind !== 'no-recent',
          claimed: s.claimed,
          claimColor: s.claimColor,
          selected: rid === selected,
          mentioned: mentioned.has(rid),
        },
      );
    }
    for (const g of options.dataset.conflict.regionGroups) {
      map.setFeatureState(
        { source: SOURCE.groups, id: g.id },
        { active: state.activeGroups.includes(g.id) },
      );
    }
  };

  const applySvgSelection = () => {
    if (!svg) return;
    svg.querySelectorAll('.cm-selected').forEach((e) => e.classList.remove('cm-selected'));
    if (selected) svg.querySelector(`[data-region="${selected}"]`)?.classList.add('cm-selected');
    svg.querySelectorAll('.cm-mentioned').forEach((e) => e.classList.remove('cm-mentioned'));
    for (const rid of mentioned)
      svg.querySelector(`[data-region="${rid}"]`)?.classList.add('cm-mentioned');
  };

  const startSvg = (reason = 'the interactive map could not start.') => {
    if (!geo || destroyed || (renderer === 'svg' && svg)) return;
    container.dataset.fallback = reason;
    if (map) {
      map.remove();
      map = null;
    }
    canvasHost.innerHTML = controlMapSvg(geo, state, {
      idPrefix: id,
      bounds: home.homeBounds,
      places: false,
    });
    svg = canvasHost.querySelector('svg');
    renderer = 'svg';
    container.dataset.renderer = 'svg';
    svg?.setAttribute('aria-hidden', 'true');
    svg?.addEventListener('pointermove', (e) => {
      const rid = (e.target as Element).getAttribute('data-region');
      const r = container.getBoundingClientRect();
      setHover(rid, [e.clientX - r.left, e.clientY - r.top]);
    });
    svg?.addEventListener('pointerleave', () => setHover(null, null));
    svg?.addEventListener('click', (e) =>
      select((e.target as Element).getAttribute('data-region')),
    );
    applySvgSelection();
    placeLabels();
    container.dataset.ready = 'true';
    becameInteractive();
    options.onReady?.('svg', reason);
  };

  const startGl = async () => {
    if (!geo) return;
    const maplibre = await import('maplibre-gl');
    if (destroyed) return;
    maplibre.setWorkerUrl(options.workerUrl ?? '/maplibre-gl-worker.mjs');
    const patternIds = new Set<string>(PATTERN_LAYERS.map((l) => l.id));
    const style = controlMapStyle({
      regions: geo.regions,
      neighbours: geo.neighbours,
      groups: geo.groups,
    });
    style.layers = groundedLayers(
      CONTROL_MAP_LAYERS.filter((l) => !patternIds.has(l.id)),
      groundOf(container),
    );
    let m: MaplibreMap;
    try {
      m = new maplibre.Map({
        container: canvasHost,
        style,
        bounds: home.homeBounds,
        maxBounds: home.maxBounds,
        minZoom: home.minZoom,
        maxZoom: home.maxZoom,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        renderWorldCopies: false,
        fadeDuration: 0,
      });
    } catch (err) {
      startSvg(`WebGL could not start (${err instanceof Error ? err.message : String(err)}).`);
      return;
    }
    map = m;
    // A worker that never starts (blocked, or its file missing) and a style that never loads
    // raise no error: without these deadlines the map would stay an empty sea.
    const deadline = (ms: number, reason: string) =>
      window.setTimeout(() => {
        if (map === m && container.dataset.ready !== 'true') startSvg(reason);
      }, ms);
    let workerDeadline: number | undefined = deadline(
      WORKER_DEADLINE_MS,
      `the interactive map did not start: its data had not reached it after ${WORKER_DEADLINE_MS / 1000} seconds (its worker may be blocked or missing).`,
    );
    const drawDeadline = deadline(
      FIRST_DRAW_DEADLINE_MS,
      `the interactive map did not start: it had not drawn after ${FIRST_DRAW_DEADLINE_MS / 1000} seconds.`,
    );
    m.on('sourcedata', (e) => {
      // The worker has answered for the regions: it is alive.
      if (e.sourceId === SOURCE.regions && e.sourceDataType === 'metadata') {
        window.clearTimeout(workerDeadline);
        workerDeadline = undefined;
      }
    });
    m.once('idle', () => {
      window.clearTimeout(workerDeadline);
      window.clearTimeout(drawDeadline);
    });
    // A lost WebGL context (GPU reset, too many contexts): the SVG renderer takes over with the
    // same date, selection and labels.
    m.getCanvas().addEventListener(
      'webglcontextlost',
      () => startSvg('the graphics context of the interactive map was lost.'),
      { once: true },
    );
    m.touchZoomRotate.disableRotation();
    m.keyboard.disableRotation();
    m.getCanvas().setAttribute(
      'aria-label',
      'Map of territorial control: drag or use arrow keys to pan, + and − to zoom',
    );
    m.on('error', (e) => {
      // Before the first draw any error (WebGL, style, worker) means the map will not come;
      // after it, only WebGL errors do.
      const message = String(e.error?.message ?? 'unknown error');
      if (container.dataset.ready !== 'true' || /webgl/i.test(message))
        startSvg(`the interactive map did not start (${message}).`);
    });
    m.on('load', () => {
      if (destroyed) return;
      // Pattern images come from the same specs as the SVG renderer's <pattern>s, drawn at
      // twice the screen's pixels at least: sampled down, a 1.2 px line reads as thin as the
      // SVG's, not as a whole 2 px one.
      const ratio = Math.min(4, 2 * Math.max(1, Math.round(window.devicePixelRatio || 1)));
      // maplibre anchors fill patterns to tiles: between two whole zooms a pattern grows up to
      // twice its size. At the opening zoom it is drawn at the size the SVG renderer and the
      // legend use.
      const grow = 2 ** (m.getZoom() - Math.floor(m.getZoom()));
      for (const pid of Object.keys(PATTERNS) as PatternId[])
        m.addImage(patternImageId(pid), patternPixels(PATTERNS[pid], ratio), {
          pixelRatio: ratio * grow,
        });
      for (const layer of PATTERN_LAYERS) m.addLayer(layer, 'regions-line');
      applyGlState();
      renderer = 'webgl';
      container.dataset.renderer = 'webgl';
      placeLabels();
      m.once('idle', () => {
        if (destroyed) return;
        container.dataset.ready = 'true';
        becameInteractive();
        options.onReady?.('webgl');
      });
    });
    m.on('move', placeLabels);
    m.on('resize', placeLabels);
    m.on('idle', () => {
      if (pendingIdleFrom !== null) {
        const ms = performance.now() - pendingIdleFrom;
        pendingIdleFrom = null;
        options.onIdle?.(ms);
      }
    });
    m.on('mousemove', regionsFillLayer.id, (e) => {
      const f: MapGeoJSONFeature | undefined = e.features?.[0];
      setHover(f?.id !== undefined ? String(f.id) : null, [e.point.x, e.point.y]);
    });
    m.on('mouseleave', regionsFillLayer.id, () => setHover(null, null));
    m.on('click', (e) => {
      const f = m.queryRenderedFeatures(e.point, { layers: [regionsFillLayer.id] })[0];
      select(f?.id !== undefined ? String(f.id) : null);
    });
  };

  const redraw = (day: number) => {
    {
      // Timed until the next idle (the benchmark's date change → map idle).
      pendingIdleFrom = performance.now();
      state = controlMapStateAt(options.dataset, day, ctx, view);
      options.onState?.(state);
      updateLabels();
      if (map) {
        applyGlState();
        map.triggerRepaint();
      } else if (svg) {
        applySvgState(svg, state, id);
        const ms = performance.now() - pendingIdleFrom;
        pendingIdleFrom = null;
        options.onIdle?.(ms);
      } else if (options.placeholder) {
        applySvgState(options.placeholder.svg, state, options.placeholder.prefix);
      }
      placeLabels();
    }
  };

  let interactive = false;
  const becameInteractive = () => {
    if (interactive) return;
    interactive = true;
    options.onInteractive?.();
  };
  let stopWaiting = () => {};
  const get = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return (await res.json()) as FeatureCollection<Geometry>;
  };
  let loading: Promise<boolean> | null = null;
  /** The boundaries, fetched once; false when the map was destroyed meanwhile. */
  const loadGeo = () =>
    (loading ??= (async () => {
      const [regions, neighbours] = await Promise.all([
        get(options.regionsUrl),
        options.neighboursUrl
          ? get(options.neighboursUrl).catch(() => null)
          : Promise.resolve(null),
      ]);
      if (destroyed) return false;
      geo = {
        regions,
        neighbours,
        groups: groupOutlines(regions, options.dataset.conflict.regionGroups),
      };
      for (const f of regions.features) {
        // Computed when the data was loaded; older pinned data files lack it.
        const p = ctx.regions.get(String(f.id))?.labelPoint ?? labelPoint(f, LABEL_GRID);
        if (p) points.set(String(f.id), p);
      }
      updateLabels();
      return true;
    })());
  void (async () => {
    const start = () =>
      void loadGeo()
        .then((ok) => {
          if (!ok) return;
          const wanted = options.renderer ?? 'auto';
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
    // A map waiting for the reader over its first paint needs no boundaries yet when the data
    // carries every label point: nothing but the page is downloaded until the reader comes.
    const labelPoints = options.dataset.regions.map((r) => ctx.regions.get(r.id)?.labelPoint);
    if (
      options.placeholder &&
      options.startLive === 'interaction' &&
      labelPoints.every((p) => p !== undefined)
    ) {
      options.dataset.regions.forEach((r, i) => points.set(r.id, labelPoints[i]!));
      updateLabels();
    } else if (!(await loadGeo())) return;
    const onNear = options.startLive !== 'interaction';
    if (!options.placeholder || (onNear && typeof IntersectionObserver !== 'function'))
      return start();
    // The first paint was drawn for the server's date; the reader's may differ (a shared link).
    applySvgState(options.placeholder.svg, state, options.placeholder.prefix);
    // Labels (the keyboard's way in) go over the first paint now; the live map comes when the
    // map is about to scroll into view (unless it waits for the reader), or when the pointer,
    // a finger or the keyboard reaches it.
    placeLabels();
    // The SVG renderer costs no download: it starts now, and the map is ready once it drew.
    const wanted = options.renderer ?? 'auto';
    if (!onNear && (wanted === 'svg' || (wanted === 'auto' && !hasWebGL()))) return start();
    becameInteractive();
    let started = false;
    const go = () => {
      if (started || destroyed) return;
      started = true;
      stopWaiting();
      start();
    };
    const near = onNear
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
          rootMargin: '25% 0px',
        })
      : null;
    near?.observe(container);
    const reach = ['pointerenter', 'touchstart', 'focusin'] as const;
    for (const type of reach) container.addEventListener(type, go, { passive: true });
    stopWaiting = () => {
      near?.disconnect();
      for (const type of reach) container.removeEventListener(type, go);
    };
  })().catch((err: unknown) => {
    container.dataset.error = String(err);
  });

  return {
    get renderer() {
      return renderer;
    },
    setView(next) {
      view = { ...view, ...next };
      redraw(state.day);
    },
    setDay(day) {
      if (day === state.day) return;
      redraw(day);
    },
    setSelectedPlace(pid) {
      placeOverlay.setSelected(pid);
    },
    setSelected(rid) {
      if (rid === selected) return;
      if (map && selected)
        map.setFeatureState({ source: SOURCE.regions, id: selected }, { selected: false });
      selected = rid;
      if (map && rid) map.setFeatureState({ source: SOURCE.regions, id: rid }, { selected: true });
      applySvgSelection();
      updateLabels();
      placeTooltip();
    },
    setMentioned(rids) {
      const next = new Set(rids);
      if (next.size === mentioned.size && [...next].every((r) => mentioned.has(r))) return;
      if (map) {
        for (const r of mentioned)
          if (!next.has(r))
            map.setFeatureState({ source: SOURCE.regions, id: r }, { mentioned: false });
        for (const r of next)
          map.setFeatureState({ source: SOURCE.regions, id: r }, { mentioned: true });
      }
      mentioned = next;
      applySvgSelection();
      container.dataset.mentioned = [...next].sort().join(' ');
    },
    resetView() {
      map?.fitBounds(home.homeBounds, {
        duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 400,
      });
    },
    boundaries: () => loadGeo(),
    toSvg() {
      return geo
        ? controlMapSvg(geo, state, {
            idPrefix: `${id}x-`,
            title: 'Map of territorial control',
            bounds: home.homeBounds,
          })
        : '';
    },
    destroy() {
      destroyed = true;
      stopWaiting();
      map?.remove();
      map = null;
      svg = null;
      points = new Map();
      canvasHost.remove();
      labels.remove();
      tip.remove();
    },
  };
}
