/** "faultline-ukraine-map-2025-01-21.png": dataset, view and date, safe on every file system. */
export function exportFileName(
  parts: { dataset: string; view: string; date?: string | null },
  ext: string,
): string {
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return ['faultline', safe(parts.dataset), safe(parts.view), parts.date ? safe(parts.date) : '']
    .filter(Boolean)
    .join('-')
    .concat(`.${ext.replace(/^\./, '')}`);
}
