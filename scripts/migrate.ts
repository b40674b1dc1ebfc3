/**
 * npm run migrate [-- <file or folder>…]
 *
 * Upgrades conflict and source files from schemaVersion 1 to 2 (control model v2), in place,
 * keeping each file's formatting style (2-space JSON). Default: every dataset under data/.
 *
 * What changes:
 * - conflict.json: `controlParties` (the parties that hold territory: the map's party, the
 *   baseline's and every controller of a figure) and `complement` (true when there are exactly
 *   two, as version 1 assumed when it converted the other party's figures).
 * - source files: a `most` figure whose own words say "almost all" (or the like) becomes
 *   `almost-all`, a word swatch of its own; a claimed figure gets `claimantParty` where its
 *   claimant is a person of the conflict with a party, or names a party ("Russian …").
 * Files already at version 2 are left alone. Prints what it changed, file by file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;

const ALMOST_ALL =
  /almost (all|the whole|entire)|nearly (all|the whole|entire)|virtually all|quasi totalit|all but/i;

function filesUnder(target: string): string[] {
  const st = statSync(target);
  if (st.isFile()) return target.endsWith('.json') ? [target] : [];
  return readdirSync(target).flatMap((name) => filesUnder(path.join(target, name)));
}

/** The conflict.json that governs a source file: the nearest one up the tree. */
function conflictFor(file: string): Json | null {
  let dir = path.dirname(file);
  for (let i = 0; i < 4; i++) {
    try {
      return JSON.parse(readFileSync(path.join(dir, 'conflict.json'), 'utf8')) as Json;
    } catch {
      dir = path.dirname(dir);
    }
  }
  return null;
}

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

function migrateConflict(c: Json, sources: Json[], log: string[]): void {
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

function migrateSource(s: Json, conflict: Json | null, log: string[]): void {
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

function main() {
  const targets = process.argv.slice(2);
  const files = (targets.length ? targets : ['data']).flatMap(filesUnder);
  const docs = files.map((file) => ({
    file,
    json: JSON.parse(readFileSync(file, 'utf8')) as Json,
  }));
  // Pinned releases (compiled data, with a "format") keep the version they were published with.
  const old = docs.filter(
    (d) =>
      d.json.schemaVersion === 1 &&
      !('format' in d.json) &&
      ('sources' in d.json || 'parties' in d.json),
  );
  for (const d of old) {
    const log: string[] = [];
    if ('parties' in d.json) {
      const dir = path.dirname(d.file);
      const sources = docs
        .filter((x) => x.file.startsWith(path.join(dir, 'sources') + path.sep))
        .map((x) => x.json);
      migrateConflict(d.json, sources, log);
    } else migrateSource(d.json, conflictFor(d.file), log);
    d.json.schemaVersion = 2;
    writeFileSync(d.file, `${JSON.stringify(d.json, null, 2)}\n`);
    console.log(`${d.file}: schemaVersion 1 → 2${log.length ? `\n  ${log.join('\n  ')}` : ''}`);
  }
  if (!old.length) console.log('Nothing to migrate: every file is at schemaVersion 2.');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
