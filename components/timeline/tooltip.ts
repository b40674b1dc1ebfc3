import type { Selection } from 'd3-selection';
import type { TooltipView } from '@/lib/timeline/tooltip';

const add = (parent: HTMLElement, tag: string, cls: string, text: string) => {
  const e = document.createElement(tag);
  e.className = cls;
  e.textContent = text;
  parent.appendChild(e);
  return e;
};

/**
 * The tooltip: its words, placed above the point it describes (below when there is no room),
 * kept inside the stage.
 */
export function timelineTooltip(
  tooltip: Selection<HTMLDivElement, unknown, null, undefined>,
  stage: HTMLElement,
) {
  const el = tooltip.node()!;
  return {
    show(tip: TooltipView, gutter: number) {
      el.replaceChildren();
      add(el, 'strong', 'tl-tip-heading', tip.heading);
      if (tip.who) add(el, 'span', 'tl-tip-role', tip.who);
      add(el, 'span', 'tl-tip-date', tip.date);
      if (tip.body) {
        const p = add(el, 'p', 'tl-tip-text', '');
        add(p, 'span', 'tl-tip-kind', tip.body.kind);
        p.appendChild(document.createTextNode(tip.body.text));
      }
      if (tip.note) add(el, 'span', 'tl-tip-source', tip.note);
      tooltip.attr('hidden', null);
      const tw = el.offsetWidth;
      const left = Math.min(
        Math.max(4, gutter + tip.px - tw / 2),
        Math.max(4, stage.clientWidth - tw - 4),
      );
      const th = el.offsetHeight;
      const top = tip.py - th - 12 >= 0 ? tip.py - th - 12 : tip.py + 14;
      el.style.left = `${Math.round(left)}px`;
      el.style.top = `${Math.round(top)}px`;
    },
    hide: () => tooltip.attr('hidden', true),
  };
}
