import type { Selection } from 'd3-selection';

/** An item with no stated date: listed apart, never placed at a fake date. */
export interface UndatedEntry {
  id: string;
  name: string;
}

/** Past this many undated items, the list shows the first UNDATED_FIRST and a "Show all". */
export const UNDATED_SHOWN_MAX = 60;
export const UNDATED_FIRST = 50;

/**
 * The list of undated items under the timeline: a button each, pressed when selected. A long
 * list (thousands, in a big dataset) shows its first items, the selected one, and a button
 * that shows them all: thousands of buttons cost a long layout and bury the rest of the page.
 */
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
  let expanded = false;
  let last: { entries: readonly UndatedEntry[]; selectedId: string | null } | null = null;
  function paint(entries: readonly UndatedEntry[], selectedId: string | null) {
    last = { entries, selectedId };
    box.selectAll('*').remove();
    if (entries.length === 0) return;
    box
      .append('h2')
      .attr('class', 'tl-undated-title')
      .text(`Date not stated (${entries.length.toLocaleString('en-GB')})`);
    const all = expanded || entries.length <= UNDATED_SHOWN_MAX;
    const shown = all
      ? entries
      : [
          ...entries.slice(0, UNDATED_FIRST),
          // The selected item stays in view, wherever it is in the list.
          ...entries.slice(UNDATED_FIRST).filter((e) => e.id === selectedId),
        ];
    box
      .append('ul')
      .selectAll('li')
      .data(shown)
      .join('li')
      .append('button')
      .attr('type', 'button')
      .attr('data-id', (e) => e.id)
      .attr('aria-pressed', (e) => String(selectedId === e.id))
      .text((e) => e.name)
      .on('click', (_e, d) => on.select?.(d.id))
      .on('mouseenter focus', (_e, d) => on.hover?.(d.id))
      .on('mouseleave blur', () => on.hover?.(null));
    if (all) return;
    box
      .append('button')
      .attr('type', 'button')
      .attr('class', 'tl-undated-more')
      .text(`Show all ${entries.length.toLocaleString('en-GB')}`)
      .on('click', () => {
        expanded = true;
        const next = shown.length;
        if (last) paint(last.entries, last.selectedId);
        // Focus goes on to the first item the list did not show, not back to the page's top.
        box.selectAll<HTMLButtonElement, unknown>('li button').nodes()[next]?.focus();
      });
  }
  return {
    paint,
    pressed(selectedId: string | null) {
      // A selected item the short list leaves out is added to it.
      if (
        last &&
        !expanded &&
        last.entries.length > UNDATED_SHOWN_MAX &&
        selectedId !== last.selectedId
      )
        return paint(last.entries, selectedId);
      if (last) last = { ...last, selectedId };
      box
        .selectAll<HTMLButtonElement, UndatedEntry>('li button')
        .attr('aria-pressed', (e) => String(selectedId === e.id));
    },
  };
}
