import type { TimelineItem } from '../dataset/types';
import type { MarkView } from './hit-test';
import { lastName } from './lanes';
import { shapeBox } from './shapes';
import { fitText, LABEL_FONTS, textWidth, type LabelFont } from './text-width';

/** A mark's text label, placed beside its mark in plot pixels. */
export interface LabelView {
  /** The item's id and index. */
  id: string;
  index: number;
  /** The text as drawn (cut with "…" when only part fits) and in full. */
  text: string;
  full: string;
  /** Left edge, vertical centre and width of the label's box (plot pixels). */
  x: number;
  cy: number;
  width: number;
  /** Which side of its mark the label sits on. */
  side: 'right' | 'left';
}

export interface LabelOptions {
  font: LabelFont;
  /** Widest a label may be (px). */
  maxWidth: number;
  /** Fewest characters worth showing (a shorter cut is no label at all). */
  minChars: number;
  /** Free pixels kept between a label and any mark or other label. */
  gap: number;
  /** Above this many item marks in view no label is placed: the view is too dense to read. */
  maxMarks: number;
  /** At most this many labels (the first in priority order): enough to read, cheap to lay out. */
  maxLabels: number;
  /** An item placed before all others (the selected one), when it has a mark. */
  first?: number | null;
  /**
   * Vertical lines across every lane (plot x): the "as of" cursor, a compared day. No label
   * crosses one; a label that would is cut short of it or moves to its mark's other side.
   */
  keepClear?: readonly number[];
}

export const labelDefaults: LabelOptions = {
  font: LABEL_FONTS.mark,
  maxWidth: 200,
  minChars: 12,
  gap: 4,
  maxMarks: 250,
  maxLabels: 60,
};

type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Which marks get a text label, and where. Greedy: the selected item first, then events, then
 * statements, each latest first; a label sits right of its mark, else left of it, in full where
 * it fits, else cut to the room there is (never fewer than `minChars` characters). A label never
 * overlaps a mark, another label or the plot's edges. Clusters carry their count, not a label.
 * `textOf(i)` is the label text for item i.
 */
export function placeLabels(
  marks: readonly MarkView[],
  items: readonly TimelineItem[],
  plotW: number,
  textOf: (index: number) => string,
  options: Partial<LabelOptions> = {},
): LabelView[] {
  const o = { ...labelDefaults, ...options };
  const { font, gap } = o;
  const itemMarks = marks.filter((m) => m.mark.kind === 'item');
  if (itemMarks.length === 0 || itemMarks.length > o.maxMarks) return [];

  // Everything a label must keep clear of, by lane: labels stay inside their row, so only
  // marks and labels of the same lane can meet one.
  const taken = new Map<number, Box[]>();
  const takenIn = (lane: number) => {
    let boxes = taken.get(lane);
    if (!boxes) taken.set(lane, (boxes = []));
    return boxes;
  };
  for (const m of marks) takenIn(m.mark.lane).push(shapeBox(m.shape));
  const lines: Box[] = (o.keepClear ?? [])
    .filter((cx) => Number.isFinite(cx))
    .map((cx) => [cx - 1, -Infinity, cx + 1, Infinity]);

  const rank = (m: MarkView) => {
    const i = m.mark.kind === 'item' ? m.mark.index : -1;
    return i === o.first ? 0 : items[i]?.type === 'event' ? 1 : 2;
  };
  const startOf = (m: MarkView) =>
    m.mark.kind === 'item' ? (items[m.mark.index]?.span.start ?? 0) : 0;
  const order = [...itemMarks].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      startOf(b) - startOf(a) ||
      (a.mark.kind === 'item' && b.mark.kind === 'item' ? a.mark.index - b.mark.index : 0),
  );

  const height = font.size + 1;
  const labels: LabelView[] = [];
  for (const m of order) {
    if (labels.length >= o.maxLabels) break;
    if (m.mark.kind !== 'item') continue;
    const index = m.mark.index;
    const full = textOf(index).trim();
    if (!full) continue;
    const [mx0, my0, mx1, my1] = shapeBox(m.shape);
    const cy = (my0 + my1) / 2;
    const y0 = cy - height / 2;
    const y1 = cy + height / 2;
    const boxes = takenIn(m.mark.lane);
    // The room on each side: up to the nearest box in this band (less the gap), the plot's
    // edge or maxWidth. A label on the right starts at r0, one on the left ends at l1.
    const r0 = mx1 + gap;
    const l1 = mx0 - gap;
    let right = Math.min(plotW, r0 + o.maxWidth) - r0;
    let left = l1 - Math.max(0, l1 - o.maxWidth);
    for (const b of lines.length ? boxes.concat(lines) : boxes) {
      if (!(b[1] < y1 && y0 < b[3])) continue;
      if (b[2] > r0) right = Math.min(right, b[0] - gap - r0);
      if (b[0] < l1) left = Math.min(left, l1 - (b[2] + gap));
    }
    const want = textWidth(full, font);
    const minW = o.minChars * font.advance;
    const side: 'right' | 'left' | null =
      want <= right
        ? 'right'
        : want <= left
          ? 'left'
          : right >= minW
            ? 'right'
            : left >= minW
              ? 'left'
              : null;
    if (!side) continue;
    const room = side === 'right' ? right : left;
    const text = want <= room ? full : fitText(full, room, font);
    const width = Math.min(room, textWidth(text, font));
    const x = side === 'right' ? r0 : l1 - width;
    const box: Box = [x, y0, x + width, y1];
    if (
      x < 0 ||
      x + width > plotW ||
      boxes.some((b) => overlaps(b, box)) ||
      lines.some((b) => overlaps(b, box))
    )
      continue;
    boxes.push(box);
    labels.push({ id: items[index]!.id, index, text, full, x, cy, width, side });
  }
  return labels;
}

/**
 * A mark's label text: an event's title; a statement's first words, after the speaker's
 * surname when its lane does not already name the speaker (one lane per party).
 */
export function labelText(
  item: TimelineItem,
  speakerName: (id: string) => string | undefined,
  laneNamesSpeaker: boolean,
): string {
  if (item.type === 'event' || laneNamesSpeaker) return item.label;
  const name = speakerName(item.lane);
  return name ? `${lastName(name)}: ${item.label}` : item.label;
}
