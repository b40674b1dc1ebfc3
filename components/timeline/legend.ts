import type { Selection } from 'd3-selection';
import type { LegendEntry } from '@/lib/timeline/legend';
import { INK } from '@/lib/timeline/palette';

/** The legend under the timeline: a swatch and words per entry. */
export function timelineLegend(root: Selection<HTMLDivElement, unknown, null, undefined>) {
  const legend = root.append('ul').attr('class', 'tl-legend').attr('aria-label', 'Legend');
  return function paint(entries: readonly LegendEntry[]) {
    const li = legend
      .selectAll<HTMLLIElement, LegendEntry>('li')
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
  };
}
