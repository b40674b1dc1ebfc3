/**
 * The layout of an exported map picture, computed once and drawn by two small painters: the
 * PNG on a canvas (components/export/png.ts) and the standalone SVG
 * (components/export/picture-svg.ts). Everything a reprinted map must carry is here: title,
 * subtitle, "as of" date, the map, its legend, the journalist's annotations, note and byline,
 * the source line and the boundary credit the map data's licence asks for.
 *
 * Text is wrapped with a width model (an average advance per size and weight), not by
 * measuring, so both painters and the tests agree on every line.
 */
import type { LegendItem, LegendModel } from '../map/legend';

export interface PictureInput {
  title: string;
  subtitle?: string | null;
  /** "Control as of 21 January 2025". */
  dateLine: string;
  legend: LegendModel;
  /** Annotation lines, already numbered and in words ("1. Kherson Oblast: retaken"). */
  annotations?: readonly string[];
  note?: string | null;
  byline?: string | null;
  sourceLine: string;
  attribution: string;
}

export type PictureText = {
  kind: 'text';
  x: number;
  /** Alphabetic baseline. */
  y: number;
  size: number;
  weight: 400 | 600 | 700;
  tone: 'ink' | 'muted';
  italic?: boolean;
  text: string;
};
export type PicturePart =
  | PictureText
  | { kind: 'map'; x: number; y: number; width: number; height: number }
  | { kind: 'swatch'; x: number; y: number; item: LegendItem };

export interface PictureLayout {
  width: number;
  height: number;
  parts: PicturePart[];
}

/** Picture size in CSS pixels (the PNG doubles it) and the map's box when nothing is added. */
export const PICTURE = { width: 1200, minHeight: 940, margin: 32 } as const;
export const PICTURE_MAP = { width: 816, height: 544 } as const;

/** Average advance of one character as a share of the font size, per weight. */
const ADVANCE: Record<PictureText['weight'], number> = { 400: 0.53, 600: 0.56, 700: 0.58 };

export function textWidthAt(text: string, size: number, weight: PictureText['weight']): number {
  return Array.from(text).length * size * ADVANCE[weight];
}

/**
 * `text` broken into lines no wider than `maxWidth`, at most `maxLines` (the last cut with an
 * ellipsis when more would follow). A word longer than a line is cut where it overflows.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  size: number,
  weight: PictureText['weight'],
  maxLines: number,
): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (size * ADVANCE[weight])));
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(l);
  for (let word of words) {
    while (Array.from(word).length > perLine) {
      if (line) {
        push(line);
        line = '';
      }
      const chars = Array.from(word);
      push(chars.slice(0, perLine).join(''));
      word = chars.slice(perLine).join('');
    }
    const next = line ? `${line} ${word}` : word;
    if (Array.from(next).length > perLine && line) {
      push(line);
      line = word;
    } else line = next;
  }
  if (line) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = Array.from(kept[maxLines - 1]!);
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1)).join('')}…`;
  return kept;
}

/** Lays out the picture; its height grows with what the journalist added (never below 940). */
export function pictureLayout(input: PictureInput): PictureLayout {
  const { width, margin } = PICTURE;
  const inner = width - 2 * margin;
  const parts: PicturePart[] = [];
  /** Writes wrapped text with its top at `top`; returns the y below it. */
  const block = (
    text: string,
    o: {
      /** Left edge and width: the picture's inner column unless given. */
      x?: number;
      top: number;
      maxWidth?: number;
      size: number;
      weight?: PictureText['weight'];
      tone?: PictureText['tone'];
      italic?: boolean;
      lineHeight: number;
      maxLines: number;
    },
  ): number => {
    const weight = o.weight ?? 400;
    const x = o.x ?? margin;
    const lines = wrapLines(text, o.maxWidth ?? inner, o.size, weight, o.maxLines);
    lines.forEach((t, i) =>
      parts.push({
        kind: 'text',
        x,
        y: Math.round(o.top + i * o.lineHeight + o.size * 0.82),
        size: o.size,
        weight,
        tone: o.tone ?? 'ink',
        ...(o.italic ? { italic: true } : {}),
        text: t,
      }),
    );
    return o.top + lines.length * o.lineHeight;
  };

  let y = block(input.title, {
    top: margin,
    size: 30,
    weight: 700,
    lineHeight: 36,
    maxLines: 2,
  });
  if (input.subtitle)
    y = block(input.subtitle, {
      top: y + 2,
      size: 19,
      tone: 'muted',
      lineHeight: 24,
      maxLines: 2,
    });
  y = block(input.dateLine, {
    top: y + 4,
    size: 20,
    weight: 600,
    tone: 'muted',
    lineHeight: 24,
    maxLines: 1,
  });

  // The map, and the share steps to its right.
  const map = { x: margin, y: y + 8, ...PICTURE_MAP };
  parts.push({ kind: 'map', ...map });
  const lx = map.x + map.width + 24;
  const lw = width - margin - lx;
  let ly = block(input.legend.title, {
    x: lx,
    top: map.y,
    maxWidth: lw,
    size: 16,
    weight: 600,
    lineHeight: 20,
    maxLines: 3,
  });
  ly += 8;
  for (const s of input.legend.steps) {
    parts.push({ kind: 'swatch', x: lx, y: ly, item: s });
    block(s.label, {
      x: lx + 36,
      top: ly + 1,
      maxWidth: lw - 36,
      size: 15,
      lineHeight: 18,
      maxLines: 2,
    });
    ly += 30;
  }

  // Every other legend entry in three columns under the map.
  y = map.y + map.height + 20;
  const columns = 3;
  const colW = (inner - 24 * (columns - 1)) / columns;
  const below = [...input.legend.words, ...input.legend.marks];
  // Each row as tall as its longest label (up to four lines): no legend words are cut.
  for (let r = 0; r < below.length; r += columns) {
    let rowBottom = y + 26;
    below.slice(r, r + columns).forEach((m, k) => {
      const cx = margin + k * (colW + 24);
      parts.push({ kind: 'swatch', x: cx, y, item: m });
      const end = block(m.label, {
        x: cx + 36,
        top: y,
        maxWidth: colW - 36,
        size: 14,
        lineHeight: 18,
        maxLines: 4,
      });
      rowBottom = Math.max(rowBottom, end + 8);
    });
    y = rowBottom;
  }
  y += 6;

  for (const a of input.annotations ?? [])
    y = block(a, { top: y, size: 15, lineHeight: 20, maxLines: 2 });
  if (input.note)
    y = block(input.note, {
      top: y + 4,
      size: 15,
      lineHeight: 20,
      maxLines: 5,
    });
  if (input.byline)
    y = block(input.byline, {
      top: y + 2,
      size: 14,
      italic: true,
      lineHeight: 19,
      maxLines: 1,
    });
  y = block(input.sourceLine, {
    top: y + 4,
    size: 14,
    tone: 'muted',
    lineHeight: 19,
    maxLines: 2,
  });
  y = block(input.attribution, {
    top: y + 2,
    size: 14,
    tone: 'muted',
    lineHeight: 19,
    maxLines: 2,
  });
  return { width, height: Math.max(PICTURE.minHeight, Math.ceil(y + margin)), parts };
}
