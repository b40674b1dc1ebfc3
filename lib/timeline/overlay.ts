import type { ScaleTime } from 'd3-scale';
import type { TimelineItem } from '../dataset/types';
import { DAY_MS, dayStart, formatDateValue } from '../dates/fuzzy-date';
import type { TimelinePalette } from './palette';
import type { Shape } from './shapes';
import { itemShape, type ItemPlace, type TimelineStage } from './stage';
import { LABEL_FONTS, textWidth } from './text-width';

/** The linked state the timeline draws: the "as of" day, the selected and hovered items. */
export interface TimelineState {
  date: string | null;
  selectedId: string | null;
  hoveredId: string | null;
  /** Items to ring as related, e.g. those that mention the selected region. */
  highlightedIds?: ReadonlySet<string>;
  /** A second day to mark, when comparing two dates (YYYY-MM-DD). */
  compareDate?: string | null;
  /** Numbered notes pinned to days (an embed's annotations), drawn as numbered pins. */
  pins?: readonly TimelinePin[];
}

/** A journalist's note on a day: its number (as listed with the chart) and its words. */
export interface TimelinePin {
  day: string;
  n: number;
  text: string;
}

/** A pin as drawn: at the middle of its day, hidden when its day is out of view. */
export interface PinView {
  key: string;
  x: number;
  n: number;
  /** "Note 1, 24 Feb 2022: Full-scale invasion" (the pin's tooltip). */
  title: string;
}

/** A ring over a mark: hover, keyboard (active), a mention of the selected region, the selection. */
export interface RingView {
  key: string;
  kind: 'hover' | 'active' | 'mention' | 'selected';
  id: string;
  shape: Shape;
  /** The selection is filled with the item's colour; the other rings are outlines. */
  fill: string | null;
}

/** A vertical day marker: the "as of" cursor or the compared day. */
export interface DayMarkerView {
  /** Plot x of the middle of the day; NaN when there is no day. */
  x: number;
  visible: boolean;
  label: string;
}

/** The "as of" cursor's tag, kept inside the plot. */
export interface CursorTagView {
  left: number;
  width: number;
}

/** What moves with the state rather than the zoom. */
export interface OverlayView {
  rings: RingView[];
  cursor: DayMarkerView & { tag: CursorTagView | null };
  compare: DayMarkerView;
  pins: PinView[];
}

/** The pins whose day is in view, left to right. */
export function pinViews(
  x: ScaleTime<number, number>,
  plotW: number,
  pins: readonly TimelinePin[],
): PinView[] {
  return pins
    .map((p) => ({ p, at: cursorView(x, plotW, p.day, formatDateValue) }))
    .filter(({ at }) => at.visible)
    .sort((a, b) => a.at.x - b.at.x)
    .map(({ p, at }) => ({
      key: `pin-${p.n}`,
      x: at.x,
      n: p.n,
      title: `Note ${p.n}, ${at.label}: ${p.text}`,
    }));
}

/** The cursor at `date` (YYYY-MM-DD or null), drawn at the middle of the day. */
export function cursorView(
  x: ScaleTime<number, number>,
  plotW: number,
  date: string | null | undefined,
  label: (date: string) => string,
): DayMarkerView {
  const day = date ? dayStart(date) + DAY_MS / 2 : null;
  const cx = day !== null ? x(day) : NaN;
  return { x: cx, visible: day !== null && cx >= 0 && cx <= plotW, label: date ? label(date) : '' };
}

/** The tag over the cursor: centred on it, never past either end of the plot. */
export function cursorTag(cursor: DayMarkerView, plotW: number): CursorTagView | null {
  if (!cursor.visible) return null;
  const width = textWidth(cursor.label, LABEL_FONTS.tag) + 10;
  return { left: Math.min(Math.max(cursor.x - width / 2, 0), plotW - width), width };
}

/** What the overlay is drawn from. */
export interface OverlayInput {
  state: TimelineState;
  items: readonly TimelineItem[];
  indexOf: Pick<ReadonlyMap<string, number>, 'get'>;
  /** The keyboard's item. */
  active: number | null;
  /** Where an item is drawn now (see `itemPlace`). */
  place: (index: number) => ItemPlace | null;
  palette: TimelinePalette;
}

const GROW = { hover: 2, active: 3, mention: 2.5, selected: 3 } as const;

/**
 * The rings (hover, keyboard, mentions, then the selection on top, each once and never over
 * the selection) and the two day markers.
 */
export function overlayView(
  input: OverlayInput,
  x: ScaleTime<number, number>,
  stage: TimelineStage,
): OverlayView {
  const { state, indexOf, active, items, place, palette } = input;
  const wanted: { key: string; kind: RingView['kind']; index: number }[] = [];
  const sel = state.selectedId !== null ? indexOf.get(state.selectedId) : undefined;
  const hov = state.hoveredId !== null ? indexOf.get(state.hoveredId) : undefined;
  if (hov !== undefined && hov !== sel) wanted.push({ key: 'hover', kind: 'hover', index: hov });
  if (active !== null && active !== sel)
    wanted.push({ key: 'active', kind: 'active', index: active });
  for (const id of state.highlightedIds ?? []) {
    const i = indexOf.get(id);
    if (i !== undefined && i !== sel) wanted.push({ key: `m-${id}`, kind: 'mention', index: i });
  }
  if (sel !== undefined) wanted.push({ key: 'selected', kind: 'selected', index: sel });
  const rings: RingView[] = [];
  for (const { key, kind, index } of wanted) {
    const at = place(index);
    const item = items[index]!;
    if (!at) continue;
    rings.push({
      key,
      kind,
      id: item.id,
      shape: itemShape(stage, item.type === 'event', at, GROW[kind]),
      fill: kind === 'selected' ? palette.item(item) : null,
    });
  }
  const cursor = cursorView(x, stage.plotW, state.date, (d) => `As of ${formatDateValue(d)}`);
  return {
    rings,
    cursor: { ...cursor, tag: cursorTag(cursor, stage.plotW) },
    compare: cursorView(
      x,
      stage.plotW,
      state.compareDate,
      (d) => `Compared: ${formatDateValue(d)}`,
    ),
    pins: pinViews(x, stage.plotW, state.pins ?? []),
  };
}
