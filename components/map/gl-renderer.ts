import type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { ControlMapState } from '@/lib/map/map-state';
import { PATTERNS, patternPixels, type PatternId } from '@/lib/map/patterns';
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
import type { RegionRenderer, RendererEvents, RendererStart } from './region-renderer';

/**
 * How long the interactive map may take to get its data through maplibre's worker, and to
 * draw for the first time, before the SVG map takes over (a blocked worker fails silently).
 */
const WORKER_DEADLINE_MS = 5_000;
const FIRST_DRAW_DEADLINE_MS = 20_000;

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

/**
 * The regions on maplibre (loaded here, lazily): feature state carries each region's shade,
 * so a date change repaints without touching the data. Resolves once the map is made (before
 * it has drawn), or with null when WebGL would not start (`failed` has said why) or the map
 * was given up meanwhile (`cancelled`); rejects when maplibre's code did not load.
 */
export async function createGlRenderer(
  startOf: () => RendererStart,
  events: RendererEvents,
  options: { workerUrl?: string; cancelled?: () => boolean } = {},
): Promise<RegionRenderer | null> {
  const maplibre = await import('maplibre-gl');
  if (options.cancelled?.()) return null;
  // The look as of now, not as of the call: the date may have moved while the code loaded.
  const start = startOf();
  const { host, geo, view } = start;
  maplibre.setWorkerUrl(options.workerUrl ?? '/maplibre-gl-worker.mjs');
  const patternIds = new Set<string>(PATTERN_LAYERS.map((l) => l.id));
  const style = controlMapStyle(geo);
  style.layers = groundedLayers(
    CONTROL_MAP_LAYERS.filter((l) => !patternIds.has(l.id)),
    groundOf(host),
  );
  let m: MaplibreMap;
  try {
    m = new maplibre.Map({
      container: host,
      style,
      bounds: view.homeBounds,
      maxBounds: view.maxBounds,
      minZoom: view.minZoom,
      maxZoom: view.maxZoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
    });
  } catch (err) {
    events.failed(`WebGL could not start (${err instanceof Error ? err.message : String(err)}).`);
    return null;
  }
  let state: ControlMapState = start.state;
  let selected = start.selected;
  let mentioned = start.mentioned;
  let hovered: string | null = null;
  let ready = false;
  let gone = false;
  const region = (id: string) => ({ source: SOURCE.regions, id });
  const fail = (reason: string) => {
    if (!gone) events.failed(reason);
  };

  const applyState = () => {
    for (const [rid, s] of Object.entries(state.shades)) {
      m.setFeatureState(region(rid), {
        fill: s.fill,
        pattern: s.pattern,
        stale: s.stale,
        staleMark: s.stale && s.kind !== 'no-recent',
        claimed: s.claimed,
        claimColor: s.claimColor,
        selected: rid === selected,
        mentioned: mentioned.has(rid),
      });
    }
    for (const gid of start.groups)
      m.setFeatureState(
        { source: SOURCE.groups, id: gid },
        { active: state.activeGroups.includes(gid) },
      );
  };

  // A worker that never starts (blocked, or its file missing) and a style that never loads
  // raise no error: without these deadlines the map would stay an empty sea.
  const deadline = (ms: number, reason: string) =>
    window.setTimeout(() => !ready && fail(reason), ms);
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
    () => fail('the graphics context of the interactive map was lost.'),
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
    if (!ready || /webgl/i.test(message)) fail(`the interactive map did not start (${message}).`);
  });
  m.on('load', () => {
    if (gone) return;
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
    applyState();
    events.moved();
    m.once('idle', () => {
      if (gone) return;
      ready = true;
      events.ready();
    });
  });
  m.on('move', () => events.moved());
  m.on('resize', () => events.moved());
  m.on('idle', () => events.idle());
  m.on('mousemove', regionsFillLayer.id, (e) => {
    const f: MapGeoJSONFeature | undefined = e.features?.[0];
    events.hover(f?.id !== undefined ? String(f.id) : null, [e.point.x, e.point.y]);
  });
  m.on('mouseleave', regionsFillLayer.id, () => events.hover(null, null));
  m.on('click', (e) => {
    const f = m.queryRenderedFeatures(e.point, { layers: [regionsFillLayer.id] })[0];
    events.select(f?.id !== undefined ? String(f.id) : null);
  });

  return {
    kind: 'webgl',
    project(lonLat) {
      const p = m.project(lonLat);
      return [p.x, p.y];
    },
    draw(next) {
      state = next;
      applyState();
      m.triggerRepaint();
    },
    hover(rid) {
      if (hovered) m.setFeatureState(region(hovered), { hover: false });
      hovered = rid;
      if (rid) m.setFeatureState(region(rid), { hover: true });
    },
    select(rid) {
      if (selected) m.setFeatureState(region(selected), { selected: false });
      selected = rid;
      if (rid) m.setFeatureState(region(rid), { selected: true });
    },
    mention(rids) {
      for (const r of mentioned)
        if (!rids.has(r)) m.setFeatureState(region(r), { mentioned: false });
      for (const r of rids) m.setFeatureState(region(r), { mentioned: true });
      mentioned = rids;
    },
    resetView() {
      m.fitBounds(view.homeBounds, {
        duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 400,
      });
    },
    destroy() {
      gone = true;
      window.clearTimeout(workerDeadline);
      window.clearTimeout(drawDeadline);
      m.remove();
    },
  };
}
