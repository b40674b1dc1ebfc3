/**
 * A completed capture is a control figure for the place taken: "the M23 announced that it had
 * seized Kavumu Airport", "Russian troops have captured the village of Kostiantynopolske",
 * "the AA took over Myebon on Thursday". Each gives the place `all`, held by the party that took
 * it, as of the day of the capture (else the article's date), `claimed` when one side says so.
 *
 * Places and parties the conflict file does not list are drafted as new ones for review (as new
 * people are), so an article about a war without a bundled dataset still yields its figures.
 * Entering, advancing, besieging, intentions ("will take", "aims to capture") and nouns that are
 * not places on a map ("the headquarters of …", "a camp near …", "Hama's prison") give nothing.
 * Pure.
 */
import type { Conflict, FuzzyDate, PlaceKind } from '../schema';
import { findPlaceMentions } from '../dataset/gazetteer';
import type { DraftControl } from './control';
import { partyLexicon } from './control';
import { findDates, publicationDate } from './dates';
import { maskDateline } from './metadata';
import type { Organisation, OrganisationIndex } from './organisations';
import { maskQuotes, trailingAttribution } from './statements';
import { slugify, type Sentence } from './text';

/** A place the article names that the conflict file does not list (drafted for review). */
export interface NewPlace {
  id: string;
  name: string;
  kind?: PlaceKind;
}

/** A party the article names that the conflict file does not list (drafted for review). */
export interface NewParty {
  id: string;
  name: string;
  aliases: string[];
}

export interface CaptureResult {
  control: DraftControl[];
  newPlaces: NewPlace[];
  newParties: NewParty[];
}

const VERB = String.raw`(?:(?:has|have|had)\s+(?:now\s+|also\s+|reportedly\s+|finally\s+|since\s+)?)?(?:(?:capturing|seizing|overrunning|retaking|recapturing)|captured|seized(?:\s+(?:full\s+|complete\s+)?control\s+of)?|took(?:\s+over|\s+(?:full\s+|complete\s+)?control\s+(?:of|over))?|taken(?:\s+over|\s+(?:full\s+|complete\s+)?control\s+(?:of|over))|overran|overrun|recaptured|retook|retaken|regained(?:\s+(?:full\s+)?control\s+of)?|liberated|gained\s+(?:full\s+|complete\s+)?control\s+(?:of|over)|extended\s+(?:its\s+|their\s+)?control\s+(?:to|over))`;
/** The kind of place named before "of": "the town of Ukrainsk". */
const KIND_WORD = String.raw`town|city|village|port|settlement|capital|district|township|locality`;
const ADJ = String.raw`(?:(?:strategic|key|central|eastern|western|northern|southern|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|coastal|border|frontline|front-line|provincial|regional|state|riverside|mining|industrial|important|nearby|besieged|embattled|major|main|second-largest|largest|ancient|historic)\s+)`;
const PROPER = String.raw`(?:al-|el-)?[\p{Lu}][\p{L}’'.-]*(?:\s+(?:al-|el-)?[\p{Lu}][\p{L}’'.-]*){0,3}`;
const ITEM = String.raw`(?:al-|el-)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,2}`;
/** The list ends where the clause does: "…, and Russian forces withdrew" is not a list. */
const LIST_END = String.raw`(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|at|last|this|after|before|since|by|from|with|during|near|as|following|amid|now)\b)`;
const LIST = new RegExp(String.raw`^(?:,\s+${ITEM})*,?\s+and\s+${ITEM}${LIST_END}`, 'u');
const LIST_ITEM = new RegExp(String.raw`(?:,\s+|\s+and\s+)(${ITEM})`, 'gu');
/** "The Houthis’ capture of the capital Sanaa", "the rebels’ capture of Kavumu airport". */
const NOMINAL = new RegExp(
  String.raw`(capture)\s+of\s+(?:the\s+)?(?:${ADJ}*(${KIND_WORD})\s+(?:of\s+)?)?(${PROPER})`,
  'gu',
);
const CAPTURE = new RegExp(
  String.raw`\b(${VERB})\s+(?:the\s+)?(?:${ADJ}*(?:[\p{Lu}][\p{L}-]+\s+)?${ADJ}*(${KIND_WORD})\s+of\s+)?(${PROPER})`,
  'gu',
);
/** A word that describes a taker rather than naming it: "Islamist-led", "Russian", "Israeli". */
const ADJECTIVE = /(?:-(?:led|backed|based|aligned|allied|linked)|ist|ian|ese|ish|i)$/;
/** Words before the verb that make it an intention, not a capture. */
const NOT_DONE =
  /\b(?:to|will|would|could|might|may|can|must|shall|aims?|aiming|seeks?|seeking|plans?|planning|tries|tried|trying|attempts?|bid|vowed|threatens?|threatening|intends?|hopes?|failed)\s+(?:\w+\s+)?$/i;
