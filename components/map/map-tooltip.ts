import type { RegionTooltip } from '@/lib/map/tooltip';
import { renderTooltip } from './tooltip-dom';

/** Below this width (px) the tooltip goes under the map instead of over it. */
const NARROW_MAP = 520;
const GAP = 14;

export interface MapTooltip {
  readonly element: HTMLDivElement;
  hide(): void;
  /**
   * Shows a region's figure and source by `anchor` (px in the map's box; its centre when
   * null), kept inside the box. `pinned` marks the selected region's (not the pointer's).
   * With `canDrop`, a narrow map's tooltip drops below the map so it never hides it.
   */
  show(
    regionId: string,
    content: RegionTooltip,
    at: {
      anchor: [number, number] | null;
      frame: { w: number; h: number };
      pinned: boolean;
      canDrop: boolean;
    },
  ): void;
}

export function createMapTooltip(id: string): MapTooltip {
  const element = document.createElement('div');
  element.className = 'cm-tooltip';
  element.id = id;
  element.setAttribute('role', 'tooltip');
  element.hidden = true;
  return {
    element,
    hide() {
      element.hidden = true;
    },
    show(rid, content, { anchor, frame, pinned, canDrop }) {
      renderTooltip(element, content);
      element.hidden = false;
      element.dataset.region = rid;
      element.classList.toggle('cm-tooltip-pinned', pinned);
      const below = canDrop && frame.w < NARROW_MAP;
      element.classList.toggle('cm-tooltip-below', below);
      if (below) {
        element.style.transform = `translate(0px, ${frame.h + 4}px)`;
        return;
      }
      const tw = element.offsetWidth;
      const th = element.offsetHeight;
      const [ax, ay] = anchor ?? [frame.w / 2, frame.h / 2];
      let x = ax + GAP;
      let y = ay + GAP;
      if (x + tw > frame.w) x = Math.max(0, (anchor?.[0] ?? frame.w) - tw - GAP);
      if (y + th > frame.h) y = Math.max(0, (anchor?.[1] ?? frame.h) - th - GAP);
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    },
  };
}
