import type { Selection } from 'd3-selection';

/** An item with no stated date: listed apart, never placed at a fake date. */
export interface UndatedEntry {
  id: string;
  name: string;
}

/** The list of undated items under the timeline: a button each, pressed when selected. */
export function undatedList(
  root: Selection<HTMLDivElement, unknown, null, undefined>,
  on: {
    select?: ((id: string) => void) | undefined;
    hover?: ((id: string | null) => void) | undefined;
  },
) {
  const box = root
    .append('section')
    .attr('class', 'tl-undated')
    .attr('aria-label', 'Items with no stated date');
  return {
    paint(entries: readonly UndatedEntry[], selectedId: string | null) {
      box.selectAll('*').remove();
      if (entries.length === 0) return;
      box
        .append('h2')
        .attr('class', 'tl-undated-title')
        .text(`Date not stated (${entries.length})`);
      box
        .append('ul')
        .selectAll('li')
        .data(entries)
        .join('li')
        .append('button')
        .attr('type', 'button')
        .attr('data-id', (e) => e.id)
        .attr('aria-pressed', (e) => String(selectedId === e.id))
        .text((e) => e.name)
        .on('click', (_e, d) => on.select?.(d.id))
        .on('mouseenter focus', (_e, d) => on.hover?.(d.id))
        .on('mouseleave blur', () => on.hover?.(null));
    },
    pressed(selectedId: string | null) {
      box
        .selectAll<HTMLButtonElement, UndatedEntry>('button')
        .attr('aria-pressed', (e) => String(selectedId === e.id));
    },
  };
}