/** Objects that are not places on a map. */
const NOT_PLACE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|It|They|He|She|We|Headquarters|Division|Brigade|Battalion)\b/;
const KIND_OF: Record<string, PlaceKind> = {
  town: 'town',
  city: 'city',
  capital: 'city',
  village: 'village',
  settlement: 'village',
  locality: 'village',
  port: 'city',
};
/** A speech verb after the capture: the sentence reports one side's word for it. */
const ATTRIBUTED =
  /\b(?:said|says|announced|announces|claimed|claims|declared|stated|reported|confirmed|according to)\b/i;
const INDEPENDENT =
  /\b(?:residents|witnesses|journalists|correspondents?|monitor|observatory|analysts?|satellite)\b/i;

interface Ctx {
  conflict: Conflict;
  published: string | null;
  orgs: OrganisationIndex;
}

/**
 * The places taken in each sentence, as control figures; places and parties the conflict does
 * not list are added to `newPlaces` / `newParties`. `skip` holds the sentences already read
 * by the control rules for the same place (those figures stand).
 */
export function extractCaptures(
  sentences: readonly Sentence[],
  ctx: Ctx,
  already: readonly DraftControl[] = [],
): CaptureResult {
  const out: CaptureResult = { control: [], newPlaces: [], newParties: [] };
  const lex = partyLexicon(ctx.conflict);
  const placeIds = new Set([
    ...(ctx.conflict.places ?? []).map((p) => p.id),
    ...ctx.conflict.gazetteer.map((g) => g.target),
    ...ctx.conflict.regionGroups.map((g) => g.id),
    ctx.conflict.country.id,
  ]);
  const partyIds = new Set(ctx.conflict.parties.map((p) => p.id));

  const placeFor = (name: string, kindWord: string | undefined): string | null => {
    const lc = name.toLowerCase();
    const known = (ctx.conflict.places ?? []).find((p) =>
      [p.name, ...p.aliases].some((n) => n.toLowerCase() === lc),
    );
    if (known) return known.id;
    const region = findPlaceMentions(ctx.conflict, name).find((m) => m.name.length === name.length);
    // "captured Kherson" may mean the city or the region: a region's name is left to the control
    // rules; "the city of Kherson" is the city.
    if (region && !(kindWord && KIND_OF[kindWord])) return null;
    const added = out.newPlaces.find((p) => p.name.toLowerCase() === lc);
    if (added) return added.id;
    let id = slugify(name);
    for (let n = 2; placeIds.has(id); n++) id = `${slugify(name)}-${n}`;
    placeIds.add(id);
    const kind = kindWord ? KIND_OF[kindWord] : /\bairport$/i.test(name) ? 'site' : undefined;
    out.newPlaces.push({ id, name, ...(kind ? { kind } : {}) });
    return id;
  };

  const partyForOrg = (o: Organisation): string => {
    if (o.party) return o.party;
    const known = out.newParties.find((p) => p.name === o.name);
    if (known) return known.id;
    let id = slugify(o.name);
    for (let n = 2; partyIds.has(id); n++) id = `${slugify(o.name)}-${n}`;
    partyIds.add(id);
    out.newParties.push({ id, name: o.name, aliases: [...o.aliases] });
    o.party = id;
    return id;
  };

  /** The party doing the taking, from the words before the verb. */
  const partyBefore = (before: string, participle = false): string | null => {
    // "M23 rebels, aided by Rwandan forces, have captured Bukavu after previously seizing Goma":
    // a gerund's subject is the sentence's.
    const gerundOf = /\b(?:after|before|while|by)\s+(?:previously\s+|also\s+)?$/i.test(before);
    // "The Houthi movement which seized …": the noun the relative clause is about.
    const rel = /^(.*?)\s+(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$/i.exec(before)?.[1];
    // The subject is the last clause's: after "that", a comma or a semicolon.
    // The last clause's subject (after "that", a comma or a semicolon), passing over an aside
    // ("M23 rebels, aided by Rwandan forces, have captured …").
    const parts = before
      .split(/\bthat\b|[,;:]/)
      .map((p) => p.trim())
      .filter(Boolean);
    while (
      parts.length > 1 &&
      /^(?:aided|backed|supported|helped|joined|led)\s+by\b/i.test(parts.at(-1)!)
    )
      parts.pop();
    // "Rebels opened a new front on Thursday, seizing the town of …": the participle's subject
    // opens the sentence.
    const first = gerundOf || participle;
    let clause = (rel ?? (first ? parts[0] : undefined) ?? parts.at(-1) ?? '').trim();
    // "the insurgents led by Hayat Tahrir al-Sham": the group named.
    const ledBy = /\bled\s+by\s+(.+)$/i.exec(clause)?.[1];
    if (ledBy) clause = ledBy.trim();
    if (!clause) return null;
    lex.re.lastIndex = 0;
    const words = [...clause.matchAll(lex.re)].filter((w) => w[0].length > 0);
    const last = first ? words[0] : words[words.length - 1];
    const byName = last ? lex.party(last[0]) : null;
    if (byName) return byName;
    const subject = clause
      .replace(/\s+(?:and\s+(?:its|their)\s+allies)$/i, '')
      .replace(
        /\s+(?:forces|troops|fighters|units|soldiers|rebels|militants|insurgents|militia|paramilitaries)$/i,
        '',
      );
    const generic = /^(?:the\s+)?(?:rebels|insurgents|militants|fighters|group|they|it)$/i.test(
      subject,
    );
    // "the Houthis", "Hamas": one capitalised word taking a place names a group.
    const single = /^(?:[Tt]he\s+)?([\p{Lu}][\p{L}’'-]+)$/u.exec(subject)?.[1];
    // "Congo rebels", "Houthi rebels": fighters described, not named — the group the article
    // last named, else the word before them.
    const described =
      subject !== clause &&
      /(?:rebels|insurgents|militants|fighters|paramilitaries)$/i.test(clause);
    const org =
      (generic ? ctx.orgs.resolve('it') : ctx.orgs.resolve(subject)) ??
      (described ? ctx.orgs.resolve('it') : null) ??
      (single && !generic && !NOT_PLACE.test(single) && !ADJECTIVE.test(single)
        ? ctx.orgs.named(single)
        : null) ??
      ctx.orgs.mentionsIn(clause).pop() ??
      null;
    return org ? partyForOrg(org) : null;
  };

  for (const s of sentences) {
    const masked = maskDateline(maskQuotes(s.text));
    for (const o of ctx.orgs.mentionsIn(masked)) ctx.orgs.touch(o);
    const found = [...masked.matchAll(CAPTURE), ...masked.matchAll(NOMINAL)].sort(
      (a, b) => a.index - b.index,
    );
    for (const m of found) {
      const nominal = m[0].includes('capture of');
      // "The Houthis’ capture of …": the owner is the taker; without one ("the capture of
      // Aleppo") nobody is named.
      const owner = nominal
        ? /((?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]*)*)[’'](?:s)?\s+$/u.exec(
            masked.slice(0, m.index),
          )?.[1]
        : undefined;
      if (nominal && !owner) continue;
      const before = owner ?? masked.slice(0, m.index);
      if (!nominal && NOT_DONE.test(before)) continue;
      // "Hama’s prison", "Aleppo’s airport": a part of the place, not the place.
      if (/[’']s$/.test(m[3] ?? '')) continue;
      const name = (m[3] ?? '')
        .replace(/[’']s$/, '')
        .replace(/[.]+$/, '')
        .trim();
      const after = masked.slice(m.index + m[0].length);
      // "Hama’s prison", "Aleppo’s airport": a part of the place, not the place.
      if (/^[’']s\b/.test(after) || !name || NOT_PLACE.test(name)) continue;
      // "captured the Kherson region": a region's share is the control rules' to read.
      if (/^\s+(?:region|oblast|province|state|governorate|district)\b/i.test(after)) continue;
      const participle =
        /,\s*$/.test(before) &&
        /^(?:capturing|seizing|overrunning|retaking|recapturing)\b/i.test(m[1] ?? '');
      const controller = partyBefore(before, participle);
      if (!controller) continue;
      const targets = [name];
      // "captured Paletwa, Pauktaw and Kyauktaw": a list of places, closed by "and".
      const list = LIST.exec(after)?.[0];
      if (list)
        for (const item of list.matchAll(LIST_ITEM))
          targets.push((item[1] ?? '').replace(/[.]+$/, ''));
      // The capture's day: a date after the verb ("took Myebon on Thursday"), else one before it
      // in the sentence ("On Friday, the M23 announced that it had seized …").
      const own =
        findDates(masked.slice(m.index), ctx.published)[0]?.date ??
        findDates(before, ctx.published).pop()?.date;
      // A day read after the article's ("two days after losing it") is a misreading: the article's stands in.
      const late = own?.value && ctx.published && own.value.slice(0, 10) > ctx.published;
      const asOf: FuzzyDate = own && !late ? own : publicationDate(ctx.published);
      const claimed = ATTRIBUTED.test(masked) && !INDEPENDENT.test(masked);
      const claimant = claimed
        ? (trailingAttribution(masked)?.speaker.trim() ??
          /^(?:.*?[,;]\s+)?(.{2,80}?)\s+(?:said|says|announced|claimed|declared|stated|confirmed)\b/i
            .exec(before)?.[1]
            ?.trim() ??
          ctx.conflict.parties.find((p) => p.id === controller)?.name ??
          out.newParties.find((p) => p.id === controller)?.name ??
          controller)
        : undefined;
      for (const t of targets) {
        const target = placeFor(t, m[2]);
        if (!target) continue;
        if (already.some((c) => c.sentence === s && c.target === target)) continue;
        if (out.control.some((c) => c.sentence === s && c.target === target)) continue;
        out.control.push({
          target,
          controller,
          measure: { kind: 'all', text: m[1] ?? 'captured' },
          asOf,
          status: claimed ? 'claimed' : 'assessed',
          ...(claimant ? { claimant } : {}),
          sentence: s,
          span: [s.start + m.index, s.start + m.index + m[0].length],
          confidence: 0,
          rule: `a completed capture (“${m[1]}”)`,
        });
      }
    }
  }
  return out;
}
