import { select } from 'd3-selection';
import { timelineController, type TimelinePort } from '@/lib/timeline/controller';
import { ZOOM_STEP } from '@/lib/timeline/domain';
import { shapeBox } from '@/lib/timeline/shapes';
import type { LabelView } from '@/lib/timeline/labels';
import { stageWidth } from '@/lib/timeline/stage';
import { paintAxis, paintBreaks } from './axis';
import { canvasMarks } from './canvas-marks';
import { clusterListPopover } from './cluster-list';
import { paintLanes } from './lane-gutter';
import { paintLabels } from './mark-labels';
import { timelineLegend } from './legend';
import { paintOverlay } from './overlay';
import { bindPointer } from './pointer';
import { timelineScaffold } from './scaffold';
import { timelineSVG } from './svg-export';
import { timelineToolbar } from './toolbar';
import { timelineTooltip } from './tooltip';
import { TIMELINE_HANDLE, type TimelineHandle, type TimelineOptions } from './types';
import { undatedList } from './undated-list';
import { zoomBehaviour } from './zoom-behaviour';

export type { DrawnMark, SVGFrame, TimelineHandle, TimelineOptions, TimelineState } from './types';
export { TIMELINE_HANDLE };

const defaults = { label: 'Timeline of statements and events', narrowWidth: 640 };
let instances = 0;

/**
 * Draws a timeline of statements and events into `container` with d3 (scales, axis, zoom):
 * lanes by speaker grouped by party, spans for month/year dates, clusters when crowded, an
 * "as of" cursor, a tooltip, keyboard navigation and a list of undated items. Framework-free:
 * the React wrapper and the embed both use it. The rules live in the headless controller
 * (`lib/timeline/controller.ts`); this wires DOM events to it and its view model to painters.
 */
