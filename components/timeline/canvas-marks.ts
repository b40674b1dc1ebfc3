import type { Selection } from 'd3-selection';
import type { MarkView } from '@/lib/timeline/hit-test';
import { STAGE } from '@/lib/timeline/model';
import { INK } from '@/lib/timeline/palette';
import { traceShape, type Shape } from '@/lib/timeline/shapes';
import type { TimelineStage } from '@/lib/timeline/stage';

/** The canvas starts just above the first lane, under the axis labels. */
const CANVAS_TOP = STAGE.axis - 2;

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The marks on a canvas covering the plot below the axis, at the device's pixel ratio (twice
 * that to print). One path per colour and kind: a few fills and strokes, whatever the number
 * of marks.
 */
export function canvasMarks(
  canvas: Selection<HTMLCanvasElement, unknown, null, undefined>,
  fontSource: Element,
) {
  let dpr = 1;
  let fontFamily = 'sans-serif';
  return {
    /** The font the timeline's text is set in (read when sized). */
    fontFamily: () => fontFamily,
    size({ gutter, plotW, height }: TimelineStage, printing: boolean) {
      dpr = Math.max(
        1,
        typeof devicePixelRatio === 'number' ? devicePixelRatio : 1,
        printing ? 2 : 1,
      );
      const h = height - CANVAS_TOP;
      canvas
        .attr('width', Math.max(1, Math.round(plotW * dpr)))
        .attr('height', Math.max(1, Math.round(h * dpr)))
        .style('left', `${gutter}px`)
        .style('top', `${CANVAS_TOP}px`)
        .style('width', `${plotW}px`)
        .style('height', `${h}px`);
      fontFamily = getComputedStyle(fontSource).fontFamily || fontFamily;
    },
    draw(marks: readonly MarkView[], { plotW, height }: TimelineStage) {
      const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, -CANVAS_TOP * dpr);
      ctx.clearRect(0, CANVAS_TOP, plotW, height - CANVAS_TOP);
      const spans = new Map<string, Shape[]>();
      const points = new Map<string, Shape[]>();
      const clusters = new Map<string, MarkView[]>();
      for (const v of marks) {
        if (v.mark.kind === 'cluster') push(clusters, v.colour, v);
        else push(v.mark.span ? spans : points, v.colour, v.shape);
      }
      ctx.lineJoin = 'round';
      for (const [colour, shapes] of spans) {
        ctx.beginPath();
        for (const sh of shapes) traceShape(ctx, sh);
        ctx.globalAlpha = 0.4;
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.strokeStyle = colour;
        ctx.lineWidth = 1.5;
        ctx.stroke();
      }
      ctx.strokeStyle = INK;
      ctx.lineWidth = 0.75;
      for (const [colour, shapes] of points) {
        ctx.beginPath();
        for (const sh of shapes) traceShape(ctx, sh);
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.stroke();
      }
      ctx.lineWidth = 2;
      for (const [colour, list] of clusters) {
        ctx.beginPath();
        for (const v of list) traceShape(ctx, v.shape);
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.strokeStyle = colour;
        ctx.stroke();
      }
      ctx.fillStyle = INK;
      ctx.font = `600 11px ${fontFamily}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const list of clusters.values())
        for (const { mark, shape } of list) {
          if (mark.kind !== 'cluster' || shape.kind !== 'pill') continue;
          ctx.fillText(String(mark.indices.length), (shape.x0 + shape.x1) / 2, shape.cy + 0.5);
        }
    },
  };
}
