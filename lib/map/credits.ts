import type { MapCredit } from '../schema';

/**
 * The boundary credit line each dataset's licence asks the map to show (conflict.json
 * `map.credits`: words and linked words, in order), as text and as HTML.
 */
export type Credits = readonly MapCredit[];

/** The credits of a dataset; a release pinned before `map` existed has none. */
export function creditsOf(dataset: { map?: { credits?: Credits } }): Credits {
  return dataset.map?.credits ?? [];
}

export function creditsText(credits: Credits): string {
  return credits.map((c) => c.text).join('');
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Safe HTML: text escaped; links only to https addresses (the schema allows no other). */
export function creditsHtml(credits: Credits, { newTab = false } = {}): string {
  const target = newTab ? ' target="_blank" rel="noopener"' : '';
  return credits
    .map((c) =>
      c.href && /^https:\/\//.test(c.href)
        ? `<a href="${esc(c.href)}"${target}>${esc(c.text)}</a>`
        : esc(c.text),
    )
    .join('');
}

/** The source line under every embed and exported picture. */
export function sourceLineText(dataset: {
  id: string;
  version: string;
  sources: readonly unknown[];
}): string {
  return `Sources: ${dataset.sources.length} cited sources (each figure and quote names its own) · Faultline dataset “${dataset.id}”, version ${dataset.version}`;
}
