import type { TimelineItem } from '../dataset/types';
import { DAY_MS, dayStart } from '../dates/fuzzy-date';
import { clusterListView, zoomSeparates } from './cluster-list';
import { cachedDescriber } from './describe';
import { scaleExtent, type BreakView } from './breaks';
import * as zoom from './domain';
import { markAt, sameMark, type MarkView } from './hit-test';
import { focusTarget, keyAction, type KeyAction, type KeyPress } from './keymap';
import type { LaneMode } from './lanes';
import { labelText } from './labels';
import { legendEntries } from './legend';
import type { ItemMark, TimelineMark } from './marks';
import { timelineAxis, timelineModel, type TimelineAxis, type TimelineModel } from './model';
import { overlayView, type OverlayView, type TimelineState } from './overlay';
import type { TimelineControllerOptions, TimelinePort } from './port';
import { timelinePalette } from './palette';
import * as stages from './stage';
import { breakTooltip, clusterTooltip, itemTooltip } from './tooltip';
import { frameLabels, frameView, itemPlace, laneViews, type FrameView } from './view-model';

export type { TimelinePort, TimelineState };

/** The toolbar's name for drawing time to scale, quoted by the break's tooltip. */
export const EVEN_TIME = 'Even time';

/**
 * The timeline without the DOM: the item the keyboard is on and the mark under the pointer,
 * the lane mode, the zoom as numbers, what keys and clicks do, and what each frame draws.
 * Events come in as plain values (plot pixels, key names); requests go out through `port`.
 */
