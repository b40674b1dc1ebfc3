import type { ShadePattern } from './shade';

/** A pattern drawn over a region's fill: the one description every renderer draws from. */
export interface PatternSpec {
  /** Tile size in px. */
  size: number;
  /** CSS colour of the strokes and dots. */
  colour: string;
  /** Opacity of the strokes and dots, 0–1. */
  alpha: number;
  /** Parallel lines: direction ("/" rises to the right, "\" falls, "-" across, "|" down). */
  lines?: {
    dir: '/' | '\\' | '-' | '|';
    width: number;
    /** This line's own colour (default: the pattern's). */
    colour?: string;
    /** Shift across the line's direction, px ("-" and "|" only). */
    offset?: number;
  }[];
  /** Dots within the tile. */
  dots?: { cx: number; cy: number; r: number }[];
}

/** Patterns by meaning; `stale` is drawn over any fill whose figure is old. */
export type PatternId = Exclude<ShadePattern, 'solid'> | 'stale';

const DARK = '#1a1d23';
const WORDS = '#8f1d1d';

/**
 * What each pattern looks like. Words get dots in three densities (partly < most < almost all),
 * so they are read as words, never as a share step; age gets lines across that keep the colour.
 */
export const PATTERNS: Record<PatternId, PatternSpec> = {
  bounded: { size: 8, colour: DARK, alpha: 0.55, lines: [{ dir: '/', width: 1.6 }] },
  partial: { size: 10, colour: WORDS, alpha: 0.9, dots: [{ cx: 5, cy: 5, r: 1.4 }] },
  most: {
    size: 8,
    colour: WORDS,
    alpha: 0.9,
    dots: [
      { cx: 2, cy: 2, r: 1.4 },
      { cx: 6, cy: 6, r: 1.4 },
    ],
  },
  'almost-all': {
    size: 6,
    colour: WORDS,
    alpha: 0.9,
    dots: [
      { cx: 1.5, cy: 1.5, r: 1.5 },
      { cx: 4.5, cy: 4.5, r: 1.5 },
    ],
  },
  contested: {
    size: 8,
    colour: '#5b3e8a',
    alpha: 0.8,
    lines: [
      { dir: '/', width: 1.2 },
      { dir: '\\', width: 1.2 },
    ],
  },
  'no-recent': {
    size: 10,
    colour: '#ffffff',
    alpha: 0.85,
    lines: [
      { dir: '-', width: 1.2 },
      { dir: '|', width: 1.2 },
    ],
  },
  'no-data': { size: 6, colour: '#5a5f69', alpha: 0.7, lines: [{ dir: '\\', width: 1 }] },
  // A dark line beside a white one: visible on the lightest and the darkest fill alike.
  stale: {
    size: 10,
    colour: DARK,
    alpha: 0.7,
    lines: [
      { dir: '-', width: 1, offset: -0.5 },
      { dir: '-', width: 1, offset: 0.5, colour: '#ffffff' },
    ],
  },
};

const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** Distance from a tile pixel's centre to the nearest line of a direction (lines wrap). */
function lineDistance(
  dir: '/' | '\\' | '-' | '|',
  x: number,
  y: number,
  size: number,
  offset = 0,
): number {
  const wrap = (t: number) => {
    const m = ((t % size) + size) % size;
    return Math.min(m, size - m);
  };
  switch (dir) {
    case '/':
      return wrap(x + y) / Math.SQRT2;
    case '\\':
      return wrap(x - y) / Math.SQRT2;
    case '-':
      return wrap(y - size / 2 - offset);
    case '|':
      return wrap(x - size / 2 - offset);
  }
}

/** A pattern's tile as RGBA pixels (for maplibre images and canvas pictures), `scale` px per px. */
export function patternPixels(
  spec: PatternSpec,
  scale = 1,
): { width: number; height: number; data: Uint8Array } {
  const n = Math.round(spec.size * scale);
  const data = new Uint8Array(n * n * 4);
  for (let py = 0; py < n; py++) {
    for (let px = 0; px < n; px++) {
      const x = (px + 0.5) / scale;
      const y = (py + 0.5) / scale;
      const line = (spec.lines ?? []).find(
        (l) => lineDistance(l.dir, x, y, spec.size, l.offset) <= l.width / 2,
      );
      const onDot = (spec.dots ?? []).some((d) => {
        const dx = Math.min(Math.abs(x - d.cx), spec.size - Math.abs(x - d.cx));
        const dy = Math.min(Math.abs(y - d.cy), spec.size - Math.abs(y - d.cy));
        return Math.hypot(dx, dy) <= d.r;
      });
      if (!line && !onDot) continue;
      const [r, g, b] = rgb(line?.colour ?? spec.colour);
      const i = (py * n + px) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(spec.alpha * 255);
    }
  }
  return { width: n, height: n, data };
}

/** A pattern as an SVG <pattern> element with id `${prefix}${id}`. */
export function svgPattern(id: PatternId, prefix: string): string {
  const s = PATTERNS[id];
  const n = s.size;
  const parts: string[] = [];
  for (const l of s.lines ?? []) {
    const paint = `stroke="${l.colour ?? s.colour}" stroke-opacity="${s.alpha}"`;
    const o = l.offset ?? 0;
    const d =
      l.dir === '/'
        ? `M${-n} ${n}L${n} ${-n}M0 ${2 * n}L${2 * n} 0M0 ${n}L${n} 0`
        : l.dir === '\\'
          ? `M0 0L${n} ${n}M${-n} 0L${n} ${2 * n}M0 ${-n}L${2 * n} ${n}`
          : l.dir === '-'
            ? `M0 ${n / 2 + o}H${n}`
            : `M${n / 2 + o} 0V${n}`;
    parts.push(`<path d="${d}" ${paint} stroke-width="${l.width}" fill="none"/>`);
  }
  for (const d of s.dots ?? [])
    parts.push(
      `<circle cx="${d.cx}" cy="${d.cy}" r="${d.r}" fill="${s.colour}" fill-opacity="${s.alpha}"/>`,
    );
  return `<pattern id="${prefix}${id}" width="${n}" height="${n}" patternUnits="userSpaceOnUse">${parts.join('')}</pattern>`;
}

/** Every pattern as SVG definitions. */
export function svgPatternDefs(prefix: string): string {
  return (Object.keys(PATTERNS) as PatternId[]).map((id) => svgPattern(id, prefix)).join('');
}
