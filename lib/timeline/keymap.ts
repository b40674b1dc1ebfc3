import { isTimelineKey, keyboardStep, laneStep, type LaneStepModel } from './keyboard';
import { ZOOM_STEP } from './domain';
import type { TimelineModel } from './model';

/** A key press, as much of a KeyboardEvent as the timeline reads. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What the keymap needs of the timeline: the time order, the lanes, the keyboard's item. */
export interface KeyContext extends LaneStepModel {
  /** Item indices in time order, and each item's position in it (-1: undated). */
  order: readonly number[];
  orderOf: ArrayLike<number>;
  /** The item the keyboard is on, if any. */
  active: number | null;
  /** Plot width (px): Shift+arrow pans a quarter of it. */
  plotW: number;
}

/** What a key press does. */
export type KeyAction =
  /** Make this item the keyboard's, bring it into view and show it. */
  | { kind: 'activate'; index: number }
  /** Taken, but nothing moves (Up in the top lane). */
  | { kind: 'none' }
  | { kind: 'select'; index: number }
  | { kind: 'clear' }
  /** Pan by `px` plot pixels (positive: towards earlier days). */
  | { kind: 'pan'; px: number }
  /** Zoom by `factor` about the keyboard's item. */
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

/**
 * The timeline's keymap. Left/Right step in time order and Home/End jump to the ends; Up/Down
 * go to the nearest item in the lane above or below; Enter or Space select; Escape clears;
 * + and − zoom; 0 fits; Shift with Left/Right pans a quarter of the plot. Alt, Ctrl and Meta
 * presses are the browser's. Null when the timeline does not take the key (so the page may).
 */
export function keyAction(press: KeyPress, at: KeyContext): KeyAction | null {
  const { key } = press;
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight'))
    return { kind: 'pan', px: (key === 'ArrowLeft' ? 1 : -1) * at.plotW * 0.25 };
  if (isTimelineKey(key)) {
    const position = at.active !== null ? (at.orderOf[at.active] ?? -1) : -1;
    const next = keyboardStep(at.order.length, position >= 0 ? position : null, key);
    const index = next === null ? undefined : at.order[next];
    return index === undefined ? null : { kind: 'activate', index };
  }
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      if (at.active === null) return null;
      const next = laneStep(at, at.active, key === 'ArrowUp' ? -1 : 1);
      return next === null ? { kind: 'none' } : { kind: 'activate', index: next };
    }
    case 'Enter':
    case ' ':
      return at.active === null ? null : { kind: 'select', index: at.active };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'fit' };
    default:
      return null;
  }
}

/**
 * The item the keyboard starts on when focus arrives with none active: the selected item when
 * it is dated, else the first that ends after the view's left edge `viewStart`, else the first.
 */
export function focusTarget(
  model: Pick<TimelineModel, 'items' | 'indexOf' | 'order' | 'orderOf'>,
  selectedId: string | null,
  viewStart: number,
): number | null {
  const sel = selectedId !== null ? model.indexOf.get(selectedId) : undefined;
  if (sel !== undefined && model.orderOf[sel] !== -1) return sel;
  const firstInView = model.order.find((i) => (model.items[i]!.span.end ?? 0) > viewStart);
  return firstInView ?? model.order[0] ?? null;
}
