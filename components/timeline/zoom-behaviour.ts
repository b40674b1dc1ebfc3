import type { Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from '@/lib/timeline/domain';

type Plot = Selection<SVGGElement, unknown, null, undefined>;
type ZoomEvent = D3ZoomEvent<SVGGElement, unknown>;

const DURATION = 350;

/**
 * d3-zoom on the plot: wheel, drag and pinch, and the moves the controller asks for (eased
 * unless the reader prefers reduced motion). `on.zoom` hears every change of transform;
 * `on.gesture` when the reader starts and stops a gesture of their own.
 */
export function zoomBehaviour(
  plot: Plot,
  reducedMotion: () => boolean,
  on: { zoom: (t: ViewTransform) => void; gesture: (active: boolean) => void },
) {
  const behaviour = d3zoom<SVGGElement, unknown>()
    .on('start', (event: ZoomEvent) => event.sourceEvent && on.gesture(true))
    .on('zoom', (event: ZoomEvent) => on.zoom(event.transform))
    .on('end', (event: ZoomEvent) => event.sourceEvent && on.gesture(false));
  plot.call(behaviour).on('dblclick.zoom', null);
  const of = (t: ViewTransform) => new ZoomTransform(t.k, t.x, 0);
  const eased = () => plot.transition().duration(DURATION);

  return {
    /** The extent of the plot (px) and how far it zooms. */
    limits(plotW: number, height: number, scaleExtent: [number, number]) {
      const box: [[number, number], [number, number]] = [
        [0, 0],
        [plotW, height],
      ];
      behaviour.extent(box).scaleExtent(scaleExtent).translateExtent(box);
    },
    /** Moves to a transform at once (the zoom listener hears it before this returns). */
    set: (t: ViewTransform) => plot.call(behaviour.transform, of(t)),
    /** Moves to a transform, animated unless motion is reduced. */
    ease(t: ViewTransform) {
      if (reducedMotion()) plot.call(behaviour.transform, of(t));
      else eased().call(behaviour.transform, of(t));
    },
    zoomBy(factor: number, point: [number, number]) {
      if (reducedMotion()) behaviour.scaleBy(plot, factor, point);
      else behaviour.scaleBy(eased(), factor, point);
    },
    /** Pans by `px` screen pixels at zoom `k`. */
    panBy(px: number, k: number) {
      if (reducedMotion()) behaviour.translateBy(plot, px / k, 0);
      else behaviour.translateBy(eased(), px / k, 0);
    },
    destroy: () => plot.interrupt().on('.zoom', null),
  };
}
