/**
 * Organisations as speakers: "the army said in a statement", "the RSF claimed", "the defence
 * ministry said on Saturday", "the ethnic army said", "it said". Most of what a war report
 * attributes is said by an army, a group, a ministry or an agency rather than a named person, so
 * the extractor needs them as speakers, with their own coreference: an article defines a name
 * once ("the Arakan Army (AA)") and then says "the AA", "the ethnic army", "the group" or "it".
 *
 * Pure: the index is built from the article text and the conflict file, nothing else.
 */
import type { Conflict } from '../schema';

/** The nouns an organisation's name ends in ("the defence ministry", "the ethnic army"). */
const HEADS = [
  'army',
  'armed forces',
  'military',
  'ministry',
  'government',
  'forces',
  'group',
  'movement',
  'office',
  'agency',
  'authorities',
  'authority',
  'council',
  'committee',
  'committees',
  'observatory',
  'front',
  'alliance',
  'militia',
  'command',
  'police',
  'administration',
  'coalition',
  'organisation',
  'organization',
  'institute',
  'monitor',
  'brigades',
  'junta',
  'presidency',
  'cabinet',
  'mission',
  'commission',
  'navy',
  'press service',
  'statement',
] as const;

/** Collective nouns that name no one in particular ("the rebels said", "officials said"). */
const NOT_SPEAKERS =
  /^(?:rebels|militants|fighters|insurgents|residents|sources|officials|witnesses|analysts|experts|activists|locals|people|troops|soldiers|forces|reports|media|observers|diplomats)$/i;

/** Heads that fit any organisation: "the group", "the ethnic armed organisation", "the statement". */
const GENERIC = new Set([
  'group',
  'movement',
  'organisation',
  'organization',
  'statement',
  'press service',
]);