export function createTimeline(container: HTMLElement, options: TimelineOptions): TimelineHandle {
  const opts = { ...defaults, ...options };
  const uid = `tl${++instances}`;
  const reducedMotion = () =>
    opts.reducedMotion ??
    (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);

  // ---- DOM: toolbar, the stage's layers, help, legend, undated list (in this order) ----------
  const root = select(container).append('div').attr('class', 'tl');
  const toolbar = timelineToolbar(root, {
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    fit: () => ctl.fit(),
    evenTime(on) {
      ctl.setEvenTime(on);
      measure();
      tooltip.hide();
      render();
    },
    download: opts.onDownload,
  });
  const layers = timelineScaffold(root, uid, opts.label);
  const legend = timelineLegend(root);
  const undated = undatedList(root, { select: opts.onSelect, hover: opts.onHover });
  const tooltip = timelineTooltip(layers.tooltip, layers.stage.node()!);
  const canvas = canvasMarks(layers.canvas, layers.svg.node()!);
  const clusterList = clusterListPopover(layers.stage, uid, {
    select: (id) => opts.onSelect?.(id),
    closed: (returnFocus) => returnFocus && layers.listbox.node()?.focus(),
  });

  // ---- the controller, and what it may ask of the page ---------------------------------------
  const port: TimelinePort = {
    select: (id) => opts.onSelect?.(id),
    hover: (id) => opts.onHover?.(id),
    clear: () => opts.onClear?.(),
    moveTo(t, how) {
      if (how === 'ease') return zoom.ease(t);
      zoom.set(t);
      render();
    },
    zoomBy: (factor, at) => zoomBy(factor, at),
    panBy: (px) => zoom.panBy(px, ctl.transform().k),
    paintState,
    // While a cluster's list is open it stands in for the tooltip.
    tooltip: (tip) =>
      tip && !clusterList.isOpen() ? tooltip.show(tip, ctl.stage().gutter) : tooltip.hide(),
    clusterList(list) {
      tooltip.hide(); // the list says more than the tooltip
      if (list) clusterList.show(list, ctl.stage().gutter);
      else clusterList.hide();
    },
    pointerOver: (on) => layers.plot.classed('tl-over-mark', on),
  };
  const ctl = timelineController(
    {
      items: opts.items,
      facts: opts.facts,
      state: opts.state,
      narrowWidth: opts.narrowWidth,
      emptyAxis: opts.emptyAxis,
    },
    port,
  );
  const zoom = zoomBehaviour(layers.plot, reducedMotion, {
    zoom(t) {
      ctl.setTransform(t);
      clusterList.hide(); // it points at a mark that has moved
      schedule();
    },
    gesture: (active) => pointer.gesture(active),
  });
  const pointer = bindPointer(layers, ctl);
  function zoomBy(factor: number, at?: number) {
    zoom.zoomBy(factor, [at ?? ctl.stage().plotW / 2, 0]);
  }

  // ---- keyboard: the listbox hands focus and keys to the controller (lib/timeline/keymap.ts) -
  layers.listbox
    .on('focus', () => pointer.pressing() || ctl.focus())
    .on('blur', () => ctl.blur())
    .on('keydown', (event: KeyboardEvent) => ctl.key(event) && event.preventDefault());

  // ---- painting ------------------------------------------------------------------------------
  let frame = 0;
  let printing = false;
  let paintedLabels: readonly LabelView[] = [];
  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }
  /** Lays out for the container's width; repaints what depends on it (not the marks). */
  function measure() {
    if (ctl.measure(container.clientWidth)) legend(ctl.legend());
    const stage = ctl.stage();
    layers.size(stage);
    canvas.size(stage, printing);
    zoom.limits(stage.plotW, stage.height, ctl.scaleExtent());
    paintLanes(layers.lanes, ctl.lanes(), stage.width);
    zoom.set(ctl.transform());
    toolbar.evenTime(ctl.hasBreaks(), ctl.evenTime());
  }
  function render() {
    const began = performance.now();
    const view = ctl.frame();
    const stage = ctl.stage();
    paintAxis(layers.axis, layers.grid, view, stage.height);
    paintBreaks(layers.breaks, view, stage.height);
    toolbar.range(view.rangeText);
    canvas.draw(view.marks, stage);
    paintLabels(layers.labels, (paintedLabels = view.labels));
    paintOverlay(layers, ctl.overlay(), stage.height);
    const count = String(view.marks.length);
    if (root.attr('data-marks') !== count) root.attr('data-marks', count);
    opts.onRender?.(view.marks.length, performance.now() - began);
  }
  /** The cheap part of a render, after a state change: the overlay, ARIA and the undated list. */
  function paintState() {
    paintOverlay(layers, ctl.overlay(), ctl.stage().height);
    // The labels were placed again when the "as of" line moved (they keep clear of it).
    const labels = ctl.labels();
    if (labels !== paintedLabels) paintLabels(layers.labels, (paintedLabels = labels));
    // ARIA: the active item is the listbox's one option; none until the keyboard picks one
    // (an empty, nameless option would confuse).
    const option = ctl.activeOption();
    if (option)
      layers.option
        .attr('hidden', null)
        .text(option.name)
        .attr('aria-selected', String(option.selected))
        .attr('data-id', option.id);
    else layers.option.attr('hidden', true).text('').attr('data-id', null);
    layers.listbox.attr('aria-activedescendant', option ? `${uid}-active` : null);
    undated.pressed(ctl.selectedId());
  }
  const paintUndated = () => undated.paint(ctl.undated(), ctl.selectedId());

  // ---- lifecycle -----------------------------------------------------------------------------
  legend(ctl.legend());
  measure();
  render();
  paintState();
  // The list of undated items sits below the marks: it is drawn once they are on screen.
  let undatedTimer: ReturnType<typeof setTimeout> | undefined;
  let undatedFrame = requestAnimationFrame(() => {
    undatedFrame = 0;
    undatedTimer = setTimeout(() => {
      undatedTimer = undefined;
      paintUndated();
    }, 0);
  });
  /** Paints the undated list now (items changed), replacing a first paint still to come. */
  const paintUndatedNow = () => {
    if (undatedFrame) cancelAnimationFrame(undatedFrame);
    clearTimeout(undatedTimer);
    undatedFrame = 0;
    paintUndated();
  };
  const resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (stageWidth(container.clientWidth) === ctl.stage().width) return;
          const before = ctl.model().mode;
          measure();
          if (before !== ctl.model().mode) paintUndatedNow();
          tooltip.hide();
          clusterList.hide();
          render();
        })
      : null;
  resize?.observe(container);
  // Printing redraws the canvas at twice the resolution, and back afterwards.
  const onPrint = (on: boolean) => () => {
    printing = on;
    canvas.size(ctl.stage(), printing);
    canvas.draw(ctl.marks(), ctl.stage());
  };
  const beforePrint = onPrint(true);
  const afterPrint = onPrint(false);
  if (typeof window !== 'undefined') {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }

  const handle: TimelineHandle = {
    update: (next) => ctl.update(next),
    setItems(items) {
      ctl.setItems(items);
      clusterList.hide();
      paintUndatedNow();
      measure();
      tooltip.hide();
      render();
    },
    fit: () => ctl.fit(),
    domain: () => ctl.domain(),
    drawnMarks() {
      const r = layers.surfaceRect();
      const items = ctl.items();
      return ctl.marks().map(({ mark, shape }) => {
        const [x0, y0, x1, y1] = shapeBox(shape);
        const ids = (mark.kind === 'cluster' ? mark.indices : [mark.index]).map(
          (i) => items[i]!.id,
        );
        return {
          kind: mark.kind,
          ids,
          x: r.left + x0,
          y: r.top + y0,
          width: x1 - x0,
          height: y1 - y0,
        };
      });
    },
    toSVG: (frame) =>
      timelineSVG(
        {
          back: layers.svg.node()!,
          front: layers.plot.node()!,
          uid,
          marks: ctl.marks(),
          labels: ctl.labels(),
          items: ctl.items(),
          width: ctl.stage().width,
          height: ctl.stage().height,
          fontFamily: canvas.fontFamily(),
          legend: ctl.legend(true),
        },
        frame,
      ),
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      if (undatedFrame) cancelAnimationFrame(undatedFrame);
      clearTimeout(undatedTimer);
      resize?.disconnect();
      if (typeof window !== 'undefined') {
        window.removeEventListener('beforeprint', beforePrint);
        window.removeEventListener('afterprint', afterPrint);
      }
      zoom.destroy();
      clusterList.hide();
      root.remove();
    },
  };
  Object.defineProperty(root.node(), TIMELINE_HANDLE, { value: handle, configurable: true });
  return handle;
}
