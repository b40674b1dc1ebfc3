import type { StoreApi } from 'zustand/vanilla';
import {
  decodeUrlState,
  encodeUrlState,
  type ShareableState,
  type UrlContext,
} from '@/lib/url/state';
import type { ExplorerStore } from './explorer-store';
import { selectShareable } from './selectors';

/** The part of the browser's location and history the URL binding uses (a test's fake, or window). */
export interface HistoryPort {
  /** pathname, search and hash of the current address. */
  location(): { pathname: string; search: string; hash: string };
  push(url: string): void;
  replace(url: string): void;
  /** Calls `fn` on back/forward; returns the function that stops listening. */
  onPop(fn: () => void): () => void;
}

export interface UrlBindingOptions {
  ctx: UrlContext;
  /** The date a link without one shows (left out of the URL). */
  defaultDate: string;
  /** The party shaded by default (left out of the URL). */
  mapParty: string;
  /** The day a selected item moves the date to, when a link names no date. */
  itemDay: (itemId: string) => string | undefined;
  history: HistoryPort;
}

const same = (a: ShareableState, b: ShareableState) =>
  a.date === b.date &&
  a.selectedItemId === b.selectedItemId &&
  a.selectedRegionId === b.selectedRegionId &&
  a.selectedPlaceId === b.selectedPlaceId &&
  a.compareDate === b.compareDate &&
  a.filters === b.filters &&
  a.mapParty === b.mapParty &&
  a.includeClaims === b.includeClaims &&
  a.tab === b.tab;

/**
 * Keeps the URL and the store in step: the URL restores the view at once; a new selection or
 * comparison adds a history entry (so back/forward walk through selections); date and filter
 * changes, and every step of playback, replace the current one. Anything invalid in the URL is
 * ignored. Returns the function that stops it.
 */
export function bindUrl(store: StoreApi<ExplorerStore>, o: UrlBindingOptions): () => void {
  const restoreFromUrl = () => {
    const decoded = decodeUrlState(o.history.location().search, o.ctx);
    const itemDay = decoded.selectedItemId ? o.itemDay(decoded.selectedItemId) : undefined;
    store.getState().restore({ date: decoded.date ?? itemDay ?? o.defaultDate, ...decoded });
  };
  restoreFromUrl();
  let last = selectShareable(store.getState());
  const unsubscribe = store.subscribe((state) => {
    const next = selectShareable(state);
    if (same(next, last)) return;
    const selectionChanged =
      next.selectedItemId !== last.selectedItemId ||
      next.selectedRegionId !== last.selectedRegionId ||
      next.selectedPlaceId !== last.selectedPlaceId ||
      next.compareDate !== last.compareDate ||
      next.tab !== last.tab;
    last = next;
    const { pathname, search, hash } = o.history.location();
    const url = `${pathname}${encodeUrlState(next, { date: o.defaultDate, mapParty: o.mapParty })}${hash}`;
    if (url === `${pathname}${search}${hash}`) return;
    if (selectionChanged && !state.playback.playing) o.history.push(url);
    else o.history.replace(url);
  });
  const stopPop = o.history.onPop(() => {
    restoreFromUrl();
    last = selectShareable(store.getState());
  });
  return () => {
    unsubscribe();
    stopPop();
  };
}

/** The browser's own location and history. */
export const windowHistory: HistoryPort = {
  location: () => ({
    pathname: window.location.pathname,
    search: window.location.search,
    hash: window.location.hash,
  }),
  push: (url) => window.history.pushState(null, '', url),
  replace: (url) => window.history.replaceState(null, '', url),
  onPop(fn) {
    window.addEventListener('popstate', fn);
    return () => window.removeEventListener('popstate', fn);
  },
};
