/**
 * The timeline's mark shapes, described once and drawn two ways: traced onto a 2D canvas (the
 * live view, cheap at any number of marks) or written as SVG path data (rings over the canvas,
 * the legend and the SVG snapshot of the view). Pure geometry: no DOM.
 */
export type Shape =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'diamond'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'pill'; x0: number; cy: number; x1: number; h: number };

const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path data for a shape, numbers rounded to a tenth of a pixel. */
export function shapePath(s: Shape): string {
  switch (s.kind) {
    case 'circle':
      return `M${round(s.cx - s.r)},${round(s.cy)}a${s.r},${s.r} 0 1,0 ${2 * s.r},0a${s.r},${s.r} 0 1,0 ${-2 * s.r},0Z`;
    case 'diamond':
      return `M${round(s.cx)},${round(s.cy - s.r)}L${round(s.cx + s.r)},${round(s.cy)}L${round(s.cx)},${round(s.cy + s.r)}L${round(s.cx - s.r)},${round(s.cy)}Z`;
    case 'rect':
      return `M${round(s.x0)},${round(s.y0)}H${round(s.x1)}V${round(s.y1)}H${round(s.x0)}Z`;
    case 'pill': {
      const r = s.h / 2;
      const w = Math.max(0, s.x1 - s.x0 - s.h);
      return `M${round(s.x0 + r)},${round(s.cy - r)}h${round(w)}a${r},${r} 0 0,1 0,${s.h}h${round(-w)}a${r},${r} 0 0,1 0,${-s.h}Z`;
    }
  }
}

/** The part of CanvasRenderingContext2D a shape is traced with. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
}

/** Adds a shape as a closed subpath of the current canvas path (no fill or stroke). */
export function traceShape(ctx: PathSink, s: Shape): void {
  switch (s.kind) {
    case 'circle':
      ctx.moveTo(s.cx + s.r, s.cy);
      ctx.arc(s.cx, s.cy, s.r, 0, 2 * Math.PI);
      break;
    case 'diamond':
      ctx.moveTo(s.cx, s.cy - s.r);
      ctx.lineTo(s.cx + s.r, s.cy);
      ctx.lineTo(s.cx, s.cy + s.r);
      ctx.lineTo(s.cx - s.r, s.cy);
      break;
    case 'rect':
      ctx.rect(s.x0, s.y0, s.x1 - s.x0, s.y1 - s.y0);
      return;
    case 'pill': {
      const r = s.h / 2;
      const w = Math.max(0, s.x1 - s.x0 - s.h);
      ctx.moveTo(s.x0 + r, s.cy - r);
      ctx.lineTo(s.x0 + r + w, s.cy - r);
      ctx.arc(s.x0 + r + w, s.cy, r, -Math.PI / 2, Math.PI / 2);
      ctx.lineTo(s.x0 + r, s.cy + r);
      ctx.arc(s.x0 + r, s.cy, r, Math.PI / 2, (3 * Math.PI) / 2);
      break;
    }
  }
  ctx.closePath();
}

/** The shape's bounding box [x0, y0, x1, y1]. */
export function shapeBox(s: Shape): [number, number, number, number] {
  switch (s.kind) {
    case 'circle':
    case 'diamond':
      return [s.cx - s.r, s.cy - s.r, s.cx + s.r, s.cy + s.r];
    case 'rect':
      return [s.x0, s.y0, s.x1, s.y1];
    case 'pill':
      return [s.x0, s.cy - s.h / 2, Math.max(s.x1, s.x0 + s.h), s.cy + s.h / 2];
  }
}

/** True when (px, py) is within `slop` pixels of the shape's box: a forgiving pointer target. */
export function shapeHit(s: Shape, px: number, py: number, slop = 2): boolean {
  const [x0, y0, x1, y1] = shapeBox(s);
  return px >= x0 - slop && px <= x1 + slop && py >= y0 - slop && py <= y1 + slop;
}
