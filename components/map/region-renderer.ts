import type { ControlMapState } from '@/lib/map/map-state';
import type { MapView } from '@/lib/map/view';
import type { SvgGeo } from './svg-map';

export type RendererKind = 'webgl' | 'svg';

/**
 * What draws the regions: maplibre on WebGL (`gl-renderer.ts`) or d3-geo SVG
 * (`svg-renderer.ts`). Both take the same state and answer the same questions; the control map
 * (`control-map.ts`) never asks which one it has, only for labels, tooltip and keyboard.
 */
export interface RegionRenderer {
  readonly kind: RendererKind;
  /** A point's position in the map's box (px from its top-left), or null off the map. */
  project(lonLat: [number, number]): [number, number] | null;
  /** Shades another date's (or party's) state. `onIdle` follows once it is on screen. */
  draw(state: ControlMapState): void;
  hover(regionId: string | null): void;
  select(regionId: string | null): void;
  mention(regionIds: ReadonlySet<string>): void;
  /** Back to the dataset's home view (the SVG map never leaves it). */
  resetView(): void;
  destroy(): void;
}

/** What a renderer tells the control map. */
export interface RendererEvents {
  /** The pointer is over a region (or none), at this point of the map's box. */
  hover(regionId: string | null, at: [number, number] | null): void;
  /** A click on a region, or on no region (null). */
  select(regionId: string | null): void;
  /** The view moved or the box resized: labels follow. */
  moved(): void;
  /** The regions are drawn and the map can be used (once). */
  ready(): void;
  /** What was last drawn is on screen. */
  idle(): void;
  /** This renderer cannot go on, in words: the SVG renderer takes over. */
  failed(reason: string): void;
}

/** What a renderer starts from: the boundaries and the look as of now. */
export interface RendererStart {
  host: HTMLElement;
  geo: SvgGeo;
  /** The dataset's home view, its limits and zooms. */
  view: MapView;
  /** The conflict's region groups (their outlines light up while a group figure holds). */
  groups: readonly string[];
  state: ControlMapState;
  selected: string | null;
  mentioned: ReadonlySet<string>;
  /** Prefix for the SVG's ids (patterns), unique on the page. */
  idPrefix: string;
}
