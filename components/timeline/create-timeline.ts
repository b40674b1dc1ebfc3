import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import {
  zoom as d3zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import type { TimelineItem } from '@/lib/dataset/types';
import { DAY_MS, dayStart, formatDateValue, toDayString } from '@/lib/dates/fuzzy-date';
import {
  timelineDescriber,
  type ItemDescription,
  type TimelineFacts,
} from '@/lib/timeline/describe';
import { isTimelineKey, keyboardStep, laneStep } from '@/lib/timeline/keyboard';
import type { LaneMode } from '@/lib/timeline/lanes';
import {
  cullBefore,
  timelineMarks,
  type ClusterMark,
  type ItemMark,
  type TimelineMark,
} from '@/lib/timeline/marks';
import { STAGE, timelineModel, type TimelineModel } from '@/lib/timeline/model';
import { timelineTicks } from '@/lib/timeline/ticks';
import { shapeBox, shapeHit, shapePath, traceShape, type Shape } from '@/lib/timeline/shapes';

/** The linked state the timeline draws: the "as of" day, the selected and hovered items. */
export interface TimelineState {
  date: string | null;
  selectedId: string | null;
  hoveredId: string | null;
  /** Items to ring as related, e.g. those that mention the selected region. */
  highlightedIds?: ReadonlySet<string>;
  /** A second day to mark, when comparing two dates (YYYY-MM-DD). */
  compareDate?: string | null;
}

export interface TimelineOptions {
  items: readonly TimelineItem[];
  facts: TimelineFacts;
  state: TimelineState;
  /** Accessible name of the timeline. */
  label?: string;
  onSelect?: (id: string | null) => void;
  onHover?: (id: string | null) => void;
  onClear?: () => void;
  /** Below this width (px) lanes condense to one per party and labels shorten. */
  narrowWidth?: number;
  /** Overrides the prefers-reduced-motion media query (tests). */
  reducedMotion?: boolean;
  /** When given, the toolbar offers "Download SVG", which calls this (e.g. with `toSVG`). */
  onDownload?: () => void;
  /** Called after every render with the number of marks drawn and the time it took (benchmarks). */
  onRender?: (marks: number, ms: number) => void;
  /**
   * The span [start, end] (UTC ms) the axis shows when no item is dated, e.g. when a filter
   * from a link matches nothing; later empty results keep the span last shown instead.
   */
  emptyExtent?: [number, number];
}

export interface TimelineHandle {
  update: (state: Partial<TimelineState>) => void;
  /** Replaces the items drawn (e.g. after filtering), keeping the zoom. */
  setItems: (items: readonly TimelineItem[]) => void;
  /** Zooms to show every dated item. */
  fit: () => void;
  /** The visible time domain [start, end] in UTC ms. */
  domain: () => [number, number];
  /** The marks drawn now, in viewport (client) pixels: for tests and scripts driving the page. */
  drawnMarks: () => DrawnMark[];
  /**
   * The view as a standalone SVG document (marks as paths): snapshots, print and export. With
   * a frame, a title above and the legend and a credit line below make it a picture that
   * explains itself.
   */
  toSVG: (frame?: SVGFrame) => string;
  destroy: () => void;
}

/** A mark on screen, in viewport pixels. `ids` holds one id for an item, several for a cluster. */
export interface DrawnMark {
  kind: 'item' | 'cluster';
  ids: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Words around an exported picture of the timeline. */
export interface SVGFrame {
  title?: string;
  /** A line under the legend: where the facts come from, the date shown. */
  credit?: string;
}

/** The property of the timeline's root element (`.tl`) that holds its handle. */
export const TIMELINE_HANDLE = 'faultlineTimeline';

const defaults = { label: 'Timeline of statements and events', narrowWidth: 640 };
const AXIS_H = STAGE.axis;
const ROW_H = STAGE.row;
const LANE_PAD = STAGE.lanePad;
const RADIUS = 5;
const EVENT_COLOUR = '#4f5663';
const OTHER_COLOUR = '#8a8f98';
const INK = '#1a1d23';
const MIN_VISIBLE_DAYS = 4;
const ZOOM_STEP = 1.6;

let instances = 0;
const round = (n: number) => Math.round(n * 10) / 10;
const circlePath = (cx: number, cy: number, r: number) => shapePath({ kind: 'circle', cx, cy, r });
const diamondPath = (cx: number, cy: number, r: number) =>
  shapePath({ kind: 'diamond', cx, cy, r });
const pillPath = (x0: number, cy: number, x1: number, h: number) =>
  shapePath({ kind: 'pill', x0, cy, x1, h });
const CLUSTER_H = 14;
const clusterLabelWidth = (count: number) => 10 + 7 * String(count).length;

/**
 * Draws a timeline of statements and events into `container` with d3 (scales, axis, zoom):
 * lanes by speaker grouped by party, spans for month/year dates, clusters when crowded, an
 * "as of" cursor, a tooltip, keyboard navigation and a list of undated items. Framework-free:
 * the React wrapper and the embed both use it. Returns {update, fit, domain, destroy}.
 */
export function createTimeline(container: HTMLElement, options: TimelineOptions): TimelineHandle {
  const opts = { ...defaults, ...options };
  const uid = `tl${++instances}`;
  const describe = timelineDescriber(opts.facts);
  const descriptions = new Map<number, ItemDescription>();
  const describeIndex = (i: number) => {
    let d = descriptions.get(i);
    if (!d) descriptions.set(i, (d = describe(opts.items[i]!)));
    return d;
  };
  const partyColour = new Map(opts.facts.parties.map((p) => [p.id, p.color]));
  const colourOf = (item: TimelineItem) =>
    item.type === 'event'
      ? EVENT_COLOUR
      : (item.party && partyColour.get(item.party)) || OTHER_COLOUR;
  const reducedMotion = () =>
    opts.reducedMotion ??
    (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);

  let state: TimelineState = { ...opts.state };
  let mode: LaneMode = 'speaker';
  let model: TimelineModel = timelineModel(opts.items, opts.facts, mode);
  // The axis of the last items that had dates: an empty result leaves the axis where it was.
  let lastExtent: [number, number] | null = opts.emptyExtent ?? null;
  let active: number | null = null; // item index the keyboard is on
  let width = 0;
  let gutter = 150;
  let plotW = 1;
  let laneTop: number[] = [];
  let height = 0;
  let marks: TimelineMark[] = [];
  const base = scaleUtc();
  let x: ScaleTime<number, number> = base.copy();
  let transform: ZoomTransform = zoomIdentity;
  let frame = 0;

  // ---- DOM -----------------------------------------------------------------------------------
  const root = select(container).append('div').attr('class', 'tl');
  const toolbar = root
    .append('div')
    .attr('class', 'tl-toolbar')
    .attr('role', 'toolbar')
    .attr('aria-label', 'Timeline zoom');
  const button = (text: string, label: string, act: () => void) =>
    toolbar
      .append('button')
      .attr('type', 'button')
      .attr('class', 'tl-button')
      .attr('aria-label', label)
      .attr('title', label)
      .text(text)
      .on('click', act);
  button('+', 'Zoom in', () => zoomBy(ZOOM_STEP));
  button('−', 'Zoom out', () => zoomBy(1 / ZOOM_STEP));
  button('Fit all', 'Fit all: show every dated item', () => fit());
  if (opts.onDownload) {
    const download = opts.onDownload;
    button('Download SVG', 'Download the timeline as shown, as an SVG picture', () => download());
  }
  const range = toolbar.append('span').attr('class', 'tl-range');

  // Three layers: an SVG underneath (lanes, axis, grid), a canvas with the marks (cheap to
  // redraw at any number of marks while zooming), and an SVG on top (the few rings, the
  // cursors, and the surface that takes the pointer). The canvas is hidden from assistive
  // technology; the listbox below is the accessible way through the items.
  const stage = root.append('div').attr('class', 'tl-stage');
  const svg = stage
    .append('svg')
    .attr('class', 'tl-svg')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const clip = svg.append('defs').append('clipPath').attr('id', `${uid}-clip`).append('rect');
  const lanesG = svg.append('g').attr('class', 'tl-lanes');
  const backPlot = svg.append('g').attr('class', 'tl-plot-back');
  const axisG = backPlot.append('g').attr('class', 'tl-axis');
  const gridG = backPlot
    .append('g')
    .attr('clip-path', `url(#${uid}-clip)`)
    .append('g')
    .attr('class', 'tl-grid');
  const canvas = stage.append('canvas').attr('class', 'tl-canvas').attr('aria-hidden', 'true');
  const front = stage
    .append('svg')
    .attr('class', 'tl-front')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const frontClip = front
    .append('defs')
    .append('clipPath')
    .attr('id', `${uid}-fclip`)
    .append('rect');
  const plot = front.append('g').attr('class', 'tl-plot');
  const zoomRect = plot.append('rect').attr('class', 'tl-zoom-surface').attr('fill', 'transparent');
  const overlayG = plot
    .append('g')
    .attr('clip-path', `url(#${uid}-fclip)`)
    .append('g')
    .attr('class', 'tl-overlay')
    .attr('pointer-events', 'none');
  const compareG = plot.append('g').attr('class', 'tl-compare').attr('pointer-events', 'none');
  compareG.append('line');
  compareG.append('text');
  const cursorG = plot.append('g').attr('class', 'tl-cursor').attr('pointer-events', 'none');
  cursorG.append('line');
  const cursorTag = plot.append('g').attr('class', 'tl-cursor-tag').attr('pointer-events', 'none');
  cursorTag.append('rect');
  cursorTag.append('text');

  // The keyboard's target: a listbox over the stage whose one option is the active item.
  const listbox = stage
    .append('div')
    .attr('class', 'tl-listbox')
    .attr('tabindex', 0)
    .attr('role', 'listbox')
    .attr('aria-label', opts.label)
    .attr('aria-describedby', `${uid}-help`);
  const option = listbox
    .append('div')
    .attr('class', 'visually-hidden')
    .attr('role', 'option')
    .attr('id', `${uid}-active`);
  const tooltip = stage
    .append('div')
    .attr('class', 'tl-tooltip')
    .attr('role', 'tooltip')
    .attr('id', `${uid}-tip`)
    .attr('hidden', true);
  root
    .append('p')
    .attr('class', 'tl-help muted')
    .attr('id', `${uid}-help`)
    .text(
      'Left and Right arrows move between items in date order, Up and Down to the nearest item in the lane above or below, Home and End jump to the first and last, Enter selects, Escape clears, + and − zoom, Shift with Left or Right pans.',
    );
  const legend = root.append('ul').attr('class', 'tl-legend').attr('aria-label', 'Legend');
  const undatedBox = root
    .append('section')
    .attr('class', 'tl-undated')
    .attr('aria-label', 'Items with no stated date');

  // ---- zoom ----------------------------------------------------------------------------------
  // While the reader drags, wheels or pinches, hover work waits: the marks move under a still
  // pointer, and a tooltip chasing them would cost a layout every frame.
  let gesture = false;
  const zoom: ZoomBehavior<SVGGElement, unknown> = d3zoom<SVGGElement, unknown>()
    .on('start', (event: D3ZoomEvent<SVGGElement, unknown>) => {
      if (!event.sourceEvent) return;
      gesture = true;
      setHover(null);
    })
    .on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => {
      transform = event.transform;
      schedule();
    })
    .on('end', (event: D3ZoomEvent<SVGGElement, unknown>) => {
      if (!event.sourceEvent) return;
      gesture = false;
      if (lastPointer)
        requestAnimationFrame(
          () => lastPointer && !gesture && hoverAt(lastPointer[0], lastPointer[1]),
        );
    });
  plot.call(zoom).on('dblclick.zoom', null);

  const fullDomain = (): [number, number] => {
    if (model.extent) lastExtent = model.extent;
    const e = lastExtent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const pad = Math.max(DAY_MS, (e[1] - e[0]) * 0.02);
    return [e[0] - pad, e[1] + pad];
  };

  const transition = () => (reducedMotion() ? plot : plot.transition().duration(350));
  const applyTransform = (t: ZoomTransform, animate = true) => {
    if (animate && !reducedMotion()) plot.transition().duration(350).call(zoom.transform, t);
    else plot.call(zoom.transform, t);
  };
  const transformFor = (d0: number, d1: number) => {
    const [f0, f1] = fullDomain();
    const k = Math.max(1, Math.min(maxScale(), (f1 - f0) / Math.max(d1 - d0, 1)));
    return zoomIdentity.scale(k).translate(-base(d0), 0);
  };
  const maxScale = () => {
    const [f0, f1] = fullDomain();
    return Math.max(1, (f1 - f0) / (MIN_VISIBLE_DAYS * DAY_MS));
  };
  function zoomBy(factor: number, at?: number) {
    const point: [number, number] = [at ?? plotW / 2, 0];
    if (reducedMotion()) zoom.scaleBy(plot, factor, point);
    else zoom.scaleBy(transition(), factor, point);
  }
  function fit() {
    applyTransform(zoomIdentity);
  }
  const panBy = (px: number) => {
    if (reducedMotion()) zoom.translateBy(plot, px / transform.k, 0);
    else zoom.translateBy(transition(), px / transform.k, 0);
  };

  // ---- layout --------------------------------------------------------------------------------
  function measure() {
    const w = Math.max(280, Math.floor(container.clientWidth));
    const nextMode: LaneMode = w < opts.narrowWidth ? 'party' : 'speaker';
    const keepDomain = width > 0 ? (x.domain().map(Number) as [number, number]) : null;
    const wasFit = transform.k === 1;
    if (nextMode !== mode) {
      mode = nextMode;
      model = timelineModel(opts.items, opts.facts, mode);
      drawLegend();
    }
    width = w;
    gutter = mode === 'speaker' ? Math.min(150, Math.round(w * 0.18)) : 64;
    plotW = Math.max(100, width - gutter - 8);
    laneTop = [];
    let y = AXIS_H;
    for (const lane of model.lanes) {
      laneTop.push(y);
      y += lane.rows * ROW_H + LANE_PAD;
    }
    height = y + STAGE.bottom;
    base.domain(fullDomain()).range([0, plotW]);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    front.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    backPlot.attr('transform', `translate(${gutter},0)`);
    plot.attr('transform', `translate(${gutter},0)`);
    zoomRect.attr('width', plotW).attr('height', height);
    for (const c of [clip, frontClip])
      c.attr('x', 0)
        .attr('y', AXIS_H - 2)
        .attr('width', plotW)
        .attr('height', height - AXIS_H + 2);
    sizeCanvas();
    zoom
      .extent([
        [0, 0],
        [plotW, height],
      ])
      .scaleExtent([1, maxScale()])
      .translateExtent([
        [0, 0],
        [plotW, height],
      ]);
    drawLanes();
    const t = keepDomain && !wasFit ? transformFor(keepDomain[0], keepDomain[1]) : zoomIdentity;
    plot.call(zoom.transform, t);
    transform = t;
  }

  function drawLanes() {
    const narrow = mode === 'party';
    const rows = lanesG
      .selectAll<SVGGElement, number>('g.tl-lane')
      .data(model.lanes.map((_, i) => i))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tl-lane');
        g.append('rect').attr('class', 'tl-lane-bg');
        g.append('path').attr('class', 'tl-lane-key');
        g.append('text').attr('class', 'tl-lane-label');
        g.append('title');
        return g;
      });
    rows.attr('transform', (i) => `translate(0,${laneTop[i]})`);
    rows
      .select('rect')
      .attr('x', 0)
      .attr('width', width)
      .attr('height', (i) => model.lanes[i]!.rows * ROW_H + LANE_PAD)
      .attr('fill', (i) => (i % 2 === 0 ? '#f6f7f9' : '#ffffff'));
    rows
      .select('path')
      .attr('d', (i) => {
        const lane = model.lanes[i]!;
        const cy = (lane.rows * ROW_H + LANE_PAD) / 2;
        return lane.key === 'events' ? diamondPath(8, cy, 5) : circlePath(8, cy, 4);
      })
      .attr('fill', (i) => {
        const lane = model.lanes[i]!;
        return lane.key === 'events'
          ? EVENT_COLOUR
          : (lane.party && partyColour.get(lane.party)) || OTHER_COLOUR;
      })
      .attr('stroke', INK)
      .attr('stroke-width', 0.75);
    rows
      .select('text')
      .attr('x', 17)
      .attr('y', (i) => (model.lanes[i]!.rows * ROW_H + LANE_PAD) / 2)
      .attr('dy', '0.35em')
      .text((i) => {
        const lane = model.lanes[i]!;
        const label = narrow || gutter < 130 ? lane.shortLabel : lane.label;
        const max = Math.floor((gutter - 20) / 6.2);
        return label.length > max ? `${label.slice(0, Math.max(1, max - 1))}…` : label;
      });
    rows.select('title').text((i) => model.lanes[i]!.label);
  }

  /** The legend's entries: the mark shapes, then the parties that have a lane. */
  function legendEntries(
    still = false,
  ): { key: string; label: string; d: string; fill: string; opacity?: number }[] {
    const parties = opts.facts.parties.filter((p) => model.lanes.some((l) => l.party === p.id));
    return [
      { key: 'st', label: 'Statement (day)', d: circlePath(8, 8, 5), fill: OTHER_COLOUR },
      { key: 'ev', label: 'Event (day)', d: diamondPath(8, 8, 6), fill: EVENT_COLOUR },
      {
        key: 'sp',
        label: 'Month or year: drawn as a span',
        d: pillPath(1, 8, 15, 8),
        fill: OTHER_COLOUR,
        opacity: 0.4,
      },
      {
        key: 'cl',
        label: still ? 'Several items (their count)' : 'Several items: click to expand',
        d: pillPath(0, 8, 16, 14),
        fill: '#ffffff',
      },
      ...parties.map((p) => ({ key: p.id, label: p.name, d: circlePath(8, 8, 5), fill: p.color })),
    ];
  }

  function drawLegend() {
    const entries = legendEntries();
    const li = legend
      .selectAll<HTMLLIElement, (typeof entries)[number]>('li')
      .data(entries, (e) => e.key)
      .join((enter) => {
        const l = enter.append('li');
        const s = l.append('svg').attr('width', 16).attr('height', 16).attr('aria-hidden', 'true');
        s.append('path');
        l.append('span');
        return l;
      });
    li.select('path')
      .attr('d', (e) => e.d)
      .attr('fill', (e) => e.fill)
      .attr('fill-opacity', (e) => e.opacity ?? 1)
      .attr('stroke', INK)
      .attr('stroke-width', 0.75);
    li.select('span').text((e) => e.label);
  }

  function drawUndated() {
    undatedBox.selectAll('*').remove();
    if (model.undated.length === 0) return;
    undatedBox
      .append('h2')
      .attr('class', 'tl-undated-title')
      .text(`Date not stated (${model.undated.length})`);
    const ul = undatedBox.append('ul');
    const li = ul.selectAll('li').data(model.undated).join('li');
    li.append('button')
      .attr('type', 'button')
      .attr('data-id', (i) => opts.items[i]!.id)
      .attr('aria-pressed', (i) => String(state.selectedId === opts.items[i]!.id))
      .text((i) => describeIndex(i).name)
      .on('click', (_e, i) => opts.onSelect?.(opts.items[i]!.id))
      .on('mouseenter focus', (_e, i) => opts.onHover?.(opts.items[i]!.id))
      .on('mouseleave blur', () => opts.onHover?.(null));
  }

  // ---- rendering -----------------------------------------------------------------------------
  const laneCentre = (lane: number) =>
    (laneTop[lane] ?? 0) + ((model.lanes[lane]?.rows ?? 1) * ROW_H + LANE_PAD) / 2;
  const rowCentre = (lane: number, row: number) =>
    (laneTop[lane] ?? 0) + LANE_PAD / 2 + row * ROW_H + ROW_H / 2;
  const laneColour = (lane: number) => {
    const l = model.lanes[lane];
    return l?.key === 'events'
      ? EVENT_COLOUR
      : (l?.party && partyColour.get(l.party)) || OTHER_COLOUR;
  };

  const itemShape = (
    m: Pick<ItemMark, 'index' | 'lane' | 'row' | 'x0' | 'x1' | 'span'>,
    grow = 0,
  ): Shape => {
    const item = opts.items[m.index]!;
    const cy = rowCentre(m.lane, m.row);
    if (m.span) {
      const x0 = Math.max(m.x0, -10) - grow;
      const x1 = Math.min(m.x1, plotW + 10) + grow;
      return item.type === 'event'
        ? { kind: 'rect', x0, y0: cy - 4 - grow, x1, y1: cy + 4 + grow }
        : { kind: 'pill', x0, cy, x1, h: 8 + 2 * grow };
    }
    return item.type === 'event'
      ? { kind: 'diamond', cx: m.x0, cy, r: RADIUS + 1 + grow }
      : { kind: 'circle', cx: m.x0, cy, r: RADIUS + grow };
  };
  const itemPath = (m: Pick<ItemMark, 'index' | 'lane' | 'row' | 'x0' | 'x1' | 'span'>, grow = 0) =>
    shapePath(itemShape(m, grow));

  /** A cluster's pill: wide enough for its count, and kept inside the plot at either edge. */
  const clusterShape = (c: ClusterMark): Shape & { kind: 'pill' } => {
    const w = Math.max(c.x1 - c.x0, clusterLabelWidth(c.indices.length));
    const x0 = Math.max(1, Math.min(c.x0, plotW - w - 1));
    return { kind: 'pill', x0, cy: laneCentre(c.lane), x1: x0 + w, h: CLUSTER_H };
  };

  /** Item marks drawn now, by item index. */
  let ownMark = new Map<number, ItemMark>();
  /** Where an item is drawn now: its own mark, or (inside a cluster or off-screen) its lane. */
  const geometryOf = (index: number): ItemMark | null => {
    const own = ownMark.get(index);
    if (own) return own;
    const item = opts.items[index];
    const lane = model.laneOf[index] ?? -1;
    if (!item || lane < 0 || item.span.start === null || item.span.end === null) return null;
    const span = item.span.precision !== 'day' || item.span.end - item.span.start > DAY_MS;
    const x0 = span ? x(item.span.start) : x(item.span.start + DAY_MS / 2);
    return {
      kind: 'item',
      index,
      lane,
      row: 0,
      x0,
      x1: span ? Math.max(x(item.span.end), x0 + 2 * RADIUS) : x0,
      span,
    };
  };

  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  // The canvas covers the plot below the axis, at the device's pixel ratio (twice that to print).
  let dpr = 1;
  let printing = false;
  let fontFamily = 'sans-serif';
  const canvasTop = AXIS_H - 2;
  function sizeCanvas() {
    dpr = Math.max(
      1,
      typeof devicePixelRatio === 'number' ? devicePixelRatio : 1,
      printing ? 2 : 1,
    );
    const h = height - canvasTop;
    canvas
      .attr('width', Math.max(1, Math.round(plotW * dpr)))
      .attr('height', Math.max(1, Math.round(h * dpr)))
      .style('left', `${gutter}px`)
      .style('top', `${canvasTop}px`)
      .style('width', `${plotW}px`)
      .style('height', `${h}px`);
    fontFamily = getComputedStyle(svg.node()!).fontFamily || fontFamily;
  }

  function drawCanvas() {
    const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, -canvasTop * dpr);
    ctx.clearRect(0, canvasTop, plotW, height - canvasTop);
    // One path per colour and kind: a few fills and strokes, whatever the number of marks.
    const spans = new Map<string, Shape[]>();
    const points = new Map<string, Shape[]>();
    const clusters = new Map<string, (Shape & { kind: 'pill'; count: number })[]>();
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const m of marks) {
      if (m.kind === 'cluster')
        push(clusters, laneColour(m.lane), { ...clusterShape(m), count: m.indices.length });
      else push(m.span ? spans : points, colourOf(opts.items[m.index]!), itemShape(m));
    }
    ctx.lineJoin = 'round';
    for (const [colour, shapes] of spans) {
      ctx.beginPath();
      for (const sh of shapes) traceShape(ctx, sh);
      ctx.globalAlpha = 0.4;
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
    ctx.strokeStyle = INK;
    ctx.lineWidth = 0.75;
    for (const [colour, shapes] of points) {
      ctx.beginPath();
      for (const sh of shapes) traceShape(ctx, sh);
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.stroke();
    }
    ctx.lineWidth = 2;
    for (const [colour, list] of clusters) {
      ctx.beginPath();
      for (const sh of list) traceShape(ctx, sh);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = colour;
      ctx.stroke();
    }
    ctx.fillStyle = INK;
    ctx.font = `600 11px ${fontFamily}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const list of clusters.values()) {
      for (const sh of list) ctx.fillText(String(sh.count), (sh.x0 + sh.x1) / 2, sh.cy + 0.5);
    }
  }

  let shownRange = '';
  function render() {
    const began = performance.now();
    x = transform.rescaleX(base);
    const [d0, d1] = x.domain().map(Number) as [number, number];
    // A UTC time scale is linear in milliseconds: a plain function keeps the hot loop cheap.
    const k = plotW / Math.max(1, d1 - d0);
    marks = timelineMarks(
      model.entries,
      model.lanes.map((l) => l.rows),
      (ms) => (ms - d0) * k,
      // A mark reaches at most two radii beyond its time extent (a span's minimum width).
      {
        width: plotW,
        radius: RADIUS,
        skipBefore: cullBefore(model.maxLength, d0, (2 * RADIUS) / k),
      },
    );
    ownMark = new Map();
    for (const m of marks) if (m.kind === 'item') ownMark.set(m.index, m);
    // Axis: d3's axis with the ticks the layout controller chose for this zoom level.
    const ticks = timelineTicks([d0, d1], plotW, mode === 'party' ? 56 : 72);
    axisG.attr('transform', `translate(0,${AXIS_H - 6})`).call(
      axisTop(x)
        .tickValues(ticks.ticks.map((t) => new Date(t.ms)))
        .tickFormat((_d, i) => ticks.ticks[i]?.label ?? '')
        .tickSizeOuter(0)
        .tickSize(4),
    );
    axisG.select('.domain').remove();
    gridG
      .selectAll('line')
      .data(ticks.ticks, (t) => (t as { ms: number }).ms)
      .join('line')
      .attr('x1', (t) => round(x(t.ms)))
      .attr('x2', (t) => round(x(t.ms)))
      .attr('y1', AXIS_H - 2)
      .attr('y2', height);
    const rangeText = `Showing ${formatDateValue(toDayString(d0))} – ${formatDateValue(toDayString(d1))}`;
    if (rangeText !== shownRange) range.text((shownRange = rangeText));
    drawCanvas();
    renderOverlay();
    const count = String(marks.length);
    if (root.attr('data-marks') !== count) root.attr('data-marks', count);
    opts.onRender?.(marks.length, performance.now() - began);
  }

  /** What moves with the view: the selection, hover, keyboard and mention rings, the cursors. */
  function renderOverlay() {
    const rings: { key: string; index: number; cls: string; grow: number }[] = [];
    const sel = state.selectedId !== null ? model.indexOf.get(state.selectedId) : undefined;
    const hov = state.hoveredId !== null ? model.indexOf.get(state.hoveredId) : undefined;
    if (hov !== undefined && hov !== sel)
      rings.push({ key: 'hover', index: hov, cls: 'tl-ring-hover', grow: 2 });
    if (active !== null && active !== sel)
      rings.push({ key: 'active', index: active, cls: 'tl-ring-active', grow: 3 });
    for (const id of state.highlightedIds ?? []) {
      const i = model.indexOf.get(id);
      if (i !== undefined && i !== sel)
        rings.push({ key: `m-${id}`, index: i, cls: 'tl-ring-mention', grow: 2.5 });
    }
    if (sel !== undefined)
      rings.push({ key: 'selected', index: sel, cls: 'tl-ring-selected', grow: 3 });
    const drawn = rings
      .map((r) => ({ ...r, geo: geometryOf(r.index) }))
      .filter((r) => r.geo !== null);
    overlayG
      .selectAll<SVGPathElement, (typeof drawn)[number]>('path')
      .data(drawn, (r) => r.key)
      .join('path')
      .attr('class', (r) => r.cls)
      .attr('data-id', (r) => opts.items[r.index]!.id)
      .attr('d', (r) => itemPath(r.geo!, r.grow))
      .attr('fill', (r) => (r.key === 'selected' ? colourOf(opts.items[r.index]!) : 'none'));
    const day = state.date ? dayStart(state.date) + DAY_MS / 2 : null;
    const cx = day !== null ? x(day) : NaN;
    const visible = day !== null && cx >= 0 && cx <= plotW;
    cursorG
      .attr('display', visible ? null : 'none')
      .select('line')
      .attr('x1', round(cx))
      .attr('x2', round(cx))
      .attr('y1', 17)
      .attr('y2', height);
    cursorTag.attr('display', visible ? null : 'none');
    if (visible && state.date) {
      const label = `As of ${formatDateValue(state.date)}`;
      const w = label.length * 6.4 + 10;
      const left = Math.min(Math.max(cx - w / 2, 0), plotW - w);
      cursorTag
        .select('rect')
        .attr('x', round(left))
        .attr('y', 1)
        .attr('width', round(w))
        .attr('height', 16)
        .attr('rx', 3);
      const text = cursorTag
        .select('text')
        .attr('x', round(left + w / 2))
        .attr('y', 9)
        .attr('dy', '0.35em')
        .attr('text-anchor', 'middle');
      if (text.text() !== label) text.text(label);
    }
    const cday = state.compareDate ? dayStart(state.compareDate) + DAY_MS / 2 : null;
    const ccx = cday !== null ? x(cday) : NaN;
    const cvisible = cday !== null && ccx >= 0 && ccx <= plotW;
    compareG.attr('display', cvisible ? null : 'none');
    if (cvisible && state.compareDate) {
      compareG
        .select('line')
        .attr('x1', round(ccx))
        .attr('x2', round(ccx))
        .attr('y1', 17)
        .attr('y2', height);
      const label = `Compared: ${formatDateValue(state.compareDate)}`;
      const text = compareG
        .select('text')
        .attr('x', round(ccx + 4))
        .attr('y', height - 4);
      if (text.text() !== label) text.text(label);
    }
  }

  /** The cheap part of a render, after a state change: the overlay, ARIA and the undated list. */
  function renderState() {
    renderOverlay();
    // ARIA: the active item is the listbox's one option.
    if (active !== null) {
      const d = describeIndex(active);
      option
        .attr('hidden', null)
        .text(d.name)
        .attr('aria-selected', String(state.selectedId === d.id))
        .attr('data-id', d.id);
      listbox.attr('aria-activedescendant', `${uid}-active`);
    } else {
      // No option until the keyboard picks an item: an empty, nameless option would confuse.
      option.attr('hidden', true).text('').attr('data-id', null);
      listbox.attr('aria-activedescendant', null);
    }
    undatedBox
      .selectAll<HTMLButtonElement, number>('button')
      .attr('aria-pressed', (i) => String(state.selectedId === opts.items[i]!.id));
  }
  // ---- tooltip -------------------------------------------------------------------------------
  function showTooltip(content: (el: HTMLElement) => void, px: number, py: number) {
    const el = tooltip.node()!;
    el.replaceChildren();
    content(el);
    tooltip.attr('hidden', null);
    const stageW = (stage.node() as HTMLElement).clientWidth;
    const tw = el.offsetWidth;
    const left = Math.min(Math.max(4, gutter + px - tw / 2), Math.max(4, stageW - tw - 4));
    const th = el.offsetHeight;
    const top = py - th - 12 >= 0 ? py - th - 12 : py + 14;
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  }
  const hideTooltip = () => tooltip.attr('hidden', true);
  const add = (parent: HTMLElement, tag: string, cls: string, text: string) => {
    const e = document.createElement(tag);
    e.className = cls;
    e.textContent = text;
    parent.appendChild(e);
    return e;
  };
  function itemTooltip(index: number) {
    const geo = geometryOf(index);
    if (!geo) return;
    const d = describeIndex(index);
    const px = geo.span ? (Math.max(geo.x0, 0) + Math.min(geo.x1, plotW)) / 2 : geo.x0;
    showTooltip(
      (el) => {
        add(el, 'strong', 'tl-tip-heading', d.heading);
        const who = [d.role, d.partyName].filter(Boolean).join(' · ');
        if (who) add(el, 'span', 'tl-tip-role', who);
        add(el, 'span', 'tl-tip-date', `${d.date} (${d.precision})`);
        const text = d.text.length > 220 ? `${d.text.slice(0, 219)}…` : d.text;
        const p = add(el, 'p', 'tl-tip-text', '');
        add(p, 'span', 'tl-tip-kind', `${d.kindLabel}: `);
        p.appendChild(document.createTextNode(d.verbatim ? `“${text}”` : text));
        if (d.source)
          add(
            el,
            'span',
            'tl-tip-source',
            `Source: ${d.source.publisher}, “${d.source.title}”${d.source.published ? `, ${d.source.published}` : ''}`,
          );
      },
      px,
      rowCentre(geo.lane, geo.row),
    );
  }
  function clusterTooltip(c: ClusterMark) {
    const pill = clusterShape(c);
    showTooltip(
      (el) => {
        add(el, 'strong', 'tl-tip-heading', `${c.indices.length} items`);
        add(
          el,
          'span',
          'tl-tip-date',
          `${formatDateValue(toDayString(c.start))} – ${formatDateValue(toDayString(c.end - DAY_MS))}`,
        );
        add(el, 'span', 'tl-tip-source', 'Click to zoom in and expand');
      },
      (pill.x0 + pill.x1) / 2,
      pill.cy,
    );
  }

  // ---- pointer -------------------------------------------------------------------------------
  // Marks live on a canvas, so the pointer is matched against the layout: clusters first, then
  // points, then spans (the order they are drawn in, top first), the nearest centre on a tie.
  const markShape = (m: TimelineMark): Shape =>
    m.kind === 'cluster' ? clusterShape(m) : itemShape(m);
  const priority = (m: TimelineMark) => (m.kind === 'cluster' ? 3 : m.span ? 1 : 2);
  function markAtPlot(px: number, py: number): TimelineMark | null {
    let best: TimelineMark | null = null;
    let bestRank = -Infinity;
    for (const m of marks) {
      const sh = markShape(m);
      if (!shapeHit(sh, px, py)) continue;
      const [x0, y0, x1, y1] = shapeBox(sh);
      const distance = Math.hypot((x0 + x1) / 2 - px, (y0 + y1) / 2 - py);
      const rank = priority(m) * 1e6 - distance;
      if (rank > bestRank) {
        bestRank = rank;
        best = m;
      }
    }
    return best;
  }
  const toPlot = (clientX: number, clientY: number): [number, number] => {
    const r = (zoomRect.node() as SVGRectElement).getBoundingClientRect();
    return [clientX - r.left, clientY - r.top];
  };
  const markAt = (clientX: number, clientY: number) => {
    const [px, py] = toPlot(clientX, clientY);
    return py < AXIS_H - 2 ? null : markAtPlot(px, py);
  };
  const sameMark = (a: TimelineMark | null, b: TimelineMark | null) =>
    a === b ||
    (a !== null &&
      b !== null &&
      (a.kind === 'cluster'
        ? b.kind === 'cluster' && a.key === b.key
        : b.kind === 'item' && a.index === b.index));

  let hovered: TimelineMark | null = null;
  let lastPointer: [number, number] | null = null;
  function setHover(m: TimelineMark | null) {
    if (sameMark(m, hovered)) return;
    const had = hovered;
    hovered = m;
    plot.classed('tl-over-mark', m !== null);
    if (m === null) {
      hideTooltip();
      if (had?.kind === 'item') opts.onHover?.(null);
    } else if (m.kind === 'item') {
      itemTooltip(m.index);
      opts.onHover?.(opts.items[m.index]!.id);
    } else {
      if (had?.kind === 'item') opts.onHover?.(null);
      clusterTooltip(m);
    }
  }
  function hoverAt(clientX: number, clientY: number) {
    setHover(markAt(clientX, clientY));
  }
  plot
    .on('pointermove.hover', (event: PointerEvent) => {
      lastPointer = [event.clientX, event.clientY];
      if (gesture || event.buttons !== 0) return;
      hoverAt(event.clientX, event.clientY);
    })
    .on('pointerleave.hover', () => {
      lastPointer = null;
      setHover(null);
    })
    .on('click.select', (event: MouseEvent) => {
      const m = markAt(event.clientX, event.clientY);
      if (!m) return;
      if (m.kind === 'item') {
        active = m.index;
        opts.onSelect?.(opts.items[m.index]!.id);
      } else {
        setHover(null);
        expand(m);
      }
    });
  // A click on the plot gives the timeline keyboard focus, without the keyboard's auto-pick.
  let pointerFocus = false;
  plot.on('pointerdown.focus', () => {
    pointerFocus = true;
    (listbox.node() as HTMLElement).focus({ preventScroll: true });
    pointerFocus = false;
  });
  function expand(c: ClusterMark) {
    const pad = Math.max(DAY_MS * 2, (c.end - c.start) * 0.25);
    applyTransform(transformFor(c.start - pad, c.end + pad));
  }

  /** Pans so the item is in view (keyboard travel), keeping the zoom level. */
  function reveal(index: number) {
    const item = opts.items[index];
    if (!item || item.span.start === null || item.span.end === null) return;
    revealTime((item.span.start + item.span.end) / 2);
  }

  /** Pans (never zooms) so that a moment is in view, e.g. the "as of" cursor during Play. */
  function revealTime(mid: number) {
    const px = x(mid);
    if (px >= 12 && px <= plotW - 12) return;
    const [d0, d1] = x.domain().map(Number) as [number, number];
    const half = (d1 - d0) / 2;
    plot.call(zoom.transform, transformFor(mid - half, mid + half));
    render();
  }

  // ---- keyboard ------------------------------------------------------------------------------
  listbox
    .on('focus', () => {
      if (pointerFocus) return;
      if (active === null) {
        const sel = state.selectedId !== null ? model.indexOf.get(state.selectedId) : undefined;
        const [d0] = x.domain().map(Number) as [number, number];
        const firstInView = model.order.find((i) => (opts.items[i]!.span.end ?? 0) > d0);
        active =
          sel !== undefined && model.orderOf[sel] !== -1
            ? sel
            : (firstInView ?? model.order[0] ?? null);
      }
      if (active !== null) {
        reveal(active);
        itemTooltip(active);
        opts.onHover?.(opts.items[active]!.id);
      }
      renderState();
    })
    .on('blur', () => {
      hideTooltip();
      opts.onHover?.(null);
    })
    .on('keydown', (event: KeyboardEvent) => {
      const key = event.key;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
        panBy((key === 'ArrowLeft' ? 1 : -1) * plotW * 0.25);
      } else if (isTimelineKey(key)) {
        const position = active !== null ? (model.orderOf[active] ?? -1) : -1;
        const next = keyboardStep(model.order.length, position >= 0 ? position : null, key);
        if (next === null) return;
        active = model.order[next] ?? null;
        if (active === null) return;
        showActive();
      } else if (key === 'ArrowUp' || key === 'ArrowDown') {
        if (active === null) return;
        const next = laneStep(model, active, key === 'ArrowUp' ? -1 : 1);
        if (next !== null) {
          active = next;
          showActive();
        }
      } else if (key === 'Enter' || key === ' ') {
        if (active === null) return;
        opts.onSelect?.(opts.items[active]!.id);
      } else if (key === 'Escape') {
        hideTooltip();
        opts.onClear?.();
      } else if (key === '+' || key === '=') {
        zoomBy(ZOOM_STEP, active !== null ? focusX(active) : undefined);
      } else if (key === '-' || key === '_' || key === '−') {
        zoomBy(1 / ZOOM_STEP, active !== null ? focusX(active) : undefined);
      } else if (key === '0') {
        fit();
      } else return;
      event.preventDefault();
    });
  /** Brings the keyboard's item into view, rings it, and shows its tooltip. */
  function showActive() {
    if (active === null) return;
    reveal(active);
    renderState();
    itemTooltip(active);
    opts.onHover?.(opts.items[active]!.id);
  }
  const focusX = (index: number) => {
    const g = geometryOf(index);
    if (!g) return undefined;
    const px = g.span ? (g.x0 + g.x1) / 2 : g.x0;
    return px >= 0 && px <= plotW ? px : undefined;
  };

  // ---- lifecycle -----------------------------------------------------------------------------
  drawLegend();
  drawUndated();
  measure();
  render();
  renderState();
  const resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (Math.max(280, Math.floor(container.clientWidth)) === width) return;
          const before = mode;
          measure();
          if (before !== mode) drawUndated();
          hideTooltip();
          render();
        })
      : null;
  resize?.observe(container);
  // Printing redraws the canvas at twice the resolution, and back afterwards.
  const onPrint = (on: boolean) => () => {
    printing = on;
    sizeCanvas();
    drawCanvas();
  };
  const beforePrint = onPrint(true);
  const afterPrint = onPrint(false);
  if (typeof window !== 'undefined') {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }

  const handle: TimelineHandle = {
    update(next) {
      const selectedChanged = next.selectedId !== undefined && next.selectedId !== state.selectedId;
      const dateChanged = next.date !== undefined && next.date !== state.date;
      state = { ...state, ...next };
      // The cursor never leaves the view when the date moves (scrubbing, Play, a shared link).
      if (dateChanged && state.date && !selectedChanged)
        revealTime(dayStart(state.date) + DAY_MS / 2);
      if (selectedChanged && state.selectedId !== null) {
        const i = model.indexOf.get(state.selectedId);
        if (i !== undefined && model.orderOf[i] !== -1) {
          active = i;
          reveal(i); // selected elsewhere (map, URL): bring it into view
        }
      }
      renderState();
    },
    setItems(items) {
      opts.items = items;
      descriptions.clear();
      model = timelineModel(opts.items, opts.facts, mode);
      active = null;
      hovered = null;
      drawUndated();
      measure();
      hideTooltip();
      render();
    },
    fit,
    domain: () => x.domain().map(Number) as [number, number],
    drawnMarks() {
      const r = (zoomRect.node() as SVGRectElement).getBoundingClientRect();
      return marks.map((m) => {
        const [x0, y0, x1, y1] = shapeBox(markShape(m));
        const ids = (m.kind === 'cluster' ? m.indices : [m.index]).map((i) => opts.items[i]!.id);
        return {
          kind: m.kind,
          ids,
          x: r.left + x0,
          y: r.top + y0,
          width: x1 - x0,
          height: y1 - y0,
        };
      });
    },
    toSVG,
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      resize?.disconnect();
      if (typeof window !== 'undefined') {
        window.removeEventListener('beforeprint', beforePrint);
        window.removeEventListener('afterprint', afterPrint);
      }
      plot.interrupt().on('.zoom', null);
      root.remove();
    },
  };
  Object.defineProperty(root.node(), TIMELINE_HANDLE, { value: handle, configurable: true });
  return handle;

  /**
   * The view as one SVG: the layer underneath, the marks as paths (as the canvas draws them),
   * and the overlay on top. Standalone: the styles it needs are inlined.
   */
  function toSVG(frame?: SVGFrame): string {
    const view = viewSVG();
    if (!frame) return view.outerHTML;
    // A framed picture: title, the view, a legend row (wrapping), and the credit line.
    const ns = 'http://www.w3.org/2000/svg';
    const out = document.createElementNS(ns, 'svg');
    const add = (
      tag: string,
      attrs: Record<string, string | number>,
      parent: Element,
      text?: string,
    ) => {
      const e = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      parent.appendChild(e);
      return e;
    };
    out.setAttribute('xmlns', ns);
    out.setAttribute('font-family', fontFamily);
    const style = view.querySelector('style');
    if (style) out.appendChild(style);
    const background = add('rect', { x: 0, y: 0, width, fill: '#ffffff' }, out);
    let y = 0;
    if (frame.title) {
      add('text', { x: 4, y: 20, style: 'font-size:16px;font-weight:700' }, out, frame.title);
      y = 32;
    }
    const body = add('g', { transform: `translate(0,${y})` }, out);
    while (view.firstChild) body.appendChild(view.firstChild);
    y += height + 8;
    let lx = 4;
    for (const e of legendEntries(true)) {
      const w = 24 + e.label.length * 6.6 + 14;
      if (lx + w > width && lx > 4) {
        lx = 4;
        y += 20;
      }
      const g = add('g', { transform: `translate(${round(lx)},${y})` }, out);
      add(
        'path',
        { d: e.d, fill: e.fill, 'fill-opacity': e.opacity ?? 1, stroke: INK, 'stroke-width': 0.75 },
        g,
      );
      add('text', { x: 22, y: 8, dy: '0.35em' }, g, e.label);
      lx += w;
    }
    y += 24;
    if (frame.credit) {
      add('text', { x: 4, y: y + 10, style: 'font-size:11px;fill:#4f5663' }, out, frame.credit);
      y += 20;
    }
    background.setAttribute('height', String(y));
    out.setAttribute('width', String(width));
    out.setAttribute('height', String(y));
    out.setAttribute('viewBox', `0 0 ${width} ${y}`);
    return out.outerHTML;
  }

  /** The view itself as an SVG element: the layer underneath, the marks, the overlay. */
  function viewSVG(): SVGSVGElement {
    const out = svg.node()!.cloneNode(true) as SVGSVGElement;
    out.removeAttribute('aria-hidden');
    out.removeAttribute('focusable');
    out.removeAttribute('class');
    out.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    out.setAttribute('font-family', fontFamily);
    const ns = 'http://www.w3.org/2000/svg';
    const el = (tag: string, attrs: Record<string, string | number>, parent: Element) => {
      const e = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      parent.appendChild(e);
      return e;
    };
    const style = document.createElementNS(ns, 'style');
    style.textContent = SVG_STYLE;
    out.insertBefore(style, out.firstChild);
    const plotOut = out.querySelector('.tl-plot-back')!;
    const g = el('g', { class: 'tl-marks', 'clip-path': `url(#${uid}-clip)` }, plotOut);
    for (const m of marks) {
      if (m.kind === 'cluster') {
        const sh = clusterShape(m);
        const cg = el('g', { class: 'tl-cluster', 'data-count': m.indices.length }, g);
        el(
          'path',
          { d: shapePath(sh), fill: '#ffffff', stroke: laneColour(m.lane), 'stroke-width': 2 },
          cg,
        );
        el(
          'text',
          { x: round((sh.x0 + sh.x1) / 2), y: round(sh.cy), dy: '0.35em', 'text-anchor': 'middle' },
          cg,
        ).textContent = String(m.indices.length);
        continue;
      }
      const item = opts.items[m.index]!;
      const colour = colourOf(item);
      el(
        'path',
        {
          class: 'tl-item',
          'data-id': item.id,
          'data-precision': item.span.precision,
          d: itemPath(m),
          fill: colour,
          'fill-opacity': m.span ? 0.4 : 1,
          stroke: m.span ? colour : INK,
          'stroke-width': m.span ? 1.5 : 0.75,
        },
        g,
      );
    }
    const overlay = plot.node()!.cloneNode(true) as SVGGElement;
    overlay.querySelector('.tl-zoom-surface')?.remove();
    overlay.removeAttribute('class');
    overlay.querySelector('[clip-path]')?.setAttribute('clip-path', `url(#${uid}-clip)`);
    out.appendChild(overlay);
    return out;
  }
}