const HEAD_RE = new RegExp(String.raw`(?:^|\s)(${HEADS.join('|')})$`, 'i');
/** "RSF", "JNIM", "M23", "HTS", "AA": capitals, digits allowed after the first letter. */
const ACRONYM = /^[\p{Lu}][\p{Lu}\d-]{1,7}$/u;
/** One word of a name: "Rapid", "Pro-Russian", "Hay'at", "al-Sham", "ul-Islam". */
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}’']*|(?:al|el|ul|wal)-[\p{L}’']+)(?:-[\p{L}’']+)*`;
/** Small words inside a name: "Forces *for* Freedom", "Tahrir *al* Sham". */
const NAME_JOINER = String.raw`(?:of|for|the|al|wal|ul|wa|de|du|des|and|el)\s+`;
/**
 * "Rapid Support Forces (RSF)": a name and the short form it will go by. A hyphen belongs to
 * its word and words are separated by spaces, so each text splits into words one way only, and
 * a match starts only at the start of a word: otherwise a long hyphenated or capitalised run
 * backtracks through every split (a 20,000-letter word took seconds, "A-A-A-…" never ended).
 */
const DEFINITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])(${NAME_WORD}(?:\s+(?:${NAME_JOINER})*(?:${NAME_WORD}|\d+)){0,8})\s+\(([\p{Lu}][\p{Lu}\d-]{1,7})\)`,
  'gu',
);

const ACRONYM_GROUP =
  /(?<![\p{L}\p{N}])([\p{Lu}][\p{Lu}\d]{1,6})(?:\s+|-)(?:rebels?|rebel\s+group|group|fighters|forces|militia|militants|movement|insurgents|paramilitaries)\b/gu;
/** Capitals that are not a group's name: agencies, countries, places. */
const NOT_ORG_ACRONYM = new Set([
  'AFP',
  'AP',
  'BBC',
  'CNN',
  'US',
  'UK',
  'UN',
  'EU',
  'DRC',
  'TV',
  'UAE',
  'USA',
]);

export interface Organisation {
  /** The name as the article first gives it, without "the". */
  name: string;
  /** Short forms and other names the article or the conflict file gives it. */
  aliases: string[];
  /** The conflict's party this organisation is (or speaks for), when it is one. */
  party?: string;
  /** A speaker of the conflict file standing for it ("Rapid Support Forces (official statement)"). */
  knownId?: string;
  /** The speaker id given to it in this article (set by PeopleIndex.resolveOrganisation). */
  id?: string;
}

const lc = (s: string) => s.toLowerCase();
const stripThe = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '').trim();
const headOf = (name: string) => HEAD_RE.exec(lc(name))?.[1] ?? null;

/**
 * An organisation phrase, if `phrase` is one: "the defence ministry", "Syria's army", "the RSF",
 * "the paramilitary group", "Britain-based war monitor, the Syrian Observatory for Human Rights".
 * Returns the phrase as the name to use (without "the", appositive dropped), else null.
 */
/** The part of a speaker phrase that names the speaker: after "spokesman for", after an appositive's comma. */
function corePhrase(phrase: string): string {
  let p = phrase.trim().replace(/[,\s]+$/, '');
  // "a spokesman for the M23 rebel group" → the group.
  const forOrg = /\bspokes(?:man|woman|person)\s+for\s+(.+)$/i.exec(p);
  if (forOrg?.[1]) p = forOrg[1];
  // An appositive: "Britain-based war monitor, the Syrian Observatory for Human Rights".
  const parts = p.split(/,\s+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? p;
  const prev = parts[parts.length - 2];
  // "The El Fasher Resistance Committees, a local voluntary group": the name, not its description.
  if (prev && /^(?:a|an|the)\s+[\p{Ll}]/u.test(last) && /^(?:the\s+)?[\p{Lu}]/u.test(prev))
    p = prev;
  else p = last;
  // A dateline before the subject: "March 3 (Meridian) – Ukraine's military".
  p = p.split(/\s+[–—-]{1,2}\s+/).pop() ?? p;
  return stripThe(p);
}

export function organisationPhrase(phrase: string): string | null {
  const p = corePhrase(phrase);
  if (!p || p.split(/\s+/).length > 10 || NOT_SPEAKERS.test(p)) return null;
  if (ACRONYM.test(p)) return p;
  if (/^(?:it|they)$/i.test(p)) return null;
  if (headOf(p)) return p;
  // A proper name with an organisation noun inside: "Syrian Observatory for Human Rights".
  const words = p.split(/\s+/);
  const proper = words.every((w) => /^[\p{Lu}\d]/u.test(w) || FUNCTION_WORD.test(w));
  const hasHead = words.some((w) => HEAD_WORD.test(w));
  return proper && hasHead && words.length >= 2 ? p : null;
}

const FUNCTION_WORD = /^(?:of|for|the|and|on|in|al|wal|ul|wa|de|du|des|el)$/i;
const HEAD_WORD =
  /^(?:army|forces|ministry|government|group|movement|office|agency|authority|council|committee|committees|observatory|front|alliance|militia|command|police|administration|coalition|organi[sz]ation|institute|brigades|commission|mission|network|centre|center|union|league|party|service)$/i;

/**
 * The organisations an article names, with their short forms, plus the conflict's parties (by
 * name, short name and aliases) and the conflict file's organisation speakers. Finds which one a
 * speaker phrase means, and keeps the order of mention for "the group" and "it".
 */
export class OrganisationIndex {
  readonly orgs: Organisation[] = [];
  private recent: Organisation[] = [];

  constructor(conflict: Conflict, text: string) {
    for (const p of conflict.parties) {
      const names = [p.name, ...(p.shortName ? [p.shortName] : []), ...(p.aliases ?? [])];
      const known = conflict.people.find(
        (x) => x.party === p.id && /official statement/i.test(x.name),
      );
      this.orgs.push({
        name: p.name,
        aliases: names.slice(1).map(stripThe),
        party: p.id,
        ...(known ? { knownId: known.id } : {}),
      });
    }
    for (const m of text.matchAll(DEFINITION)) {
      const name = stripThe(m[1] ?? '');
      const short = m[2] ?? '';
      if (!name || name.split(/\s+/).length < 2) continue;
      const existing = this.find(name) ?? this.find(short);
      if (existing) {
        if (!existing.aliases.includes(short)) existing.aliases.push(short);
        if (!existing.aliases.includes(name) && existing.name !== name) existing.aliases.push(name);
        continue;
      }
      this.orgs.push({ name, aliases: [short] });
    }
    // "M23 rebels", "the HTS fighters", "the M23 rebel group": an acronym used as a group's name.
    for (const m of text.matchAll(ACRONYM_GROUP)) {
      const short = m[1] ?? '';
      if (!this.find(short) && !NOT_ORG_ACRONYM.has(short))
        this.orgs.push({ name: short, aliases: [] });
    }
  }

  /** The organisation a name or alias stands for (whole phrase, case-insensitive except acronyms). */
  find(phrase: string): Organisation | null {
    const p = stripThe(phrase.trim());
    if (!p) return null;
    const same = (n: string) => (ACRONYM.test(n) ? n === p : lc(n) === lc(p));
    return this.orgs.find((o) => same(o.name) || o.aliases.some(same)) ?? null;
  }

  /**
   * Which organisation a speaker phrase means: a name or alias; "the ethnic army" or "the
   * paramilitary group" → the organisation last mentioned whose name ends in that noun ("group"
   * fits any); "it" → the organisation last mentioned. A new organisation when none fits.
   */
  resolve(phrase: string): Organisation | null {
    const raw = phrase.trim();
    if (/^it$/i.test(raw)) return this.recent[this.recent.length - 1] ?? null;
    const core = corePhrase(raw);
    const short = /\(([\p{Lu}][\p{Lu}\d-]{1,7})\)$/u.exec(core)?.[1];
    const bare = core.replace(/\s*\([^)]*\)$/, '');
    const named = this.find(bare) ?? (short ? this.find(short) : null);
    if (named) return this.touch(named);
    const name = organisationPhrase(bare);
    if (!name) return null;
    // "the M23 rebel group" is the M23.
    const acr =
      /^([\p{Lu}][\p{Lu}\d]+)\s+(?:rebel\s+|armed\s+|militant\s+)?(?:group|movement)$/u.exec(
        name,
      )?.[1];
    const known = this.find(name) ?? (acr ? this.find(acr) : null);
    if (known) return this.touch(known);
    // "the army statement": the army's.
    if (/\s+statement$/i.test(name)) return this.resolve(name.replace(/\s+statement$/i, ''));
    const head = headOf(name);
    const description = /^(?:[\p{Ll}-]+\s+)*[\p{Ll}-]+$/u.test(name);
    if (head && description) {
      // "the statement", "the press service": the organisation that spoke last.
      if ((head === 'statement' || head === 'press service') && this.lastSpeaker)
        return this.touch(this.lastSpeaker);
      // Lower-case: a description, not a name ("the ethnic army", "the paramilitary group").
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const o = this.recent[i];
        if (!o) continue;
        const oHead = headOf(o.name) ?? o.aliases.map(headOf).find(Boolean);
        if (GENERIC.has(head) || oHead === head) return this.touch(o);
      }
    }
    // "the group said" with no group named before it names no one.
    if (head && description && GENERIC.has(head) && name.split(/\s+/).length === 1) return null;
    // "Ukraine's military", "Russia's defence ministry": an organisation of that party.
    const owner = /^([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*)[’']s\s/u.exec(name)?.[1];
    const party = owner ? this.find(owner)?.party : undefined;
    const demonym = owner ? demonymOf(owner) : null;
    // "Syria's army" is the Syrian army: the demonym form goes with it as an alias.
    const aliases = demonym ? [name.replace(/^.+?[’']s\s/u, `${demonym} `)] : [];
    const org: Organisation = { name, aliases, ...(party ? { party } : {}) };
    this.orgs.push(org);
    return this.touch(org);
  }

  private lastSpeaker: Organisation | null = null;

  /**
   * Records that an organisation spoke (also one the conflict file lists as a speaker), so that
   * "the statement" or "the press service" in the next sentence is its own.
   */
  noteSpeaker(id: string, name: string): void {
    let o = this.orgs.find((x) => x.id === id || x.knownId === id);
    if (!o) {
      o = { name, aliases: [], id };
      this.orgs.push(o);
    }
    this.lastSpeaker = o;
    this.touch(o);
  }

  /** The organisation of that exact name, added when the article names it for the first time. */
  named(name: string): Organisation {
    const o = this.find(name) ?? { name: stripThe(name), aliases: [] };
    if (!this.orgs.includes(o)) this.orgs.push(o);
    return this.touch(o);
  }

  /** Records a mention (a speaker or a subject), for "the group" and "it" later. */
  touch(o: Organisation): Organisation {
    const i = this.recent.indexOf(o);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(o);
    return o;
  }

  /** Organisations named in `text`, in order (for subjects of sentences that are not statements). */
  mentionsIn(text: string): Organisation[] {
    const found: { o: Organisation; at: number }[] = [];
    for (const o of this.orgs) {
      for (const n of [o.name, ...o.aliases]) {
        const re = nameMatcher(n);
        const m = re?.exec(text);
        if (m) {
          found.push({ o, at: m.index });
          break;
        }
      }
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.o);
  }
}

// mentionsIn runs for every sentence (twice: statements, then captures); each name's
// expression is compiled once.
const matchers = new Map<string, RegExp | null>();
/** Whole-word matcher for a name; null for lower-case aliases ("the army"), which are descriptions. */
function nameMatcher(n: string): RegExp | null {
  let re = matchers.get(n);
  if (re === undefined) {
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re =
      n.length < 2 || /^[\p{Ll}\s]+$/u.test(n)
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, ACRONYM.test(n) ? 'u' : 'iu');
    matchers.set(n, re);
  }
  return re;
}

/**
 * The adjective English makes of a country's name, by the common patterns (Syria → Syrian,
 * Mali → Malian, Ukraine → Ukrainian, Sudan → Sudanese, Congo → Congolese, Israel → Israeli,
 * Yemen → Yemeni); null for a name that fits none.
 */
export function demonymOf(country: string): string | null {
  const c = country.trim();
  if (!/^[\p{Lu}][\p{Ll}]+$/u.test(c)) return null;
  if (/a$/.test(c)) return `${c}n`;
  if (/i$/.test(c)) return `${c}an`;
  if (/e$/.test(c)) return `${c.slice(0, -1)}ian`;
  if (/an$/.test(c)) return `${c}ese`;
  if (/o$/.test(c)) return `${c}lese`;
  if (/el$/.test(c)) return `${c}i`;
  if (/en$/.test(c)) return `${c}i`;
  return null;
}
