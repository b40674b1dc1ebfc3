import type { TimelineMark } from './marks';
import { STAGE } from './model';
import { shapeBox, shapeHit, type Shape } from './shapes';

/** A laid-out mark with the shape it is drawn as (plot pixels) and its colour. */
export interface MarkView {
  mark: TimelineMark;
  shape: Shape;
  /** Fill of an item; outline of a cluster (its lane's colour). */
  colour: string;
}

/** Marks drawn later sit on top: clusters over points over spans. */
const layerOf = (m: TimelineMark) => (m.kind === 'cluster' ? 3 : m.span ? 1 : 2);

/**
 * The mark under plot point (px, py), for marks drawn on a canvas: the topmost layer whose
 * shape (with a little slop) holds the point, the nearest centre within a layer. Nothing is hit
 * over the axis band.
 */
export function markAt(marks: readonly MarkView[], px: number, py: number): TimelineMark | null {
  if (py < STAGE.axis - 2) return null;
  let best: TimelineMark | null = null;
  let bestRank = -Infinity;
  for (const { mark, shape } of marks) {
    if (!shapeHit(shape, px, py)) continue;
    const [x0, y0, x1, y1] = shapeBox(shape);
    const distance = Math.hypot((x0 + x1) / 2 - px, (y0 + y1) / 2 - py);
    const rank = layerOf(mark) * 1e6 - distance;
    if (rank > bestRank) {
      bestRank = rank;
      best = mark;
    }
  }
  return best;
}

/** True when two marks (from any two frames) are the same item or the same cluster. */
export function sameMark(a: TimelineMark | null, b: TimelineMark | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      (a.kind === 'cluster'
        ? b.kind === 'cluster' && a.key === b.key
        : b.kind === 'item' && a.index === b.index))
  );
}
