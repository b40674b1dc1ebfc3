import type { ControlMapState } from '@/lib/map/map-state';
import { placeLabels, type Box, type LabelRequest } from '@/lib/map/labels';
import { rovingStep } from '@/lib/map/roving';

export interface Callout {
  n: number;
  text: string;
}

export interface RegionLabelsOptions {
  /** Every region, in the keyboard's order (by name). */
  regions: readonly { id: string; nameEn: string; type: string; areaKm2?: number }[];
  /** A journalist's numbered notes, by region: the number is drawn on the label. */
  callouts: ReadonlyMap<string, readonly Callout[]>;
  /** The tooltip's id: each label is described by it. */
  tooltipId: string;
  select(regionId: string | null): void;
  hover(regionId: string | null): void;
  /** The label with focus (or none): its region's tooltip shows. */
  focus(regionId: string | null): void;
  /** The labels must be laid out again (a crowded-out label took or gave back focus). */
  relayout(): void;
  /** Only the tooltip must follow. */
  retip(): void;
}

export interface RegionLabels {
  readonly element: HTMLDivElement;
  /** Each label's name, figure, accessible name and pressed state for this state. */
  update(state: ControlMapState, selected: string | null): void;
  /**
   * Shows the labels whose anchor is in the frame and lays them out (lib/map/labels.ts) clear
   * of `taken` (place markers and group labels); a label with no room hides but stays a
   * keyboard stop.
   */
  layOut(
    frame: { w: number; h: number },
    anchorOf: (regionId: string) => [number, number] | null,
    taken: Box[],
  ): void;
}

/**
 * The region labels over the map: one button per region with its name and figure, which is
 * also the map's keyboard way in (one tab stop; arrows, Home and End move; Enter selects;
 * Escape clears the selection).
 */
