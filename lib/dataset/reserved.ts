/**
 * Names a conflict id (and its dataset folder) must not take: the app's own top-level routes
 * and files, which `/<conflict>` would shadow or be shadowed by.
 */
export const RESERVED_CONFLICT_IDS: readonly string[] = Object.freeze([
  'about',
  'data',
  'embed',
  'embed.html',
  'ingest',
  'present',
  'print',
  'og',
  'bench',
  'api',
  '_next',
  'fonts',
  'icon.svg',
  'favicon.ico',
]);

/** Whether a conflict id or dataset folder name is taken by an app route (case-insensitive). */
export function isReservedConflictId(id: string): boolean {
  return RESERVED_CONFLICT_IDS.includes(id.toLowerCase());
}