export function timelineController(options: TimelineControllerOptions, port: TimelinePort) {
  const { facts, narrowWidth } = options;
  let state: TimelineState = { ...options.state };
  let mode: LaneMode = 'speaker';
  // The axis of the last items that had dates: an empty result leaves the axis where it was,
  // its span and its compressed stretches alike.
  let axis: TimelineAxis | null = options.emptyAxis ?? null;
  /** A model on the axis it shows: its own, or while nothing is dated the one kept. */
  const onAxis = (m: TimelineModel): TimelineModel => {
    const own = timelineAxis(m);
    if (own) axis = own;
    return own || !axis ? m : { ...m, breaks: axis.breaks };
  };
  let model: TimelineModel = onAxis(timelineModel(options.items, facts, mode));
  // "Even time": every stretch drawn to scale, the empty ones too (the reader's choice).
  let even = false;
  const drawnBreaks = () => (even ? [] : model.breaks);
  let active: number | null = null; // the item the keyboard is on
  let hovered: TimelineMark | null = null;
  let hoveredBreak: BreakView | null = null; // the compressed stretch under the pointer
  let stage = stages.emptyStage;
  let base = zoom.baseScale(zoom.fullDomain(axis?.extent ?? null), stage.plotW, drawnBreaks());
  let transform = zoom.identityTransform;
  let x = base.copy(); // the scale of the last frame
  let frame: FrameView | null = null;
  let ownMark = new Map<number, ItemMark>();
  const palette = timelinePalette(facts.parties);
  const describer = cachedDescriber(facts);
  const speakers = new Map(facts.people.map((p) => [p.id, p.name]));
  const textOf = (i: number) =>
    labelText(items()[i]!, (id) => speakers.get(id), model.mode === 'speaker');

  const items = () => model.items;
  const describe = (i: number) => describer(items()[i]!);
  const fullDomain = () => zoom.fullDomain(axis?.extent ?? null);
  const domain = () => scaleExtent(x);
  const transformFor = (d: readonly [number, number]) =>
    zoom.transformFor(fullDomain(), base, d[0], d[1]);
  const placeOf = (i: number) =>
    ownMark.get(i) ?? itemPlace(items()[i], model.laneOf[i] ?? -1, x, stages.MARK_RADIUS);
  const showTip = (i: number) => {
    const at = placeOf(i);
    if (at) port.tooltip(itemTooltip(describe(i), at, stage));
  };
  const dated = (i: number | undefined): i is number => i !== undefined && model.orderOf[i] !== -1;
  const marks = (): readonly MarkView[] => frame?.marks ?? [];

  function setHover(m: TimelineMark | null) {
    if (sameMark(m, hovered)) return;
    const had = hovered;
    hovered = m;
    port.pointerOver(m !== null);
    if (m?.kind === 'item') {
      showTip(m.index);
      return port.hover(items()[m.index]!.id);
    }
    if (m === null) port.tooltip(null);
    if (had?.kind === 'item') port.hover(null);
    if (m) port.tooltip(clusterTooltip(m, stage, zoomSeparates(m, items())));
  }
  /** Pans (never zooms) so that a moment is in view, e.g. the "as of" cursor during Play. */
  function revealTime(mid: number) {
    const d = zoom.revealDomain(x, stage.plotW, mid);
    if (d) port.moveTo(transformFor(d), 'now');
  }
  function reveal(i: number) {
    const { start, end } = items()[i]?.span ?? {};
    if (start != null && end != null) revealTime((start + end) / 2);
  }
  /** The plot x to zoom about from the keyboard: the active item's, when it is in view. */
  function focusX(): number | undefined {
    const g = active !== null ? placeOf(active) : null;
    const px = g ? (g.span ? (g.x0 + g.x1) / 2 : g.x0) : NaN;
    return px >= 0 && px <= stage.plotW ? px : undefined;
  }
  /** What the labels say and keep clear of: the selected item first; the day lines. */
  function frameLabelsOf() {
    const selected = state.selectedId === null ? null : model.indexOf.get(state.selectedId);
    const lines = [state.date, state.compareDate]
      .filter((d): d is string => !!d)
      .map((d) => x(dayStart(d) + DAY_MS / 2));
    return { textOf, first: selected ?? null, keepClear: lines };
  }
  function apply(action: KeyAction) {
    switch (action.kind) {
      case 'activate': // bring the keyboard's item into view, ring it, show its tooltip
        active = action.index;
        reveal(active);
        port.paintState();
        showTip(active);
        return port.hover(items()[active]!.id);
      case 'select':
        return port.select(items()[action.index]!.id);
      case 'clear':
        port.tooltip(null);
        return port.clear();
      case 'pan':
        return port.panBy(action.px);
      case 'zoom':
        return port.zoomBy(action.factor, focusX());
      case 'fit':
        return port.moveTo(zoom.identityTransform, 'ease');
    }
  }

  return {
    items,
    model: () => model,
    stage: () => stage,
    transform: () => transform,
    /** The zoom's limits: from everything to `MIN_VISIBLE_DAYS` across the plot. */
    scaleExtent: (): [number, number] => [1, zoom.maxScale(fullDomain(), base)],
    domain,
    active: () => active,
    hovered: () => hovered,
    describe,
    marks,
    labels: () => frame?.labels ?? [],
    lanes: () => laneViews(model.lanes, stage, mode, palette),
    legend: (still = false) => legendEntries(facts.parties, model.lanes, palette, still),
    /** The undated items; each one's name is worked out when it is read (a long list shows few). */
    undated: () =>
      model.undated.map((i) => ({
        id: items()[i]!.id,
        get name() {
          return describe(i).name;
        },
      })),
    selectedId: () => state.selectedId,
    /** The keyboard's item as the listbox's one option; null until the keyboard picks one. */
    activeOption() {
      const d = active !== null ? describe(active) : null;
      return d && { id: d.id, name: d.name, selected: state.selectedId === d.id };
    },
    overlay: (): OverlayView =>
      overlayView(
        { state, items: items(), indexOf: model.indexOf, active, place: placeOf, palette },
        x,
        stage,
      ),

    /**
     * Lays out for a container `clientWidth` px wide: lane mode, stage and the unzoomed scale,
     * keeping the visible span unless the view was fitted. True when the lane mode changed.
     */
    measure(clientWidth: number): boolean {
      const w = stages.stageWidth(clientWidth);
      const nextMode = stages.laneModeFor(w, narrowWidth);
      const keep = stage.width > 0 ? domain() : null;
      const wasFit = transform.k === 1;
      const modeChanged = nextMode !== mode;
      if (modeChanged) model = onAxis(timelineModel(model.items, facts, (mode = nextMode)));
      stage = stages.timelineStage(model.lanes, mode, w);
      base = zoom.baseScale(fullDomain(), stage.plotW, drawnBreaks());
      transform = keep && !wasFit ? transformFor(keep) : zoom.identityTransform;
      return modeChanged;
    },
    /** The zoom behaviour moved (a gesture, an animation or a `moveTo`). */
    setTransform(t: zoom.ViewTransform) {
      transform = t;
    },
    /** Lays the marks out at the current transform: what the painters draw now. */
    frame(): FrameView {
      x = zoom.rescale(base, transform);
      const drawn = even && model.breaks.length ? { ...model, breaks: [] } : model;
      frame = frameView(drawn, stage, x, palette, frameLabelsOf());
      ownMark = new Map();
      for (const { mark } of frame.marks) if (mark.kind === 'item') ownMark.set(mark.index, mark);
      return frame;
    },

    pointerMove(px: number, py: number) {
      const m = markAt(marks(), px, py);
      setHover(m);
      // Off every mark, over a compressed stretch: say what it is.
      const b = m ? null : (frame?.breaks.find((v) => px >= v.x0 - 3 && px <= v.x1 + 3) ?? null);
      if (b?.start === hoveredBreak?.start) return;
      hoveredBreak = b;
      if (b) port.tooltip(breakTooltip(b, py, EVEN_TIME));
      else if (!m) port.tooltip(null);
    },
    clearHover() {
      setHover(null);
      hoveredBreak = null;
    },
    /** Whether the axis has compressed stretches (drawn so or not): "Even time" matters. */
    hasBreaks: () => model.breaks.length > 0,
    evenTime: () => even,
    /** Draws time to scale (true) or compressed where nothing is dated; the caller measures. */
    setEvenTime(on: boolean) {
      even = on;
      hoveredBreak = null;
    },
    /** A click or tap: an item is selected, a cluster zooms in until it comes apart. */
    click(px: number, py: number) {
      const m = markAt(marks(), px, py);
      if (m?.kind === 'item') {
        active = m.index;
        port.select(items()[m.index]!.id);
      } else if (m) {
        setHover(null);
        const to = transformFor(zoom.expandDomain(m));
        // Items of one date never come apart, nor does anything at the deepest zoom: list them.
        if (zoomSeparates(m, items()) && to.k > transform.k * 1.01) port.moveTo(to, 'ease');
        else port.clusterList(clusterListView(m, items(), describe, stage, state.selectedId));
      }
    },
    /** Keyboard focus arrived: take the selection, else the first item in view, and show it. */
    focus() {
      if (active === null) active = focusTarget(model, state.selectedId, domain()[0]);
      if (active !== null) {
        reveal(active);
        showTip(active);
        port.hover(items()[active]!.id);
      }
      port.paintState();
    },
    blur() {
      port.tooltip(null);
      port.hover(null);
    },
    /** A key press; true when the timeline took it (so the page should not). */
    key(press: KeyPress): boolean {
      const action = keyAction(press, { ...model, active, plotW: stage.plotW });
      if (action) apply(action);
      return action !== null;
    },
    fit: () => port.moveTo(zoom.identityTransform, 'ease'),

    update(next: Partial<TimelineState>) {
      const selectedChanged = next.selectedId !== undefined && next.selectedId !== state.selectedId;
      const dateChanged = next.date !== undefined && next.date !== state.date;
      const linesMoved =
        dateChanged || (next.compareDate !== undefined && next.compareDate !== state.compareDate);
      state = { ...state, ...next };
      // Labels keep clear of the day lines: where the lines moved, they are placed again.
      if (linesMoved && frame)
        frame = { ...frame, labels: frameLabels(frame.marks, model, stage, frameLabelsOf()) };
      // The cursor never leaves the view when the date moves (scrubbing, Play, a shared link).
      if (dateChanged && state.date && !selectedChanged)
        revealTime(dayStart(state.date) + DAY_MS / 2);
      const i = selectedChanged && state.selectedId !== null && model.indexOf.get(state.selectedId);
      if (typeof i === 'number' && dated(i)) {
        active = i;
        reveal(i); // selected elsewhere (map, URL): bring it into view
      }
      port.paintState();
    },
    /** New items (a filter): a new model; the caller measures and paints again. */
    setItems(next: readonly TimelineItem[]) {
      model = onAxis(timelineModel(next, facts, mode));
      active = null;
      hovered = null;
    },
  };
}

export type TimelineController = ReturnType<typeof timelineController>;
