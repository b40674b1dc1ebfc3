/**
 * Routes from before the conflict index, when the app knew one conflict: `/?date=…` was its
 * explorer and /data, /present and /print its pages. They now live under /<conflict>; the old
 * addresses keep working by sending the reader on, query and hash kept, to the default
 * conflict's page (a redirect from `next start`, a page that moves on in the static export).
 */
export const LEGACY_PAGES = [
  '/data',
  '/present',
  '/present/presenter',
  '/present/draft',
  '/present/draft/presenter',
  '/print',
  '/print/draft',
] as const;

/** Where an old address now lives, or null when `pathname` is not an old page. */
export function legacyTarget(pathname: string, search: string, defaultId: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const query = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : '';
  // The index has no query of its own: one means an explorer link from before the index.
  if (path === '/') return query ? `/${defaultId}${query}` : null;
  if ((LEGACY_PAGES as readonly string[]).includes(path)) return `/${defaultId}${path}${query}`;
  return null;
}
