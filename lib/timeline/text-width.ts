/**
 * The one width model for the timeline's labels: lane names, marks' labels, the "as of" tag, cluster counts
 * and the exported legend. An average advance per font, not `measureText`: the numbers must be
 * the same on the server, in the embed and in SVG snapshots, and before the web font has loaded.
 */
export interface LabelFont {
  /** CSS font size (px) and weight the text is drawn with. */
  size: number;
  weight: number;
  /** Average advance of one character (px), read off the drawn text. */
  advance: number;
}

/** The fonts the timeline draws text in. */
export const LABEL_FONTS = {
  /** Lane names and the exported legend: 12 px regular. */
  label: { size: 12, weight: 400, advance: 6.2 },
  /** A mark's text label: 11 px regular. */
  mark: { size: 11, weight: 400, advance: 5.9 },
  /** The "as of" tag over the cursor: 11 px semi-bold. */
  tag: { size: 11, weight: 600, advance: 6.4 },
  /** A cluster's count: 11 px semi-bold figures, which are wider than the average letter. */
  count: { size: 11, weight: 600, advance: 7 },
} as const satisfies Record<string, LabelFont>;

/** Width (px) of `text` in `font`. */
export function textWidth(text: string, font: LabelFont): number {
  return text.length * font.advance;
}

/** `text`, cut with an ellipsis when it is wider than `maxWidth` px in `font`. */
export function fitText(text: string, maxWidth: number, font: LabelFont): string {
  const max = Math.floor(maxWidth / font.advance);
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}
