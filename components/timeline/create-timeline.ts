import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimelineItem } from '@/lib/dataset/types';
import { DAY_MS, dayStart, formatDateValue, toDayString } from '@/lib/dates/fuzzy-date';
import { timelineDescriber, type ItemDescription, type TimelineFacts } from '@/lib/timeline/describe';
import { isTimelineKey, keyboardStep } from '@/lib/timeline/keyboard';
import type { LaneMode } from '@/lib/timeline/lanes';
import { timelineMarks, type ClusterMark, type ItemMark, type TimelineMark } from '@/lib/timeline/marks';
import { timelineModel, type TimelineModel } from '@/lib/timeline/model';
import { timelineTicks } from '@/lib/timeline/ticks';

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
  /** Called after every render with the number of marks drawn and the time it took (benchmarks). */
  onRender?: (marks: number, ms: number) => void;
}

export interface TimelineHandle {
  update: (state: Partial<TimelineState>) => void;
  /** Replaces the items drawn (e.g. after filtering), keeping the zoom. */
  setItems: (items: readonly TimelineItem[]) => void;
  /** Zooms to show every dated item. */
  fit: () => void;
  /** The visible time domain [start, end] in UTC ms. */
  domain: () => [number, number];
  destroy: () => void;
}

const defaults = { label: 'Timeline of statements and events', narrowWidth: 640 };
const AXIS_H = 44;
const ROW_H = 12;
const LANE_PAD = 8;
const RADIUS = 5;
const EVENT_COLOUR = '#4f5663';
const OTHER_COLOUR = '#8a8f98';
const INK = '#1a1d23';
const MIN_VISIBLE_DAYS = 4;
const ZOOM_STEP = 1.6;

let instances = 0;
const round = (n: number) => Math.round(n * 10) / 10;

