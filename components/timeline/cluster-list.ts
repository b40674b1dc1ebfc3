import type { Selection } from 'd3-selection';
import type { ClusterListView } from '@/lib/timeline/cluster-list';

const add = <K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  cls: string,
  text = '',
) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  parent.appendChild(e);
  return e;
};

export interface ClusterListActions {
  select(id: string): void;
  /** The list closed; `returnFocus` when focus should go back to the timeline. */
  closed(returnFocus: boolean): void;
}

/**
 * The list a cluster opens when zooming cannot take it apart (four quotes of one day): a small
 * non-modal dialog beside the cluster with one button per item. It takes focus when it opens;
 * Escape, its Close button or choosing an item close it and give focus back to the timeline; a
 * press outside it or focus leaving it close it too.
 */
export function clusterListPopover(
  stage: Selection<HTMLDivElement, unknown, null, undefined>,
  uid: string,
  actions: ClusterListActions,
) {
  const el = stage
    .append('div')
    .attr('class', 'tl-cluster-list')
    .attr('role', 'dialog')
    .attr('aria-labelledby', `${uid}-cl-title`)
    .attr('hidden', true)
    .node()!;
  let open = false;
  function hide(returnFocus = false) {
    if (!open) return;
    open = false;
    el.hidden = true;
    el.replaceChildren();
    document.removeEventListener('pointerdown', outside, true);
    actions.closed(returnFocus);
  }
  const outside = (e: Event) => {
    if (!el.contains(e.target as Node)) hide(false);
  };
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      hide(true);
    }
  });
  el.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (open && next && !el.contains(next)) hide(false);
  });

  return {
    isOpen: () => open,
    show(view: ClusterListView, gutter: number) {
      el.replaceChildren();
      const head = add(el, 'div', 'tl-cl-head');
      const title = add(head, 'p', 'tl-cl-title', view.title);
      title.id = `${uid}-cl-title`;
      const close = add(head, 'button', 'tl-cl-close', 'Close');
      close.type = 'button';
      close.addEventListener('click', () => hide(true));
      const list = add(el, 'ul', 'tl-cl-items');
      for (const entry of view.entries) {
        const button = add(add(list, 'li', ''), 'button', 'tl-cl-item');
        button.type = 'button';
        button.dataset.id = entry.id;
        button.setAttribute('aria-pressed', String(entry.selected));
        add(button, 'strong', '', entry.heading);
        add(button, 'span', 'tl-cl-date', ` · ${entry.date}`);
        add(button, 'span', 'tl-cl-text', entry.verbatim ? `“${entry.text}”` : entry.text);
        button.addEventListener('click', () => {
          hide(true);
          actions.select(entry.id);
        });
      }
      el.hidden = false;
      if (!open) document.addEventListener('pointerdown', outside, true);
      open = true;
      const w = el.offsetWidth;
      const stageW = (stage.node() as HTMLElement).clientWidth;
      const left = Math.min(Math.max(4, gutter + view.px - w / 2), Math.max(4, stageW - w - 4));
      el.style.left = `${Math.round(left)}px`;
      el.style.top = `${Math.round(view.py + 12)}px`;
      el.querySelector<HTMLButtonElement>('.tl-cl-item')?.focus();
    },
    hide,
  };
}
