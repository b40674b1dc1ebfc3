import type { Selection } from 'd3-selection';
import type { LabelView } from '@/lib/timeline/labels';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The marks' labels as real text over the canvas: they can be found with the browser's search,
 * selected and translated. The pointer goes through them to the marks; assistive technology
 * reaches the items through the listbox, so the layer is hidden from it (no double reading).
 */
export function paintLabels(
  layer: Selection<HTMLDivElement, unknown, null, undefined>,
  labels: readonly LabelView[],
) {
  layer
    .selectAll<HTMLSpanElement, LabelView>('span')
    .data(labels, (l) => l.id)
    .join('span')
    .attr('class', (l) => `tl-label tl-label-${l.side}`)
    .attr('data-id', (l) => l.id)
    .attr('title', (l) => (l.text === l.full ? null : l.full))
    .style('left', (l) => `${round(l.x)}px`)
    .style('top', (l) => `${round(l.cy)}px`)
    .style('width', (l) => `${round(l.width)}px`)
    .text((l) => l.text);
}
