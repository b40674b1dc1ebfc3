import type { ControlMapState } from '@/lib/map/map-state';
import { boxAt, groupLabelCentre, placeLabels, type Box } from '@/lib/map/labels';

export interface GroupLabels {
  readonly element: HTMLDivElement;
  update(state: ControlMapState): void;
  /** Puts each shown group label between its members, clear of `taken`, and adds its box. */
  layOut(
    frame: { w: number; h: number },
    anchorOf: (regionId: string) => [number, number] | null,
    taken: Box[],
  ): void;
}

/**
 * Group figures ("Donbas ≈80%") are labelled once, on the group, between its members; each
 * member's own label then says "part of Donbas" and never the group's number. The region
 * labels carry the keyboard and the accessible names, so these are hidden from assistive tech.
 */
export function createGroupLabels(groups: readonly { id: string }[]): GroupLabels {
  const element = document.createElement('div');
  element.className = 'cm-group-labels';
  element.setAttribute('aria-hidden', 'true');
  const labels = new Map<string, HTMLDivElement>();
  for (const g of groups) {
    const el = document.createElement('div');
    el.className = 'cm-group-label';
    el.dataset.group = g.id;
    el.hidden = true;
    labels.set(g.id, el);
    element.append(el);
  }
  let shown: ControlMapState['groupLabels'] = [];
  return {
    element,
    update(state) {
      shown = state.groupLabels;
      for (const [gid, el] of labels) {
        const g = shown.find((x) => x.group === gid);
        el.textContent = g?.text ?? '';
        el.dataset.active = String(Boolean(g));
      }
    },
    layOut(frame, anchorOf, taken) {
      for (const [gid, el] of labels) {
        const g = shown.find((x) => x.group === gid);
        const anchors = (g?.members ?? [])
          .map(anchorOf)
          .filter((p): p is [number, number] => p !== null);
        // Shown before it is measured: a hidden label measures 0 × 0 and nothing keeps clear of it.
        el.hidden = !g || !anchors.length;
        if (el.hidden) continue;
        const size = { w: el.offsetWidth, h: el.offsetHeight };
        const centre = groupLabelCentre(anchors, size, frame);
        if (!centre) continue;
        // Nudged off the place markers (and earlier group labels), like any label; it always stays.
        const [spot] = placeLabels(
          [{ id: gid, x: centre[0], y: centre[1], size, rank: 0, weight: 0, keep: true }],
          frame,
          taken,
        );
        const at: [number, number] = spot && !spot.hidden ? [spot.x, spot.y] : centre;
        taken.push(boxAt(at[0], at[1], size));
        el.style.transform = `translate(${Math.round(at[0])}px, ${Math.round(at[1])}px) translate(-50%, -50%)`;
      }
    },
  };
}
