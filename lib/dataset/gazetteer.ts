import type { Conflict } from '../schema';

export interface PlaceMention {
  /** Region, group or country id. */
  target: string;
  /** The spelling found in the text. */
  name: string;
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every spelling the dataset knows for a place (gazetteer, group names and aliases), longest
 * first so that "Kyiv Oblast" wins over "Kyiv".
 */
export function gazetteerNames(conflict: Conflict): { name: string; target: string }[] {
  const names = new Map<string, string>();
  for (const entry of conflict.gazetteer) {
    for (const name of entry.names) names.set(name, entry.target);
  }
  for (const group of conflict.regionGroups) {
    for (const name of [group.name, ...group.aliases])
      if (!names.has(name)) names.set(name, group.id);
  }
  return [...names]
    .map(([name, target]) => ({ name, target }))
    .sort((a, b) => b.name.length - a.name.length);
}

// Ingest calls findPlaceMentions for every sentence (and clause); building the name list and
// compiling a regular expression per name each time cost more than the matching itself.
const matcherCache = new WeakMap<Conflict, { target: string; re: RegExp }[]>();
function placeMatchers(conflict: Conflict): { target: string; re: RegExp }[] {
  let matchers = matcherCache.get(conflict);
  if (!matchers) {
    matchers = gazetteerNames(conflict).map(({ name, target }) => ({
      target,
      // matchAll copies the expression, so sharing one (with its lastIndex) is safe.
      re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu'),
    }));
    matcherCache.set(conflict, matchers);
  }
  return matchers;
}

/**
 * Finds place names in a text. Matches whole words only, prefers the longest spelling at a
 * position, and does not report a name inside a longer one already matched.
 */
export function findPlaceMentions(conflict: Conflict, text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const taken: [number, number][] = [];
  for (const { target, re } of placeMatchers(conflict)) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ target, name: m[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A function giving the distinct place ids a text mentions, in order of first mention. */
export function gazetteerMatcher(conflict: Conflict): (text: string) => string[] {
  return (text) => [...new Set(findPlaceMentions(conflict, text).map((m) => m.target))];
}