export function createRegionLabels(o: RegionLabelsOptions): RegionLabels {
  const element = document.createElement('div');
  element.className = 'cm-labels';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Regions (arrow keys move between regions, Enter selects)');
  const numbers = (rid: string) => (o.callouts.get(rid) ?? []).map((c) => c.n).join(',');
  const buttons = new Map<string, HTMLButtonElement>();
  const area = new Map(o.regions.map((r) => [r.id, r.areaKm2 ?? 0]));
  const name = new Map(o.regions.map((r) => [r.id, r.nameEn]));
  let state: ControlMapState | null = null;
  let selected: string | null = null;
  for (const [i, r] of o.regions.entries()) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `cm-label cm-label-${r.type}`;
    b.dataset.region = r.id;
    b.tabIndex = i === 0 ? 0 : -1;
    b.setAttribute('aria-describedby', o.tooltipId);
    const nameEl = document.createElement('span');
    nameEl.className = 'cm-label-name';
    nameEl.textContent = r.nameEn;
    const figure = document.createElement('span');
    figure.className = 'cm-label-figure';
    // A space between name and figure: the visible text reads "Kherson Oblast >70%", as the
    // accessible name begins (WCAG 2.5.3 Label in Name).
    b.append(nameEl, ' ', figure);
    if (o.callouts.has(r.id)) {
      const badge = document.createElement('span');
      badge.className = 'cm-label-callout';
      badge.textContent = numbers(r.id);
      b.prepend(badge, ' ');
      b.dataset.callout = badge.textContent;
    }
    b.hidden = true;
    buttons.set(r.id, b);
    element.append(b);
  }
  const inOrder = () => o.regions.map((r) => buttons.get(r.id)!);
  const labelOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLButtonElement>('.cm-label') : null;
  const makeEntry = (b: HTMLButtonElement) => {
    for (const x of buttons.values()) x.tabIndex = -1;
    b.tabIndex = 0;
  };

  element.addEventListener('keydown', (e) => {
    // Every region in the frame, crowded-out labels included: none is out of the keyboard's reach.
    const list = inOrder().filter((b) => !b.hidden || b.dataset.crowdedOut === 'true');
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') return o.select(null);
    const step = rovingStep(e.key, i, list.length);
    if (step === null) return;
    e.preventDefault();
    const next = list[step];
    if (!next) return;
    makeEntry(next);
    next.hidden = false; // a crowded-out label is shown while it has focus
    next.focus();
  });
  element.addEventListener('focusin', (e) => {
    const b = labelOf(e.target);
    o.focus(b?.dataset.region ?? null);
    if (b) makeEntry(b);
    // A label that had no room is laid out again, kept (it has focus), and shown meanwhile.
    if (b?.dataset.crowdedOut === 'true') {
      b.dataset.keptForFocus = 'true';
      o.relayout();
    } else o.retip();
  });
  element.addEventListener('focusout', (e) => {
    o.focus(null);
    const b = labelOf(e.target);
    // A label shown only because it had focus gives its place back.
    if (b?.dataset.keptForFocus === 'true') {
      delete b.dataset.keptForFocus;
      queueMicrotask(o.relayout);
    } else o.retip();
  });
  element.addEventListener('click', (e) => {
    const rid = labelOf(e.target)?.dataset.region;
    if (rid) o.select(rid === selected ? null : rid);
  });
  element.addEventListener('pointerover', (e) => {
    const rid = labelOf(e.target)?.dataset.region;
    if (rid) o.hover(rid);
  });
  element.addEventListener('pointerout', (e) => {
    if (labelOf(e.target)) o.hover(null);
  });

  return {
    element,
    update(next, sel) {
      state = next;
      selected = sel;
      for (const [rid, b] of buttons) {
        const shade = next.shades[rid];
        const t = next.tooltips[rid];
        const fig = b.querySelector('.cm-label-figure');
        if (fig) fig.textContent = shade?.label ?? '';
        b.dataset.kind = shade?.kind ?? 'no-data';
        b.dataset.swatch = shade?.swatch ?? 'no-data';
        b.dataset.groupMember = String(Boolean(shade?.group));
        // The visible text (name and figure) starts the accessible name (WCAG 2.5.3).
        const visible = [numbers(rid), name.get(rid) ?? rid, shade?.label ?? '']
          .filter(Boolean)
          .join(' ');
        const notes = (o.callouts.get(rid) ?? []).map((c) => ` Note ${c.n}: ${c.text}`).join('');
        b.setAttribute('aria-label', `${t ? `${visible}: ${t.figure}` : visible}${notes}`);
        b.setAttribute('aria-pressed', String(rid === sel));
      }
    },
    layOut(frame, anchorOf, taken) {
      const wanted: LabelRequest[] = [];
      for (const [rid, b] of buttons) {
        const p = anchorOf(rid);
        const inside = p !== null && p[0] >= 0 && p[1] >= 0 && p[0] <= frame.w && p[1] <= frame.h;
        b.hidden = !inside;
        b.removeAttribute('data-crowded');
        b.removeAttribute('data-crowded-out');
        if (!p || !inside) continue;
        // The region's own label point (inside the region), wherever the label itself ends up.
        b.dataset.anchor = `${Math.round(p[0])},${Math.round(p[1])}`;
        const shade = state?.shades[rid];
        wanted.push({
          id: rid,
          x: p[0],
          y: p[1],
          size: { w: b.offsetWidth, h: b.offsetHeight },
          rank: shade?.kind === 'figure' ? 0 : 1,
          weight: area.get(rid) ?? 0,
          // The selected or focused region's label always stays, so focus is never lost.
          keep: rid === selected || b === document.activeElement || o.callouts.has(rid),
          noCompact: Boolean(shade?.group),
        });
      }
      const compactSize = (rid: string) => {
        const b = buttons.get(rid)!;
        b.dataset.crowded = 'true';
        return { w: b.offsetWidth, h: b.offsetHeight };
      };
      for (const p of placeLabels(wanted, frame, taken, compactSize)) {
        const b = buttons.get(p.id)!;
        if (p.hidden) {
          // Crowded out: not drawn, but still a keyboard stop (focus brings it back, on its anchor).
          b.hidden = true;
          b.dataset.crowdedOut = 'true';
          continue;
        }
        b.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
      }
      // Tab enters the labels at a label that is drawn (a hidden one cannot take focus).
      const entry = [...buttons.values()].find((b) => b.tabIndex === 0);
      if (entry?.hidden) {
        const first = inOrder().find((b) => !b.hidden);
        if (first) makeEntry(first);
      }
    },
  };
}
