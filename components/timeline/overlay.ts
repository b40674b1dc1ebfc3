import type { OverlayView, PinView, RingView } from '@/lib/timeline/overlay';
import { shapePath } from '@/lib/timeline/shapes';
import type { TimelineLayers } from './scaffold';

const round = (n: number) => Math.round(n * 10) / 10;

/** Paints what moves with the state: the rings over marks, the "as of" and compared days. */
export function paintOverlay(layers: TimelineLayers, view: OverlayView, height: number) {
  const { rings, cursor, cursorTag, compare, pins } = layers;
  // A numbered pin at the foot of the lanes (the top band is the "as of" tag's), its day
  // marked by a dotted line up the lanes.
  pins
    .selectAll<SVGGElement, PinView>('g')
    .data(view.pins, (p) => p.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-pin');
      g.append('line');
      g.append('circle').attr('r', 8);
      g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      g.append('title');
      return g;
    })
    .attr('transform', (p) => `translate(${round(p.x)},0)`)
    .call((g) =>
      g
        .select('line')
        .attr('y1', 17)
        .attr('y2', height - 17),
    )
    .call((g) => g.select('circle').attr('cy', height - 9))
    .call((g) =>
      g
        .select('text')
        .attr('y', height - 9)
        .text((p) => String(p.n)),
    )
    .call((g) => g.select('title').text((p) => p.title));
  rings
    .selectAll<SVGPathElement, RingView>('path')
    .data(view.rings, (r) => r.key)
    .join('path')
    .attr('class', (r) => `tl-ring-${r.kind}`)
    .attr('data-id', (r) => r.id)
    .attr('d', (r) => shapePath(r.shape))
    .attr('fill', (r) => r.fill ?? 'none');
  const c = view.cursor;
  cursor
    .attr('display', c.visible ? null : 'none')
    .select('line')
    .attr('x1', round(c.x))
    .attr('x2', round(c.x))
    .attr('y1', 17)
    .attr('y2', height);
  cursorTag.attr('display', c.visible ? null : 'none');
  if (c.tag) {
    const { left, width } = c.tag;
    cursorTag
      .select('rect')
      .attr('x', round(left))
      .attr('y', 1)
      .attr('width', round(width))
      .attr('height', 16)
      .attr('rx', 3);
    const text = cursorTag
      .select('text')
      .attr('x', round(left + width / 2))
      .attr('y', 9)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle');
    if (text.text() !== c.label) text.text(c.label);
  }
  const d = view.compare;
  compare.attr('display', d.visible ? null : 'none');
  if (d.visible) {
    compare
      .select('line')
      .attr('x1', round(d.x))
      .attr('x2', round(d.x))
      .attr('y1', 17)
      .attr('y2', height);
    const text = compare
      .select('text')
      .attr('x', round(d.x + 4))
      .attr('y', height - 4);
    if (text.text() !== d.label) text.text(d.label);
  }
}
