import type { Conflict, Person } from '../schema';
import type { Organisation } from './organisations';
import { slugify } from './text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PersonMention {
  personId: string;
  index: number;
  length: number;
  text: string;
}

/** A person the article names who is not in the conflict's list (drafted for review). */
export interface NewPerson {
  id: string;
  name: string;
  aliases: string[];
  role?: string;
  /** An organisation speaking (an army, a ministry, a group), not a person. */
  organisation?: boolean;
  /** The conflict's party it is or speaks for. */
  party?: string;
}

/**
 * The people of a conflict plus those an article adds. Finds mentions by full name or alias
 * (longest first, whole words; lower-case aliases such as "the Kremlin spokesman" match in any
 * case), and adds unknown speakers with their surname as an alias.
 */
export class PeopleIndex {
  private names: { name: string; id: string; re: RegExp }[] = [];
  readonly added: NewPerson[] = [];
  readonly known: Map<string, { name: string; roles: string[] }> = new Map();

  constructor(people: readonly Person[]) {
    for (const p of people) {
      this.known.set(p.id, { name: p.name, roles: p.roles.map((r) => r.title) });
      for (const n of [p.name, ...p.aliases]) this.addName(n, p.id);
    }
  }

  private addName(name: string, id: string) {
    const caseless = /^[a-z]/.test(name);
    const body = escape(name)
      .replace(/\\\.\s*/g, '\\.\\s*')
      .replace(/\s+/g, '\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu');
    this.names.push({ name, id, re });
    this.sorted = false;
  }

  // Sorted on first use after a change, not on every addName: an article with many new
  // speakers added names one at a time, re-sorting the whole list each time.
  private sorted = false;
  private byLength() {
    if (!this.sorted) {
      this.names.sort((a, b) => b.name.length - a.name.length);
      this.sorted = true;
    }
    return this.names;
  }

  /** Every mention of a known (or added) person in `text`, in order. */
  mentions(text: string): PersonMention[] {
    const found: PersonMention[] = [];
    for (const { id, re } of this.byLength()) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const a = m.index;
        const b = a + m[0].length;
        if (found.some((f) => a < f.index + f.length && b > f.index)) continue;
        found.push({ personId: id, index: a, length: m[0].length, text: m[0] });
      }
    }
    return found.sort((x, y) => x.index - y.index);
  }

  /** The id for a name: a known person when the name or an alias matches, else a new person. */
  resolveName(name: string, role?: string): string {
    const whole = this.mentions(name).find((m) => m.index === 0 && m.length === name.length);
    if (whole) return whole.personId;
    // A known name inside it ("President Putin" in a longer phrase), but a shared surname alone
    // does not make two people one ("Anna Berg" is not "Tomas Berg").
    const any = this.mentions(name).find(
      (m) =>
        m.text.split(/\s+/).length > 1 ||
        name.split(/\s+/).length === 1 ||
        !this.surnameOfOther(m, name),
    );
    if (any) return any.personId;
    let id = slugify(name);
    const taken = new Set([...this.known.keys(), ...this.added.map((a) => a.id)]);
    for (let n = 2; taken.has(id); n++) id = `${slugify(name)}-${n}`;
    const parts = name.split(/\s+/);
    const surname = parts.length > 1 ? parts[parts.length - 1] : undefined;
    const person: NewPerson = {
      id,
      name,
      aliases: surname ? [surname] : [],
      ...(role ? { role } : {}),
    };
    this.added.push(person);
    this.known.set(id, { name, roles: role ? [role] : [] });
    this.addName(name, id);
    if (surname && surname.length > 2) this.addName(surname, id);
    return id;
  }

  private orgIds = new Set<string>();

  /**
   * The speaker id of an organisation: the conflict file's speaker standing for it, a speaker
   * of the file with its name or alias, else an organisation drafted from the article (its short
   * forms as aliases; never a "surname", so "Army" alone names no one).
   */
  resolveOrganisation(org: Organisation): string {
    if (org.id) return org.id;
    const names = [org.name, ...org.aliases];
    let id =
      org.knownId ??
      names
        .map((n) => this.mentions(n).find((m) => m.index === 0 && m.length === n.length))
        .find(Boolean)?.personId;
    if (!id) {
      id = slugify(org.name);
      const taken = new Set([...this.known.keys(), ...this.added.map((a) => a.id)]);
      for (let n = 2; taken.has(id); n++) id = `${slugify(org.name)}-${n}`;
      this.added.push({
        id,
        name: org.name,
        aliases: org.aliases,
        organisation: true,
        ...(org.party ? { party: org.party } : {}),
      });
      this.known.set(id, { name: org.name, roles: [] });
      for (const n of names) if (n.length > 1) this.addName(n, id);
    }
    org.id = id;
    this.orgIds.add(id);
    return id;
  }

  /** True for a speaker that is an organisation resolved as one in this article. */
  isOrganisationId(id: string): boolean {
    return this.orgIds.has(id);
  }

  /** True when a one-word mention is the surname of a person whose given name differs from `name`'s. */
  surnameOfOther(m: PersonMention, name: string): boolean {
    const known = (this.known.get(m.personId)?.name ?? '').split(/\s+/);
    const words = name.split(/\s+/);
    return (
      known.length > 1 &&
      words.length > 1 &&
      known[0] !== words[0] &&
      words[words.length - 1] === m.text
    );
  }

  /** Records a role read from the text for a person (used to resolve "the governor" later). */
  addRole(id: string, role: string) {
    const p = this.known.get(id);
    if (p && !p.roles.includes(role)) p.roles.push(role);
  }

  /**
   * The person a role phrase ("the governor", "the Kremlin spokesman") stands for: the most
   * recently mentioned person whose role fits, else the only person in the list whose role does.
   */
  byRole(phrase: string, recent: readonly string[] = []): string | null {
    // "Ukraine's president" reads as "president (of) ukraine".
    const words = phrase
      .toLowerCase()
      .replace(/^(the|a|an)\s+/, '')
      .replace(/[’']s\b/g, '')
      .split(/\s+/)
      .filter((w) => w.length > 2);
    // Only a phrase naming a person's role: "the Kremlin" is an institution, not its spokesman.
    if (!words.length || !ROLE_NOUN.test(phrase)) return null;
    const fits = (id: string) =>
      (this.known.get(id)?.roles ?? []).some((r) =>
        words.every((w) => r.toLowerCase().includes(w)),
      );
    for (let i = recent.length - 1; i >= 0; i--) {
      const id = recent[i];
      if (id && fits(id)) return id;
    }
    const hits = [...this.known].filter(([, p]) =>
      p.roles.some((r) => words.every((w) => r.toLowerCase().includes(w))),
    );
    return hits.length === 1 ? (hits[0]?.[0] ?? null) : null;
  }

  nameOf(id: string): string {
    return this.known.get(id)?.name ?? id;
  }
}

const ROLE_NOUN =
  /\b(spokes(?:man|woman|person)|minister|president|premier|governor|official|commander|chief|leader|chairman|chairwoman|mayor|secretary|general|envoy|ambassador|adviser|advisor|aide|head|director|analyst|researcher|negotiator)\b/i;

/** Speakers that are not people: organisations and media the conflict lists without a party. */
export function isOrganisation(conflict: Conflict, id: string): boolean {
  const p = conflict.people.find((x) => x.id === id);
  return !!p && !p.party && p.roles.length === 0;
}

/** Words that start a capitalised run but are not names. */
const NOT_NAMES = new Set(
  'The A An In On At But And Or If When While After Before Despite Meanwhile However Earlier Later According Russian Ukrainian American British French German President Minister Deputy Chairman Secretary General Spokesman Spokeswoman Governor Mayor Commander Chief Head Foreign Defence Defense Prime Kremlin White House Colonel Major Captain Lieutenant Sergeant Admiral Marshal Senator Ambassador Envoy Dr Mr Mrs Ms Prof Professor Sir Dame Lord Lady Rev Father Lt Col Gen Maj Brig Capt Sgt Cpl Adm Cmdr Cdr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December He She They It We This That These Those His Her Its Their'.split(
    ' ',
  ),
);

/**
 * A person's name at the end (or start) of a phrase: two to four capitalised words, e.g.
 * "Olena Kovalenko" in "deputy minister Olena Kovalenko". Null when there is none.
 */
export function nameIn(phrase: string): string | null {
  // Name particles ("Willem de Groot", "Ursula von der Leyen") stay inside the name.
  // Double-barrelled surnames ("Seleznyov-Kravets") are one word.
  const runs = [
    ...phrase.matchAll(
      /(?:[\p{Lu}][\p{Ll}’']+(?:-[\p{Lu}]?[\p{Ll}’']+)*(?:(?:\s+(?:de|van|von|der|den|da|di|du|la|le|bin|ter|dos|del))*\s+|$|(?=[,;:.)]))){2,8}/gu,
    ),
  ].map((m) => m[0].trim());
  for (const run of runs.reverse()) {
    const all = run.split(/\s+/);
    // The name follows the run's last title: "Israeli Prime Minister Benjamin Netanyahu".
    let lastTitle = -1;
    all.forEach((w, i) => {
      if (NOT_NAMES.has(w)) lastTitle = i;
    });
    const after = all.slice(lastTitle + 1).slice(-4);
    if (after.length >= 2) return after.join(' ');
    const words = all.filter((w) => !NOT_NAMES.has(w)).slice(-4);
    if (words.length >= 2) return words.join(' ');
  }
  return null;
}

