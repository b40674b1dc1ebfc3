import type { Selection } from 'd3-selection';
import { INK } from '@/lib/timeline/palette';
import { shapePath } from '@/lib/timeline/shapes';
import type { LaneView } from '@/lib/timeline/view-model';

/** Paints the lanes: alternating bands across the stage, each with its colour key and name. */
export function paintLanes(
  g: Selection<SVGGElement, unknown, null, undefined>,
  lanes: readonly LaneView[],
  width: number,
) {
  const rows = g
    .selectAll<SVGGElement, LaneView>('g.tl-lane')
    .data(lanes)
    .join((enter) => {
      const lane = enter.append('g').attr('class', 'tl-lane');
      lane.append('rect').attr('class', 'tl-lane-bg');
      lane.append('path').attr('class', 'tl-lane-key');
      lane.append('text').attr('class', 'tl-lane-label');
      lane.append('title');
      return lane;
    });
  rows.attr('transform', (l) => `translate(0,${l.top})`);
  rows
    .select('rect')
    .attr('x', 0)
    .attr('width', width)
    .attr('height', (l) => l.height)
    .attr('fill', (_l, i) => (i % 2 === 0 ? '#f6f7f9' : '#ffffff'));
  rows
    .select('path')
    .attr('d', (l) => shapePath(l.key))
    .attr('fill', (l) => l.colour)
    .attr('stroke', INK)
    .attr('stroke-width', 0.75);
  rows
    .select('text')
    .attr('x', 17)
    .attr('y', (l) => l.height / 2)
    .attr('dy', '0.35em')
    .text((l) => l.label);
  rows.select('title').text((l) => l.title);
}
