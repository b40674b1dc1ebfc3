/**
 * Upgrades the meaning of schemaVersion 1 files to 2 (control model v2): plain JSON in, the
 * same object changed in place, a line of words per change. The command is scripts/migrate.ts.
 */
type Json = Record<string, unknown>;

const ALMOST_ALL =
  /almost (all|the whole|entire)|nearly (all|the whole|entire)|virtually all|quasi totalit|all but/i;

interface Person {
  name: string;
  aliases?: string[];
  party?: string;
}
interface Party {
  id: string;
  name: string;
}

/** The party a claimant speaks for, when the text of the claimant says so plainly. */
export function claimantPartyOf(
  claimant: string,
  people: readonly Person[],
  parties: readonly Party[],
): string | null {
  const text = claimant.toLowerCase();
  for (const p of people) {
    const names = [p.name, ...(p.aliases ?? [])].map((n) => n.toLowerCase());
    if (p.party && names.some((n) => n.length > 3 && text.includes(n))) return p.party;
  }
  // "Russian Defence Ministry", "Russian-installed official", "Ukrainian governor".
  for (const party of parties) {
    const stem = party.name.toLowerCase().replace(/[aeiou]$/, '');
    if (new RegExp(`\\b${stem}(a|an|ian|n)?\\b|\\b${stem}[a-z]*-installed`).test(text))
      return party.id;
  }
  return null;
}

/** Adds `controlParties` and `complement` to a version-1 conflict (in place), from its facts. */
export function migrateConflict(c: Json, sources: Json[], log: string[]): void {
  const parties = new Set<string>();
  if (typeof c.mapParty === 'string') parties.add(c.mapParty);
  const baseline = c.baseline as Json | undefined;
  if (baseline && typeof baseline.controller === 'string') parties.add(baseline.controller);
  for (const s of sources)
    for (const o of (s.control as Json[] | undefined) ?? [])
      if (typeof o.controller === 'string') parties.add(o.controller);
  const list = [...parties];
  const at = Object.keys(c).indexOf('mapParty');
  const entries = Object.entries(c);
  entries.splice(at + 1, 0, ['controlParties', list], ['complement', list.length === 2]);
  for (const k of Object.keys(c)) delete c[k];
  Object.assign(c, Object.fromEntries(entries));
  log.push(`controlParties ${JSON.stringify(list)}, complement ${list.length === 2}`);
}

/** Word measures and claimant parties of a version-1 source file (in place). */
export function migrateSource(s: Json, conflict: Json | null, log: string[]): void {
  const people = (conflict?.people as Person[] | undefined) ?? [];
  const parties = (conflict?.parties as Party[] | undefined) ?? [];
  for (const o of (s.control as Json[] | undefined) ?? []) {
    const m = o.measure as Json;
    if (m.kind === 'most' && typeof m.text === 'string' && ALMOST_ALL.test(m.text)) {
      m.kind = 'almost-all';
      log.push(`${String(o.id)}: "most" → "almost-all" (“${m.text}”)`);
    }
    if (o.status === 'claimed' && typeof o.claimant === 'string' && !o.claimantParty) {
      const party = claimantPartyOf(o.claimant, people, parties);
      if (party) {
        o.claimantParty = party;
        log.push(`${String(o.id)}: claimant “${o.claimant}” → party ${party}`);
      } else log.push(`${String(o.id)}: claimant “${o.claimant}” speaks for no party found`);
    }
  }
}