const circlePath = (cx: number, cy: number, r: number) =>
  `M${round(cx - r)},${round(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
const diamondPath = (cx: number, cy: number, r: number) =>
  `M${round(cx)},${round(cy - r)}L${round(cx + r)},${round(cy)}L${round(cx)},${round(cy + r)}L${round(cx - r)},${round(cy)}Z`;
const rectPath = (x0: number, y0: number, x1: number, y1: number) =>
  `M${round(x0)},${round(y0)}H${round(x1)}V${round(y1)}H${round(x0)}Z`;
const pillPath = (x0: number, cy: number, x1: number, h: number) => {
  const r = h / 2;
  const w = Math.max(0, x1 - x0 - h);
  return `M${round(x0 + r)},${round(cy - r)}h${round(w)}a${r},${r} 0 0,1 0,${h}h${round(-w)}a${r},${r} 0 0,1 0,${-h}Z`;
};

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
  const colourOf = (item: TimelineItem) => (item.type === 'event' ? EVENT_COLOUR : (item.party && partyColour.get(item.party)) || OTHER_COLOUR);
  const reducedMotion = () => opts.reducedMotion ?? (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);

  let state: TimelineState = { ...opts.state };
  let mode: LaneMode = 'speaker';
  let model: TimelineModel = timelineModel(opts.items, opts.facts, mode);
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
  const toolbar = root.append('div').attr('class', 'tl-toolbar').attr('role', 'toolbar').attr('aria-label', 'Timeline zoom');
  const button = (text: string, label: string, act: () => void) =>
    toolbar.append('button').attr('type', 'button').attr('class', 'tl-button').attr('aria-label', label).attr('title', label).text(text).on('click', act);
  button('+', 'Zoom in', () => zoomBy(ZOOM_STEP));
  button('−', 'Zoom out', () => zoomBy(1 / ZOOM_STEP));
  button('Fit all', 'Fit all: show every dated item', () => fit());
  const range = toolbar.append('span').attr('class', 'tl-range');

  const stage = root.append('div').attr('class', 'tl-stage');
  const svg = stage.append('svg').attr('class', 'tl-svg').attr('aria-hidden', 'true').attr('focusable', 'false');
  const defs = svg.append('defs');
  const clip = defs.append('clipPath').attr('id', `${uid}-clip`).append('rect');
  const lanesG = svg.append('g').attr('class', 'tl-lanes');
  const plot = svg.append('g').attr('class', 'tl-plot');
  const zoomRect = plot.append('rect').attr('class', 'tl-zoom-surface').attr('fill', 'transparent');
  const axisG = plot.append('g').attr('class', 'tl-axis');
  const clipped = plot.append('g').attr('clip-path', `url(#${uid}-clip)`);
  const gridG = clipped.append('g').attr('class', 'tl-grid');
  const marksG = clipped.append('g').attr('class', 'tl-marks');
  const overlayG = clipped.append('g').attr('class', 'tl-overlay').attr('pointer-events', 'none');
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
  const option = listbox.append('div').attr('class', 'visually-hidden').attr('role', 'option').attr('id', `${uid}-active`);
  const tooltip = stage.append('div').attr('class', 'tl-tooltip').attr('role', 'tooltip').attr('id', `${uid}-tip`).attr('hidden', true);
  root
    .append('p')
    .attr('class', 'tl-help muted')
    .attr('id', `${uid}-help`)
    .text('Arrow keys move between items in date order, Home and End jump to the first and last, Enter selects, Escape clears, + and − zoom, Shift with arrows pans.');
  const legend = root.append('ul').attr('class', 'tl-legend').attr('aria-label', 'Legend');
  const undatedBox = root.append('section').attr('class', 'tl-undated').attr('aria-label', 'Items with no stated date');

  // ---- zoom ----------------------------------------------------------------------------------
  const zoom: ZoomBehavior<SVGGElement, unknown> = d3zoom<SVGGElement, unknown>().on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => {
    transform = event.transform;
    schedule();
  });
  plot.call(zoom).on('dblclick.zoom', null);

  const fullDomain = (): [number, number] => {
    const e = model.extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
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
      marksG.selectAll('*').remove(); // lane indices change meaning
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
    height = y + 4;
    base.domain(fullDomain()).range([0, plotW]);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    plot.attr('transform', `translate(${gutter},0)`);
    zoomRect.attr('width', plotW).attr('height', height);
    clip.attr('x', 0).attr('y', AXIS_H - 2).attr('width', plotW).attr('height', height - AXIS_H + 2);
    zoom
      .extent([[0, 0], [plotW, height]])
      .scaleExtent([1, maxScale()])
      .translateExtent([[0, 0], [plotW, height]]);
    drawLanes();
    const t = keepDomain && !wasFit ? transformFor(keepDomain[0], keepDomain[1]) : zoomIdentity;
    plot.call(zoom.transform, t);
    transform = t;
  }

  function drawLanes() {
    const narrow = mode === 'party';
    const rows = lanesG.selectAll<SVGGElement, number>('g.tl-lane').data(model.lanes.map((_, i) => i)).join((enter) => {
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
        return lane.key === 'events' ? EVENT_COLOUR : (lane.party && partyColour.get(lane.party)) || OTHER_COLOUR;
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

  function drawLegend() {
    const parties = opts.facts.parties.filter((p) => model.lanes.some((l) => l.party === p.id));
    const entries: { key: string; label: string; d: string; fill: string; opacity?: number }[] = [
      { key: 'st', label: 'Statement (day)', d: circlePath(8, 8, 5), fill: OTHER_COLOUR },
      { key: 'ev', label: 'Event (day)', d: diamondPath(8, 8, 6), fill: EVENT_COLOUR },
      { key: 'sp', label: 'Month or year: drawn as a span', d: pillPath(1, 8, 15, 8), fill: OTHER_COLOUR, opacity: 0.4 },
      { key: 'cl', label: 'Several items: click to expand', d: pillPath(0, 8, 16, 14), fill: '#ffffff' },
      ...parties.map((p) => ({ key: p.id, label: p.name, d: circlePath(8, 8, 5), fill: p.color })),
    ];
    const li = legend.selectAll<HTMLLIElement, (typeof entries)[number]>('li').data(entries, (e) => e.key).join((enter) => {
      const l = enter.append('li');
      const s = l.append('svg').attr('width', 16).attr('height', 16).attr('aria-hidden', 'true');
      s.append('path');
      l.append('span');
      return l;
    });
    li.select('path').attr('d', (e) => e.d).attr('fill', (e) => e.fill).attr('fill-opacity', (e) => e.opacity ?? 1).attr('stroke', INK).attr('stroke-width', 0.75);
    li.select('span').text((e) => e.label);
  }

  function drawUndated() {
    undatedBox.selectAll('*').remove();
    if (model.undated.length === 0) return;
    undatedBox.append('h2').attr('class', 'tl-undated-title').text(`Date not stated (${model.undated.length})`);
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
  const laneCentre = (lane: number) => (laneTop[lane] ?? 0) + ((model.lanes[lane]?.rows ?? 1) * ROW_H + LANE_PAD) / 2;
  const rowCentre = (lane: number, row: number) => (laneTop[lane] ?? 0) + LANE_PAD / 2 + row * ROW_H + ROW_H / 2;

  const itemPath = (m: Pick<ItemMark, 'index' | 'lane' | 'row' | 'x0' | 'x1' | 'span'>, grow = 0) => {
    const item = opts.items[m.index]!;
    const cy = rowCentre(m.lane, m.row);
    if (m.span) {
      const x0 = Math.max(m.x0, -10) - grow;
      const x1 = Math.min(m.x1, plotW + 10) + grow;
      return item.type === 'event' ? rectPath(x0, cy - 4 - grow, x1, cy + 4 + grow) : pillPath(x0, cy, x1, 8 + 2 * grow);
    }
    return item.type === 'event' ? diamondPath(m.x0, cy, RADIUS + 1 + grow) : circlePath(m.x0, cy, RADIUS + grow);
  };

  /** Where an item is drawn now: its own mark, or (inside a cluster or off-screen) its lane. */
  const geometryOf = (index: number): ItemMark | null => {
    const own = marks.find((m): m is ItemMark => m.kind === 'item' && m.index === index);
    if (own) return own;
    const item = opts.items[index];
    const lane = model.laneOf[index] ?? -1;
    if (!item || lane < 0 || item.span.start === null || item.span.end === null) return null;
    const span = item.span.precision !== 'day' || item.span.end - item.span.start > DAY_MS;
    const x0 = span ? x(item.span.start) : x(item.span.start + DAY_MS / 2);
    return { kind: 'item', index, lane, row: 0, x0, x1: span ? Math.max(x(item.span.end), x0 + 2 * RADIUS) : x0, span };
  };

  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

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
      { width: plotW, radius: RADIUS },
    );
    // Axis: d3's axis with the ticks the layout controller chose for this zoom level.
    const ticks = timelineTicks([d0, d1], plotW, mode === 'party' ? 56 : 72);
    axisG
      .attr('transform', `translate(0,${AXIS_H - 6})`)
      .call(
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
    range.text(`Showing ${formatDateValue(toDayString(d0))} – ${formatDateValue(toDayString(d1))}`);

    const items = marks.filter((m): m is ItemMark => m.kind === 'item');
    const clusters = marks.filter((m): m is ClusterMark => m.kind === 'cluster');
    // Only the geometry changes from frame to frame; colours and ids are set when a mark enters.
    marksG
      .selectAll<SVGPathElement, ItemMark>('path.tl-item')
      .data(items, (m) => m.index)
      .join((enter) =>
        enter
          .append('path')
          .attr('class', 'tl-item')
          .attr('data-id', (m) => opts.items[m.index]!.id)
          .attr('data-precision', (m) => opts.items[m.index]!.span.precision)
          .attr('fill', (m) => colourOf(opts.items[m.index]!))
          .attr('fill-opacity', (m) => (m.span ? 0.4 : 1))
          .attr('stroke', (m) => (m.span ? colourOf(opts.items[m.index]!) : INK))
          .attr('stroke-width', (m) => (m.span ? 1.5 : 0.75)),
      )
      .attr('d', (m) => itemPath(m));
    // Wide enough for the count's digits.
    const clusterWidth = (c: ClusterMark) => Math.max(c.x1 - c.x0, 10 + 7 * String(c.indices.length).length);
    const cg = marksG
      .selectAll<SVGGElement, ClusterMark>('g.tl-cluster')
      .data(clusters, (c) => c.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tl-cluster');
        g.append('path').attr('stroke', (c) => {
          const lane = model.lanes[c.lane];
          return lane?.key === 'events' ? EVENT_COLOUR : (lane?.party && partyColour.get(lane.party)) || OTHER_COLOUR;
        });
        g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
        return g;
      })
      .attr('data-count', (c) => c.indices.length);
    cg.select('path').attr('d', (c) => pillPath(c.x0, laneCentre(c.lane), c.x0 + clusterWidth(c), 14));
    cg.select('text')
      .attr('x', (c) => round(c.x0 + clusterWidth(c) / 2))
      .attr('y', (c) => round(laneCentre(c.lane)))
      .text((c) => c.indices.length);
    renderState();
    root.attr('data-marks', marks.length);
    opts.onRender?.(marks.length, performance.now() - began);
  }

  /** The cheap part of a render: cursor, selection, hover and keyboard rings, ARIA. */
  function renderState() {
    const rings: { key: string; index: number; cls: string; grow: number }[] = [];
    const sel = state.selectedId !== null ? model.indexOf.get(state.selectedId) : undefined;
    const hov = state.hoveredId !== null ? model.indexOf.get(state.hoveredId) : undefined;
    if (hov !== undefined && hov !== sel) rings.push({ key: 'hover', index: hov, cls: 'tl-ring-hover', grow: 2 });
    if (active !== null && active !== sel) rings.push({ key: 'active', index: active, cls: 'tl-ring-active', grow: 3 });
    for (const id of state.highlightedIds ?? []) {
      const i = model.indexOf.get(id);
      if (i !== undefined && i !== sel) rings.push({ key: `m-${id}`, index: i, cls: 'tl-ring-mention', grow: 2.5 });
    }
    if (sel !== undefined) rings.push({ key: 'selected', index: sel, cls: 'tl-ring-selected', grow: 3 });
    const drawn = rings.map((r) => ({ ...r, geo: geometryOf(r.index) })).filter((r) => r.geo !== null);
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
    cursorG.attr('display', visible ? null : 'none').select('line').attr('x1', round(cx)).attr('x2', round(cx)).attr('y1', 17).attr('y2', height);
    cursorTag.attr('display', visible ? null : 'none');
    if (visible && state.date) {
      const label = `As of ${formatDateValue(state.date)}`;
      const w = label.length * 6.4 + 10;
      const left = Math.min(Math.max(cx - w / 2, 0), plotW - w);
      cursorTag.select('rect').attr('x', round(left)).attr('y', 1).attr('width', round(w)).attr('height', 16).attr('rx', 3);
      cursorTag.select('text').attr('x', round(left + w / 2)).attr('y', 9).attr('dy', '0.35em').attr('text-anchor', 'middle').text(label);
    }
    const cday = state.compareDate ? dayStart(state.compareDate) + DAY_MS / 2 : null;
    const ccx = cday !== null ? x(cday) : NaN;
    const cvisible = cday !== null && ccx >= 0 && ccx <= plotW;
    compareG.attr('display', cvisible ? null : 'none');
    if (cvisible && state.compareDate) {
      compareG.select('line').attr('x1', round(ccx)).attr('x2', round(ccx)).attr('y1', 17).attr('y2', height);
      compareG
        .select('text')
        .attr('x', round(ccx + 4))
        .attr('y', height - 4)
        .text(`Compared: ${formatDateValue(state.compareDate)}`);
    }
    // ARIA: the active item is the listbox's one option.
    if (active !== null) {
      const d = describeIndex(active);
      option.attr('hidden', null).text(d.name).attr('aria-selected', String(state.selectedId === d.id)).attr('data-id', d.id);
      listbox.attr('aria-activedescendant', `${uid}-active`);
    } else {
      // No option until the keyboard picks an item: an empty, nameless option would confuse.
      option.attr('hidden', true).text('').attr('data-id', null);
      listbox.attr('aria-activedescendant', null);
    }
    undatedBox.selectAll<HTMLButtonElement, number>('button').attr('aria-pressed', (i) => String(state.selectedId === opts.items[i]!.id));
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
        if (d.source) add(el, 'span', 'tl-tip-source', `Source: ${d.source.publisher}, “${d.source.title}”${d.source.published ? `, ${d.source.published}` : ''}`);
      },
      px,
      rowCentre(geo.lane, geo.row),
    );
  }
  function clusterTooltip(c: ClusterMark) {
    showTooltip(
      (el) => {
        add(el, 'strong', 'tl-tip-heading', `${c.indices.length} items`);
        add(el, 'span', 'tl-tip-date', `${formatDateValue(toDayString(c.start))} – ${formatDateValue(toDayString(c.end - DAY_MS))}`);
        add(el, 'span', 'tl-tip-source', 'Click to zoom in and expand');
      },
      c.x0 + Math.max(c.x1 - c.x0, 10 + 7 * String(c.indices.length).length) / 2,
      laneCentre(c.lane),
    );
  }

  // ---- pointer -------------------------------------------------------------------------------
  const markAt = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest('.tl-item, .tl-cluster') : null;
    if (!el) return null;
    const datum = select<Element, TimelineMark>(el).datum();
    return datum ?? null;
  };
  marksG
    .on('pointerover', (event: PointerEvent) => {
      const m = markAt(event.target);
      if (!m) return;
      if (m.kind === 'item') {
        itemTooltip(m.index);
        opts.onHover?.(opts.items[m.index]!.id);
      } else clusterTooltip(m);
    })
    .on('pointerout', (event: PointerEvent) => {
      if (markAt(event.relatedTarget) === null) {
        hideTooltip();
        opts.onHover?.(null);
      }
    })
    .on('click', (event: MouseEvent) => {
      const m = markAt(event.target);
      if (!m) return;
      if (m.kind === 'item') {
        active = m.index;
        opts.onSelect?.(opts.items[m.index]!.id);
      } else {
        hideTooltip();
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
        active = sel !== undefined && model.orderOf[sel] !== -1 ? sel : (firstInView ?? model.order[0] ?? null);
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
        const position = active !== null ? model.orderOf[active] ?? -1 : -1;
        const next = keyboardStep(model.order.length, position >= 0 ? position : null, key);
        if (next === null) return;
        active = model.order[next] ?? null;
        if (active === null) return;
        reveal(active);
        renderState();
        itemTooltip(active);
        opts.onHover?.(opts.items[active]!.id);
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
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
    if (Math.max(280, Math.floor(container.clientWidth)) === width) return;
    const before = mode;
    measure();
    if (before !== mode) drawUndated();
    hideTooltip();
    render();
  }) : null;
  resize?.observe(container);

  return {
    update(next) {
      const selectedChanged = next.selectedId !== undefined && next.selectedId !== state.selectedId;
      const dateChanged = next.date !== undefined && next.date !== state.date;
      state = { ...state, ...next };
      // The cursor never leaves the view when the date moves (scrubbing, Play, a shared link).
      if (dateChanged && state.date && !selectedChanged) revealTime(dayStart(state.date) + DAY_MS / 2);
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
      marksG.selectAll('*').remove();
      drawUndated();
      measure();
      hideTooltip();
      render();
    },
    fit,
    domain: () => x.domain().map(Number) as [number, number],
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      resize?.disconnect();
      plot.interrupt().on('.zoom', null);
      root.remove();
    },
  };
}

