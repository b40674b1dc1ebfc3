import { axisTop } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { STAGE } from '@/lib/timeline/model';
import type { FrameView } from '@/lib/timeline/view-model';

type G = Selection<SVGGElement, unknown, null, undefined>;
const round = (n: number) => Math.round(n * 10) / 10;

/** Paints the time axis (d3's, with the ticks the layout chose for this zoom) and its grid. */
export function paintAxis(axis: G, grid: G, frame: FrameView, height: number) {
  const { x, ticks } = frame;
  axis.attr('transform', `translate(0,${STAGE.axis - 6})`).call(
    axisTop(x)
      .tickValues(ticks.map((t) => new Date(t.ms)))
      .tickFormat((_d, i) => ticks[i]?.label ?? '')
      .tickSizeOuter(0)
      .tickSize(4),
  );
  axis.select('.domain').remove();
  grid
    .selectAll('line')
    .data(ticks, (t) => (t as { ms: number }).ms)
    .join('line')
    .attr('x1', (t) => round(x(t.ms)))
    .attr('x2', (t) => round(x(t.ms)))
    .attr('y1', STAGE.axis - 2)
    .attr('y2', height);
}

/**
 * Paints the compressed stretches: a pale band down the lanes and a zigzag across the axis,
 * the usual mark of a broken axis, so a reader never takes the gap for a short time. Its words
 * are in the toolbar's "Showing …" line.
 */
export function paintBreaks(layer: G, frame: FrameView, height: number) {
  const top = STAGE.axis - 14;
  layer
    .selectAll<SVGGElement, (typeof frame.breaks)[number]>('g.tl-break')
    .data(frame.breaks, (b) => b.start)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-break');
      g.append('rect').attr('class', 'tl-break-band');
      g.append('path').attr('class', 'tl-break-zigzag');
      return g;
    })
    .each(function (b) {
      const g = select(this);
      const x0 = round(b.x0);
      const w = Math.max(2, round(b.x1 - b.x0));
      g.select('rect')
        .attr('x', x0)
        .attr('y', top)
        .attr('width', w)
        .attr('height', Math.max(0, height - top));
      // Two slanted strokes across the axis line: "//".
      const mid = x0 + w / 2;
      g.select('path').attr(
        'd',
        `M${round(mid - 7)},${STAGE.axis} L${round(mid - 1)},${top} M${round(mid + 1)},${STAGE.axis} L${round(mid + 7)},${top}`,
      );
    });
}
