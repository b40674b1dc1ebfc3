'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useExplorer } from '@/store/provider';
import {
  selectSelectedItemId,
  selectSelectedPlaceId,
  selectSelectedRegionId,
} from '@/store/selectors';

const isSheet = (box: HTMLElement) => getComputedStyle(box).position === 'fixed';

/**
 * Where the detail, place and region panels open: beside the map on a wide screen, after it
 * on a narrow one, and as a sheet over the foot of the screen on a phone (CSS). When a reader
 * selects something, its panel is brought into view if it opened out of sight; on a phone the
 * page moves so that what was tapped stays visible above the sheet, and gets room at its end
 * to do so. Moves are instant when the reader asks for less motion; a selection restored from a
 * link or the history does not move the page.
 */
export default function DetailArea({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const item = useExplorer(selectSelectedItemId);
  const region = useExplorer(selectSelectedRegionId);
  const place = useExplorer(selectSelectedPlaceId);
  const lastTap = useRef<number | null>(null);
  // When the reader last pressed a key or a pointer: only a selection they just made moves
  // the page (not one restored from the address or the history).
  const lastInput = useRef(-Infinity);

  // Where the last press was (viewport y): what the reader tapped.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      lastInput.current = performance.now();
      if (!ref.current?.contains(e.target as Node)) lastTap.current = e.clientY;
    };
    const onKey = () => {
      lastInput.current = performance.now();
      lastTap.current = null;
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);

  // While the sheet is open the page gets room at its end, so nothing is left under it.
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    const fit = () => {
      document.body.style.paddingBottom =
        box.childElementCount > 0 && isSheet(box) ? `${box.offsetHeight}px` : '';
    };
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => {
      observer.disconnect();
      document.body.style.paddingBottom = '';
    };
  }, []);

  useEffect(() => {
    if (performance.now() - lastInput.current > 1500) return;
    const box = ref.current;
    const panel = box?.firstElementChild;
    if (!box || !panel) return;
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches
      ? 'auto'
      : 'smooth';
    if (isSheet(box)) {
      document.body.style.paddingBottom = `${box.offsetHeight}px`;
      const tap = lastTap.current;
      lastTap.current = null;
      const top = window.innerHeight - box.offsetHeight;
      if (tap !== null && tap > top - 24) window.scrollBy({ top: tap - top + 48, behavior });
      return;
    }
    const r = panel.getBoundingClientRect();
    if (r.top >= 0 && r.top < window.innerHeight - 80) return;
    panel.scrollIntoView({ block: 'nearest', behavior });
  }, [item, region, place]);

  return (
    <div ref={ref} className="explorer-detail" data-testid="explorer-detail">
      {children}
    </div>
  );
}
