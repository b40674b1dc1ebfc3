import type { ControlMapState, MapDataset, MapViewOptions } from '@/lib/map/map-state';
import type { RendererKind } from './region-renderer';

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
