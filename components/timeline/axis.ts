import { axisTop } from 'd3-axis';
import type { Selection } from 'd3-selection';
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
