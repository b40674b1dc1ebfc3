import type { Selection } from 'd3-selection';
import { STAGE } from '@/lib/timeline/model';
import type { TimelineStage } from '@/lib/timeline/stage';

type Sel<E extends Element> = Selection<E, unknown, null, undefined>;

const HELP =
  'Left and Right arrows move between items in date order, Up and Down to the nearest item in the lane above or below, Home and End jump to the first and last, Enter selects, Escape clears, + and − zoom, Shift with Left or Right pans.';

/**
 * The stage's layers. Four of them: an SVG underneath (lanes, axis, grid), a canvas with the
 * marks (cheap to redraw at any number of marks while zooming), the marks' text labels, and an
 * SVG on top (the few rings, the cursors, and the surface that takes the pointer). The canvas is hidden from
 * assistive technology; the listbox over the stage is the accessible way through the items.
 */
export function timelineScaffold(root: Sel<HTMLDivElement>, uid: string, label: string) {
  const stage = root.append('div').attr('class', 'tl-stage');
  const svg = stage
    .append('svg')
    .attr('class', 'tl-svg')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const clip = svg.append('defs').append('clipPath').attr('id', `${uid}-clip`).append('rect');
  const lanes = svg.append('g').attr('class', 'tl-lanes');
  const backPlot = svg.append('g').attr('class', 'tl-plot-back');
  const breaks = backPlot.append('g').attr('class', 'tl-breaks');
  const axis = backPlot.append('g').attr('class', 'tl-axis');
  const grid = backPlot
    .append('g')
    .attr('clip-path', `url(#${uid}-clip)`)
    .append('g')
    .attr('class', 'tl-grid');
  const canvas = stage.append('canvas').attr('class', 'tl-canvas').attr('aria-hidden', 'true');
  const labels = stage.append('div').attr('class', 'tl-labels').attr('aria-hidden', 'true');
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
  const surface = plot.append('rect').attr('class', 'tl-zoom-surface').attr('fill', 'transparent');
  const rings = plot
    .append('g')
    .attr('clip-path', `url(#${uid}-fclip)`)
    .append('g')
    .attr('class', 'tl-overlay')
    .attr('pointer-events', 'none');
  const compare = plot.append('g').attr('class', 'tl-compare').attr('pointer-events', 'none');
  compare.append('line');
  compare.append('text');
  const cursor = plot.append('g').attr('class', 'tl-cursor').attr('pointer-events', 'none');
  cursor.append('line');
  // Notes pinned to days, over the cursor: drawn only (the notes are listed, in words, with
  // the chart).
  const pins = plot
    .append('g')
    .attr('class', 'tl-pins')
    .attr('pointer-events', 'none')
    .attr('aria-hidden', 'true');
  const cursorTag = plot.append('g').attr('class', 'tl-cursor-tag').attr('pointer-events', 'none');
  cursorTag.append('rect');
  cursorTag.append('text');

  // The keyboard's target: a listbox over the stage whose one option is the active item.
  const listbox = stage
    .append('div')
    .attr('class', 'tl-listbox')
    .attr('tabindex', 0)
    .attr('role', 'listbox')
    .attr('aria-label', label)
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
  root.append('p').attr('class', 'tl-help muted').attr('id', `${uid}-help`).text(HELP);

  /** Sizes the layers to a stage: both SVGs, the plot's offset, the surface and the clips. */
  function size({ width, height, gutter, plotW }: TimelineStage) {
    for (const s of [svg, front])
      s.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    backPlot.attr('transform', `translate(${gutter},0)`);
    plot.attr('transform', `translate(${gutter},0)`);
    surface.attr('width', plotW).attr('height', height);
    labels.style('left', `${gutter}px`).style('width', `${plotW}px`).style('height', `${height}px`);
    for (const c of [clip, frontClip])
      c.attr('x', 0)
        .attr('y', STAGE.axis - 2)
        .attr('width', plotW)
        .attr('height', height - STAGE.axis + 2);
  }

  const surfaceRect = () => (surface.node() as SVGRectElement).getBoundingClientRect();
  return {
    stage,
    svg,
    lanes,
    axis,
    breaks,
    grid,
    canvas,
    labels,
    plot,
    rings,
    compare,
    pins,
    cursor,
    cursorTag,
    listbox,
    option,
    tooltip,
    size,
    /** Plot pixels of a viewport point, and the plot's viewport box. */
    toPlot: (clientX: number, clientY: number): [number, number] => {
      const r = surfaceRect();
      return [clientX - r.left, clientY - r.top];
    },
    surfaceRect,
  };
}

export type TimelineLayers = ReturnType<typeof timelineScaffold>;
