/**
 * Which bundled conflict an article is about, when the user does not say: the conflict whose
 * names the article uses most — its parties (names, short names, aliases), people, places,
 * gazetteer names and country. Each distinct name counts once, so a long article about one war
 * that mentions another's capital once still goes to the first. Pure.
 */
import type { Conflict } from '../schema';

export interface ConflictGuess {
  conflict: Conflict;
  /** Distinct names of the conflict found in the text, longest first (for "detected from …"). */
  names: string[];
}

/** Fewer distinct names than this and no conflict is named: better to say so than to guess. */
const MIN_NAMES = 2;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names an article may use for a conflict (only proper names: lower-case aliases such as "the army" fit any war). */
export function conflictNames(c: Conflict): string[] {
  const names = new Set<string>();
  const add = (n: string | undefined) => {
    const t = n?.trim();
    if (t && (t.length >= 3 || /^[\p{Lu}\d]{2}$/u.test(t)) && /^[\p{Lu}\d]/u.test(t))
      names.add(t.replace(/\s*\([^)]*\)$/, ''));
  };
  add(c.country.name);
  for (const p of c.parties) {
    add(p.name);
    add(p.shortName);
    for (const a of p.aliases ?? []) add(a);
  }
  for (const p of c.people) {
    add(p.name);
    for (const a of p.aliases) add(a);
  }
  for (const g of c.gazetteer) for (const n of g.names) add(n);
  for (const g of c.regionGroups) {
    add(g.name);
    for (const a of g.aliases) add(a);
  }
  for (const p of c.places ?? []) {
    add(p.name);
    for (const a of p.aliases) add(a);
  }
  // Parties every conflict lists (the UN, NATO, the United States) say nothing about which war.
  const shared = /^(?:United Nations|UN|NATO|United States|US|U\.S\.|European Union|EU)$/;
  return [...names].filter((n) => !shared.test(n));
}

/** The best-matching conflict, or null when none has at least two of its names in the text. */
export function detectConflict(text: string, conflicts: readonly Conflict[]): ConflictGuess | null {
  let best: ConflictGuess | null = null;
  for (const c of conflicts) {
    const found = conflictNames(c).filter((n) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${esc(n)}(?![\\p{L}\\p{N}])`, 'u').test(text),
    );
    if (found.length >= MIN_NAMES && (!best || found.length > best.names.length))
      best = { conflict: c, names: found.sort((a, b) => b.length - a.length) };
  }
  return best;
}

/**
 * A conflict with no parties, people or places, for an article about a war the project has no
 * dataset for: its speakers are drafted as new people and organisations, and no figure is given
 * a place or party of another war.
 */
export function unknownConflict(): Conflict {
  return {
    schemaVersion: 2,
    id: 'unknown',
    title: 'Conflict not in the bundled datasets',
    description: 'No bundled dataset names this article’s places, parties or people.',
    country: { id: 'XX', name: 'Unknown country' },
    mapParty: 'unknown',
    controlParties: ['unknown'],
    complement: false,
    parties: [],
    people: [],
    regionGroups: [],
    gazetteer: [],
    staleAfterDays: 365,
    topics: [],
  } as Conflict;
}