/**
 * The full names an article gives (two to four capitalised words, after any title), with where
 * each is, so that a later bare surname ("Byamungu told residents …") is the person named in full
 * last before it. Organisation and place names are not people: a run with "Army", "Forces",
 * "Council", "Region" and the like is left out.
 */
export class NameMentions {
  private names: { name: string; surname: string; at: number }[] = [];

  constructor(sentences: readonly { text: string; start: number }[]) {
    for (const s of sentences) {
      for (const m of s.text.matchAll(FULL_NAME)) {
        const words = m[0].split(/\s+/).filter((w) => !NOT_NAMES.has(w));
        if (words.length < 2 || words.length > 4) continue;
        if (words.some((w) => NOT_PERSON_WORD.test(w))) continue;
        const last = words[words.length - 1] ?? '';
        this.names.push({ name: words.join(' '), surname: last, at: s.start + m.index });
      }
    }
  }

  /** The full name last given before `at` whose surname is `surname`, or null. */
  fullName(surname: string, at: number): string | null {
    let best: string | null = null;
    for (const n of this.names) if (n.at < at && n.surname === surname) best = n.name;
    return best;
  }
}

const FULL_NAME =
  /(?<![\p{L}’'-])[\p{Lu}][\p{Ll}’']+(?:-[\p{Lu}]?[\p{Ll}’']+)*(?:\s+[\p{Lu}][\p{Ll}’']+(?:-[\p{Lu}]?[\p{Ll}’']+)*){1,5}/gu;
const NOT_PERSON_WORD =
  /^(?:Army|Forces|Force|Council|Region|Province|State|City|Town|Ministry|Government|Office|Agency|Committee|Committees|Front|Alliance|Movement|Group|Party|Union|Nations|Republic|Kingdom|Strip|Bank|Sea|River|Airport|Brigade|Division|Battalion|Command|Observatory|Institute|News|Times|Post|Press|Radio|Television|Channel|Street|Square|Palace|Hospital|University|Court|Church)$/;