/** The timeline's CSS that an exported SVG needs, with the light theme's colours. */
const SVG_STYLE = [
  'text{font-size:12px;fill:#1a1d23}',
  '.tl-axis .tick text{font-size:11px;fill:#4f5663}',
  '.tl-axis .tick line{stroke:#4f5663}',
  '.tl-grid line{stroke:#e3e6eb;stroke-width:1}',
  '.tl-cluster text{font-size:11px;font-weight:600}',
  '.tl-cursor line{stroke:#b3401a;stroke-width:2}',
  '.tl-cursor-tag rect{fill:#b3401a}',
  '.tl-cursor-tag text{fill:#ffffff;font-size:11px;font-weight:600}',
  '.tl-ring-hover{stroke:#1a1d23;stroke-width:1.5}',
  '.tl-ring-active{stroke:#1f6feb;stroke-width:2.5}',
  '.tl-ring-mention{stroke:#00b7ff;stroke-width:2.5}',
  '.tl-ring-selected{stroke:#1a1d23;stroke-width:3}',
  '.tl-compare line{stroke:#1a1d23;stroke-width:2;stroke-dasharray:5 3}',
  '.tl-compare text{font-size:11px;fill:#1a1d23;paint-order:stroke;stroke:#ffffff;stroke-width:3px}',
].join('');
