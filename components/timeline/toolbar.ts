import type { Selection } from 'd3-selection';
import { EVEN_TIME } from '@/lib/timeline/controller';

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** "Even time" pressed or released: draw time to scale, or compress the empty stretches. */
  evenTime: (on: boolean) => void;
  /** Offers "Download SVG" when given. */
  download?: (() => void) | undefined;
}

/** The zoom toolbar over the timeline, and the span it shows ("Showing … – …"). */
export function timelineToolbar(
  root: Selection<HTMLDivElement, unknown, null, undefined>,
  actions: ToolbarActions,
) {
  const toolbar = root
    .append('div')
    .attr('class', 'tl-toolbar')
    .attr('role', 'toolbar')
    .attr('aria-label', 'Timeline zoom');
  const button = (text: string, label: string, act: () => void) =>
    toolbar
      .append('button')
      .attr('type', 'button')
      .attr('class', 'tl-button')
      .attr('aria-label', label)
      .attr('title', label)
      .text(text)
      .on('click', act);
  button('+', 'Zoom in', actions.zoomIn);
  button('−', 'Zoom out', actions.zoomOut);
  button('Fit all', 'Fit all: show every dated item', actions.fit);
  // A toggle, shown only while the axis has a compressed stretch.
  const even = button(
    EVEN_TIME,
    `${EVEN_TIME}: draw every year the same width, the empty stretches too`,
    () => actions.evenTime(even.attr('aria-pressed') !== 'true'),
  )
    .attr('aria-pressed', 'false')
    .attr('hidden', true);
  const { download } = actions;
  if (download)
    button('Download SVG', 'Download the timeline as shown, as an SVG picture', () => download());
  const range = toolbar.append('span').attr('class', 'tl-range');
  let shown = '';
  return {
    /** Shows the visible span's words (touching the DOM only when they change). */
    range(text: string) {
      if (text !== shown) range.text((shown = text));
    },
    /** Shows "Even time" when the axis has compressed stretches, pressed when drawn to scale. */
    evenTime(offered: boolean, pressed: boolean) {
      even.attr('hidden', offered ? null : true).attr('aria-pressed', String(pressed));
    },
  };
}
