import type { Box } from '@/lib/map/labels';
import type { PlaceMarker } from '@/lib/map/places';
import { rovingStep } from '@/lib/map/roving';

/**
 * The live map's place markers, one small button per place with a cited point, over either
 * renderer (WebGL or SVG): the disc says who holds it (see components/map/place-markers.ts for
 * the same drawing in SVG), the name is written beside it, and focus or hover shows the
 * sentence in words with its source. One tab stop; arrows move between places.
 */
export interface PlaceOverlay {
  readonly element: HTMLElement;
  update(markers: readonly PlaceMarker[], cite: (marker: PlaceMarker) => string): void;
  /** Marks the place whose panel is open. */
  setSelected(placeId: string | null): void;
  /** Puts each marker's disc on its point; the boxes the markers take, for the labels. */
  place(
    position: (lonLat: [number, number]) => [number, number] | null,
    frame: { w: number; h: number },
  ): Box[];
  destroy(): void;
}

export function createPlaceOverlay(onSelect?: (placeId: string) => void): PlaceOverlay {
  const element = document.createElement('div');
  element.className = 'cm-places';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Places (arrow keys move between places)');
  const tip = document.createElement('div');
  tip.className = 'cm-place-tip';
  tip.hidden = true;
  tip.setAttribute('role', 'status');
  element.append(tip);
  const buttons = new Map<string, HTMLButtonElement>();
  let markers: readonly PlaceMarker[] = [];
  let cite: (m: PlaceMarker) => string = () => '';
  let selected: string | null = null;

  const show = (b: HTMLButtonElement | null) => {
    const m = b ? markers.find((x) => x.placeId === b.dataset.place) : undefined;
    if (!b || !m) {
      tip.hidden = true;
      return;
    }
    const source = cite(m);
    tip.textContent = source ? `${m.text} ${source}` : m.text;
    tip.hidden = false;
    tip.style.transform = `${b.style.transform} translate(0, 14px)`;
  };

  element.addEventListener('focusin', (e) => show((e.target as HTMLElement).closest('button')));
  element.addEventListener('focusout', () => show(null));
  element.addEventListener('pointerover', (e) => show((e.target as HTMLElement).closest('button')));
  element.addEventListener('pointerout', () => show(null));
  element.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button.cm-place');
    if (b?.dataset.place) onSelect?.(b.dataset.place);
  });
  element.addEventListener('keydown', (e) => {
    const list = [...buttons.values()].filter((b) => !b.hidden);
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') show(null);
    const step = rovingStep(e.key, i, list.length);
    const next = step === null ? undefined : list[step];
    if (!next) return;
    e.preventDefault();
    for (const b of buttons.values()) b.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });

  return {
    element,
    update(next, citeFn) {
      markers = next;
      cite = citeFn;
      for (const [i, m] of next.entries()) {
        let b = buttons.get(m.placeId);
        if (!b) {
          b = document.createElement('button');
          b.type = 'button';
          b.className = 'cm-place';
          b.dataset.place = m.placeId;
          b.tabIndex = i === 0 ? 0 : -1;
          const dot = document.createElement('span');
          dot.className = 'cm-place-dot';
          dot.setAttribute('aria-hidden', 'true');
          const name = document.createElement('span');
          name.className = 'cm-place-name';
          b.append(dot, name);
          buttons.set(m.placeId, b);
          element.append(b);
        }
        b.dataset.kind = m.kind;
        b.setAttribute('aria-pressed', String(m.placeId === selected));
        b.dataset.stale = String(m.stale);
        b.style.setProperty('--place-colour', m.color);
        b.querySelector('.cm-place-name')!.textContent = m.name;
        // The visible name starts the accessible name; the rest says who holds it, in words.
        b.setAttribute('aria-label', `${m.name}: ${m.text.slice(m.name.length + 2)}`);
      }
    },
    setSelected(placeId) {
      selected = placeId;
      for (const [id, b] of buttons) b.setAttribute('aria-pressed', String(id === placeId));
    },
    place(position, frame) {
      const taken: Box[] = [];
      for (const m of markers) {
        const b = buttons.get(m.placeId);
        if (!b) continue;
        const p = m.point ? position(m.point) : null;
        const inside = p !== null && p[0] >= 0 && p[1] >= 0 && p[0] <= frame.w && p[1] <= frame.h;
        b.hidden = !inside;
        if (!p || !inside) continue;
        // The disc (12 px, 8 px in from the button's end) sits on the point; the name runs to its
        // right, or to its left where the frame would cut it ("Donetsk Inter…").
        const [x, y] = [Math.round(p[0]), Math.round(p[1])];
        const w = b.offsetWidth;
        const flip = x - 8 + w > frame.w && x + 8 - w >= 0;
        b.classList.toggle('cm-place-flip', flip);
        const left = flip ? x + 8 - w : x - 8;
        b.style.transform = `translate(${left}px, ${y}px) translate(0, -50%)`;
        b.dataset.anchor = `${x},${y}`;
        taken.push([left, y - b.offsetHeight / 2, left + w, y + b.offsetHeight / 2]);
      }
      if (!tip.hidden) show(element.querySelector<HTMLButtonElement>('button:focus, button:hover'));
      return taken;
    },
    destroy() {
      element.remove();
    },
  };
}
