import type { Conflict, FuzzyDate, Measure } from '../schema';
import { findPlaceMentions, type PlaceMention } from '../dataset/gazetteer';
import { beforePublication, findDates, publicationDate } from './dates';
import { maskQuotes } from './statements';
import type { Sentence } from './text';

export interface DraftControl {
  target: string;
  controller: string;
  measure: Measure;
  asOf: FuzzyDate;
  areaKm2?: number;
  status: 'assessed' | 'claimed';
  claimant?: string;
  sentence: Sentence;
  span: [number, number];
  confidence: number;
  rule: string;
}

export interface DraftEvent {
  title: string;
  date: FuzzyDate;
  regions: string[];
  sentence: Sentence;
  span: [number, number];
  confidence: number;
}

export interface DraftClaim {
  claimant: string;
  regions: string[];
  text: string;
  sentence: Sentence;
  span: [number, number];
  confidence: number;
}

export interface ControlResult {
  control: DraftControl[];
  events: DraftEvent[];
  claims: DraftClaim[];
  /** What the reader should know: figures seen but not recorded, and why. */
  notes: string[];
}

/** Capitals and institutions that stand for a country's government in news English. */
const METONYMS: Record<string, string[]> = {
  russia: ['Moscow', 'the Kremlin', 'Kremlin'],
  ukraine: ['Kyiv', 'Kiev'],
  'united-states': ['Washington', 'the US', 'the U.S.', 'the United States'],
};

/** Names a party goes by as a grammatical subject: name, short name, demonym + forces, capital. */
export function partyLexicon(conflict: Conflict): { re: RegExp; party: (s: string) => string | null } {
  const entries: { word: string; id: string }[] = [];
  for (const p of conflict.parties) {
    const names = [p.name, ...(p.shortName ? [p.shortName] : []), ...(METONYMS[p.id] ?? [])];
    const demonym = p.name.endsWith('a') ? `${p.name}n` : p.name.endsWith('e') ? `${p.name.slice(0, -1)}ian` : null;
    for (const n of names) entries.push({ word: n, id: p.id });
    if (demonym) {
      for (const noun of ['forces', 'troops', 'army', 'military', 'units', 'soldiers', 'government']) entries.push({ word: `${demonym} ${noun}`, id: p.id });
      entries.push({ word: demonym, id: p.id });
    }
  }
  entries.sort((a, b) => b.word.length - a.word.length);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])(?:${entries.map((e) => esc(e.word)).join('|')})(?![\\p{L}])`, 'gu');
  return {
    re,
    party: (s) => entries.find((e) => e.word === s)?.id ?? null,
  };
}

const HOLD = String.raw`(?:(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?(?:taken|captured|seized|occupied|gained|annexed|held|controlled))|controls|control|controlled|holds|hold|held|occupies|occupy|occupied|took|captured|seized|annexed`;
const CHANGE = String.raw`recaptured|retook|retaken|liberated|regained|has\s+recaptured|have\s+recaptured|has\s+liberated|have\s+liberated`;
const WITHDREW = String.raw`withdrew\s+from|withdrawn\s+from|retreated\s+from|pulled\s+out\s+of`;
const CLAIMED_FULL = String.raw`(?:has\s+|have\s+)?(?:claimed|claims|announced|announces|declared|declares)\s+(?:full|complete|total)\s+control\s+(?:of|over)`;
const VERB = new RegExp(String.raw`\b(?:(${CHANGE})|(${WITHDREW})|(${CLAIMED_FULL})|(${HOLD}))\b`, 'gi');

const QUAL = String.raw`approximately|about|around|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated|more\s+than|over|at\s+least|upwards\s+of|just\s+over|less\s+than|under|fewer\s+than|just\s+under|up\s+to|no\s+more\s+than|exactly`;
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PCT = String.raw`(?:\s?%|\s?per\s?cent|\s?percent)`;

function qualKind(q: string | undefined): 'exact' | 'approximately' | 'more-than' | 'less-than' {
  const w = (q ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!w || w === 'exactly') return 'exact';
  if (['more than', 'over', 'at least', 'upwards of', 'just over'].includes(w)) return 'more-than';
  if (['less than', 'under', 'fewer than', 'just under', 'up to', 'no more than'].includes(w)) return 'less-than';
  return 'approximately';
}

const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5, sixth: 1 / 6, seventh: 1 / 7, eighth: 1 / 8, tenth: 1 / 10,
  thirds: 1 / 3, quarters: 1 / 4, fifths: 1 / 5, tenths: 1 / 10,
};
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

/**
 * Reads the figure that ends `gap` (the words just before a place): "approximately 80 percent
 * of the", "more than a fifth of", "smaller parts of the", "1,200 square kilometres in".
 * Returns null when the gap ends in no figure.
 */
export function measureBefore(gap: string): { measure: Measure; areaKm2?: number; at: number } | null {
  const tail = String.raw`\s+(?:of|in)\s+(?:the\s+)?(?:region\s+of\s+|province\s+of\s+)?$`;
  const num = (s: string) => Number(s.replace(/,/g, ''));
  let m = new RegExp(String.raw`(?:between\s+)?(${NUM})${PCT}?\s*(?:and|to|–|-)\s*(${NUM})${PCT}${tail}`, 'i').exec(gap);
  if (m && m[1] && m[2]) {
    const [a, b] = [num(m[1]), num(m[2])];
    return { measure: { kind: 'range', min: Math.min(a, b), max: Math.max(a, b), unit: 'percent', text: m[0].replace(new RegExp(tail), '').trim() }, at: m.index };
  }
  m = new RegExp(String.raw`(?:(${QUAL})\s+)?(${NUM})${PCT}${tail}`, 'i').exec(gap);
  if (m && m[2]) {
    return { measure: { kind: qualKind(m[1]), value: num(m[2]), unit: 'percent', text: m[0].replace(new RegExp(tail), '').trim() }, at: m.index };
  }
  m = new RegExp(String.raw`(?:(${QUAL})\s+)?(${NUM})\s*(?:square\s+kilomet(?:re|er)s|sq\.?\s*km|km2|km²)${tail}`, 'i').exec(gap);
  if (m && m[2]) {
    const value = num(m[2]);
    return { measure: { kind: qualKind(m[1]), value, unit: 'km2', text: m[0].replace(new RegExp(tail), '').trim() }, areaKm2: value, at: m.index };
  }
  m = new RegExp(String.raw`(?:(${QUAL})\s+)?\b(?:(a|an|one|two|three|four)[\s-])?(half|third|quarter|fifth|sixth|seventh|eighth|tenth|thirds|quarters|fifths|tenths)${tail}`, 'i').exec(gap);
  if (m && m[3] && (m[2] || /^half$/i.test(m[3]))) {
    const share = (COUNTS[(m[2] ?? 'a').toLowerCase()] ?? 1) * (FRACTIONS[m[3].toLowerCase()] ?? 0);
    const value = Math.round(share * 1000) / 10;
    const exactShare = Number.isInteger(share * 100);
    const kind = m[1] ? qualKind(m[1]) : exactShare ? 'exact' : 'approximately';
    return { measure: { kind, value, unit: 'percent', text: m[0].replace(new RegExp(tail), '').trim() }, at: m.index };
  }
  const words: [RegExp, Measure['kind']][] = [
    [/\b(nearly all|almost all|virtually all|practically all|the vast majority)(?:\s+of)?\s+(?:the\s+)?$/i, 'most'],
    [/\b(all|the whole|the entire|entire|whole)(?:\s+of)?\s+(?:the\s+)?$/i, 'all'],
    [/\b(most|the majority|the bulk|much)\s+of\s+(?:the\s+)?$/i, 'most'],
    [/\b(smaller parts|small parts|parts|part|a small part|a sliver|slivers|a fraction|pockets|small areas|a foothold)\s+(?:of|in)\s+(?:the\s+)?$/i, 'partial'],
  ];
  for (const [re, kind] of words) {
    const w = re.exec(gap);
    if (w && w[1]) {
      if (kind === 'most' && /^much$/i.test(w[1])) continue; // "much of" is too vague to record
      return { measure: { kind, text: w[1] } as Measure, at: w.index };
    }
  }
  return null;
}

interface PlaceList {
  targets: string[];
  names: string[];
  start: number;
  end: number;
  /** Places that only define the head ("– comprising Donetsk and Luhansk –"). */
  defines?: string[];
  combined: boolean;
  city: boolean;
  /** The text says "region", "oblast" or "province" (so not the city of the same name). */
  regionWord?: boolean;
}

/** Groups place mentions into coordinated lists ("Zaporizhzhia and Kherson", "the Mykolaiv and Kharkiv regions"). */
function placeLists(text: string, places: PlaceMention[], offset: number): PlaceList[] {
  const lists: PlaceList[] = [];
  let i = 0;
  while (i < places.length) {
    const first = places[i];
    if (!first) break;
    const list: PlaceList = { targets: [first.target], names: [first.name], start: first.index - offset, end: first.index - offset + first.name.length, combined: false, city: false };
    i++;
    for (;;) {
      const nxt = places[i];
      if (!nxt) break;
      const between = text.slice(list.end, nxt.index - offset);
      if (/^(?:\s+(?:regions?|oblasts?|provinces?))?\s*(?:,|,?\s+and|&|,?\s+as well as|,?\s+or)\s+(?:the\s+)?$/i.test(between)) {
        list.targets.push(nxt.target);
        list.names.push(nxt.name);
        list.end = nxt.index - offset + nxt.name.length;
        i++;
        continue;
      }
      // "the Donbas region – comprising Donetsk and Luhansk –"
      if (/^(?:\s+(?:region|area|oblast))?\s*[–—(,-]\s*(?:comprising|consisting of|made up of|which (?:includes|comprises)|including|i\.e\.)\s+(?:the\s+)?$/i.test(between)) {
        const defines: string[] = [];
        let end = list.end;
        while (places[i]) {
          const p = places[i];
          if (!p) break;
          const gap = text.slice(end, p.index - offset);
          if (defines.length && !/^(?:\s+(?:regions?|oblasts?))?\s*(?:,|,?\s+and|&)\s+(?:the\s+)?$/i.test(gap)) break;
          defines.push(p.target);
          end = p.index - offset + p.name.length;
          i++;
        }
        list.defines = defines;
        const close = /^(?:\s+(?:regions?|oblasts?|provinces?))?\s*[–—)-]/.exec(text.slice(end));
        list.end = close ? end + close[0].length : end;
        break;
      }
      break;
    }
    const after = text.slice(list.end, list.end + 40);
    const before = text.slice(Math.max(0, list.start - 20), list.start);
    const suffix = /^\s*(regions?|oblasts?|provinces?)\b/i.exec(after);
    if (suffix) list.end += suffix[0].length;
    list.regionWord = !!suffix || list.names.some((n) => /\b(region|oblast|province|republic)\b/i.test(n)) || /\b(region|oblast|province)s? of\s+(the\s+)?$/i.test(before);
    list.combined = /^(?:\s+(?:regions?|oblasts?|provinces?))?\s+(combined|together|taken together|as a whole)\b/i.test(text.slice(list.end, list.end + 40)) || /^\s*(combined|together)\b/i.test(text.slice(list.end));
    list.city = /\b(city|town|port|village) of\s+(the\s+)?$/i.test(before) || /^\s+city\b/i.test(after);
    lists.push(list);
  }
  return lists;
}

const MODAL_BEFORE = /\b(to|must|should|would|could|will|may|might|cannot|can't|won't|wants? to|demand(?:s|ed)?)\s+(?:\w+\s+){0,2}$/i;
const HEDGE_BEFORE = /\b(partially|partly|largely|mostly)\s+$/i;
const PRESENT = /^(controls|control|holds|hold|occupies|occupy|has|have)\b/i;

/**
 * Control figures, changes of control (events) and territorial claims in one sentence.
 * Rules: the controller is the party that is the subject of a holding verb ("Russia controls",
 * "Russian forces have taken", "which it annexed"); each coordinated list of places after the
 * verb gets the figure just before it ("more than 70 percent of Zaporizhzhia and Kherson" →
 * each); a named composite ("the Donbas region – comprising Donetsk and Luhansk –") is one
 * figure for the group; a city is not its region; "recaptured" is a change, not a holding;
 * "partially controls" gives no figure; a demand ("must withdraw from") is not a fact.
 */
export function extractControl(sentences: readonly Sentence[], conflict: Conflict, published: string | null): ControlResult {
  const res: ControlResult = { control: [], events: [], claims: [], notes: [] };
  const lex = partyLexicon(conflict);
  const groups = conflict.regionGroups;
  const partyName = (id: string) => conflict.parties.find((p) => p.id === id)?.name ?? id;

  for (const s of sentences) {
    const masked = maskQuotes(s.text);
    const partyHits = [...masked.matchAll(lex.re)]
      .map((m) => ({ id: lex.party(m[0]) ?? '', index: m.index, end: m.index + m[0].length }))
      // "Ukraine's territory" names a place, not an actor.
      .filter((p) => !/^(?:[’']s)?\s+(?:own\s+)?(?:territory|land|soil|borders?|regions|cities|sovereignty|east|south|north|west|frontier)\b/i.test(masked.slice(p.end)));
    if (!partyHits.length) continue;

    // Territorial claims and demands.
    const claimRe = /\bterritorial claims?\b|\b(?:claims?|claimed|considers|considered|regards|regarded)\s+(?=[^.]*?\s+as\s+(?:its\s+own|(?:a\s+)?part\s+of\s+\w+|\w+\s+territory)\b)|\b(?:insists?|insisted|demands?|demanded|wants?)\b[^.]*?\bwithdraw(?:\s+\w+){0,2}\s+from\b/i;
    const cm = claimRe.exec(masked);
    if (cm) {
      const subj = [...partyHits].filter((p) => p.index < cm.index).pop();
      const tail = /withdraw/i.test(cm[0]) ? cm.index + cm[0].length : cm.index;
      const places = findPlaceMentions(conflict, masked.slice(tail)).filter((p) => p.target !== conflict.country.id);
      if (subj && places.length) {
        res.claims.push({
          claimant: subj.id,
          regions: [...new Set(places.map((p) => p.target))],
          text: s.text.trim(),
          sentence: s,
          span: [s.start, s.end],
          confidence: 0.6,
        });
      }
      if (/withdraw/i.test(cm[0])) continue; // a demand, not a report of control
    }

    underControl(s, masked, conflict, lex, published, res);

    const verbs = [...masked.matchAll(VERB)].map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length, change: !!m[1], withdrew: !!m[2], claimedFull: !!m[3] }));
    let lastSubject: string | null = null;
    let lastTargets: { targets: string[]; start: number; end: number } | null = null;
    verbs.forEach((v, vi) => {
      const nextStart = verbs[vi + 1]?.index ?? masked.length;
      const before = masked.slice(0, v.index);
      const claimsTo = /\bclaim(?:s|ed)?\s+to\s+(?:have\s+)?$/i.test(before);
      if (!claimsTo && MODAL_BEFORE.test(before) && !/\b(has|have|had)\s+$/.test(before)) return;
      if (HEDGE_BEFORE.test(before)) {
        return;
      }
      // Subject: the nearest party before the verb in this clause, or "it/they" → the last one.
      const clauseStart = vi > 0 ? (verbs[vi - 1]?.end ?? 0) : 0;
      const subj = partyHits.filter((p) => p.index >= clauseStart && p.index < v.index).pop();
      const pronoun = /\b(it|they|its forces|its troops)\s+(?:\w+\s+)?$/i.test(before) || /\band\s+(?:has|have)\s*$/i.test(before + ' ').valueOf();
      const andContinues = /\b(and|,)\s*(?:has|have|had)?\s*$/i.test(masked.slice(clauseStart, v.index)) && lastSubject;
      const itBefore = /\b(it|they|its forces|its troops)\s+(?:\w+\s+)?$/i.test(before);
      const controller = (itBefore && lastSubject ? lastSubject : subj?.id) ?? (pronoun || andContinues ? lastSubject : null) ?? (vi > 0 ? lastSubject : null);
      if (!controller) return;
      if (/^by\b/i.test(masked.slice(v.end).trim())) return; // passive: "controlled by"
      lastSubject = controller;
      const spanText = masked.slice(v.end, nextStart);
      const places = findPlaceMentions(conflict, spanText).map((p) => ({ ...p, index: p.index + v.end }));
      const spanDates = findDates(spanText, published);
      const beforeDates = findDates(masked.slice(clauseStart, v.index), published);
      // Present and present perfect ("controls", "has since taken") speak of publication time;
      // a simple past ("took") needs a date of its own in its clause.
      // "X said its forces had captured …": the past perfect of reported speech speaks of the
      // time of the report.
      const present = PRESENT.test(v.text) || (/^had\b/i.test(v.text) && /\b(said|says|claimed|claims|stated|announced|reported)\b/i.test(before));
      // A present holding takes a date only when the text pins it ("as of 1 June"); other dates
      // in the clause belong to other figures ("up from 7% before February 2022").
      const pinned = present && !v.claimedFull ? spanDates.find((d) => /\b(as of|as at|as on)\s*$/i.test(spanText.slice(0, spanText.indexOf(d.text)))) : spanDates[0];
      const asOf: FuzzyDate = pinned?.date
        ?? (present ? publicationDate(published) : beforeDates[0]?.date ?? findDates(masked, published)[0]?.date ?? beforePublication(published, `“${v.text}”: past, with no date in the text`));

      let lists = placeLists(masked, places, 0);
      // "which it annexed" → the place before "which".
      if (!lists.length && /\bwhich\s+(?:it|they|\w+)?\s*$/i.test(masked.slice(clauseStart, v.index)) && lastTargets) {
        lists = [{ targets: lastTargets.targets, names: [], start: lastTargets.start, end: lastTargets.end, combined: false, city: false }];
        if (!v.change && !v.withdrew) {
          for (const t of lastTargets.targets) {
            res.control.push({
              target: t, controller, measure: { kind: 'all', text: v.text.trim() + (spanDates[0] ? ` ${spanDates[0].text}` : '') }, asOf, status: 'assessed',
              sentence: s, span: [s.start + v.index, s.start + v.end], confidence: 0.6, rule: 'holding verb whose object is the place named before “which”',
            });
          }
          if (/annex/i.test(v.text) && spanDates[0]) {
            res.events.push({ title: `${partyName(controller)} annexes ${lastTargets.targets.map((t) => placeName(conflict, t)).join(', ')}`, date: spanDates[0].date, regions: lastTargets.targets, sentence: s, span: [s.start + v.index, s.start + v.end], confidence: 0.6 });
          }
        }
        return;
      }
      let cursor = v.end;
      for (const list of lists) {
        const gapStart = cursor;
        const gap = masked.slice(cursor, list.start);
        cursor = list.end;
        const fig = measureBefore(gap);
        const directObject = /^\s*(?:the\s+)?$/i.test(gap);
        if (list.city) {
          if (v.change) {
            res.events.push({ title: `${partyName(controller)} ${v.text.replace(/^(has|have)\s+/i, '').toLowerCase()} the city of ${list.names.join(', ')}`, date: spanDates[0]?.date ?? beforeDates[0]?.date ?? findDates(masked, published)[0]?.date ?? publicationDate(published), regions: [], sentence: s, span: [s.start + v.index, s.start + list.end], confidence: 0.55 });
          }
          res.notes.push(`“${s.text.slice(list.start, list.end)}” names a city, not its region: no regional figure recorded.`);
          continue;
        }
        let targets = list.targets.filter((t) => t !== conflict.country.id || list.targets.length === 1);
        if (list.defines?.length) {
          const head = targets[targets.length - 1];
          const group = groups.find((g) => g.id === head) ?? groups.find((g) => sameSet(g.members, list.defines ?? []));
          if (!group) {
            res.notes.push(`A composite region is defined in the text (${list.defines.join(' + ')}) but the conflict has no such group: add it to conflict.json to record the figure.`);
            continue;
          }
          targets = [...targets.slice(0, -1), group.id];
        }
        if (list.combined && targets.length > 1) {
          const group = groups.find((g) => sameSet(g.members, targets));
          if (!group) {
            res.notes.push(`A figure for ${targets.join(' + ')} “combined” has no matching region group: not recorded.`);
            continue;
          }
          targets = [group.id];
        }
        lastTargets = { targets, start: list.start, end: list.end };
        if (v.change) {
          res.events.push({
            title: `${partyName(controller)} ${v.text.replace(/^(has|have)\s+/i, '').toLowerCase()} ${targets.map((t) => placeName(conflict, t)).join(', ')}`,
            date: spanDates[0]?.date ?? beforeDates[0]?.date ?? publicationDate(published),
            regions: targets,
            sentence: s,
            span: [s.start + v.index, s.start + list.end],
            confidence: 0.6,
          });
          continue;
        }
        let measure: Measure | null = null;
        let areaKm2: number | undefined;
        const bare = !list.regionWord && targets.some((t) => !groups.some((g) => g.id === t) && t !== conflict.country.id);
        if (v.withdrew && bare) {
          res.notes.push(`“${v.text} ${list.names.join(' and ')}” may mean the city of that name, not the whole region: no figure recorded.`);
          continue;
        }
        if (v.withdrew) measure = fig ? null : { kind: 'none', text: v.text.trim() };
        else if (fig) {
          measure = fig.measure;
          areaKm2 = fig.areaKm2;
        } else if (v.claimedFull && directObject) {
          measure = { kind: 'all', text: v.text.replace(/^(has|have)\s+/i, '').trim() };
        } else if (directObject) {
          // "captured Kherson" may mean the city: a bare oblast name taken whole is left to the reader.
          if (bare) {
            res.notes.push(`“${v.text} ${list.names.join(' and ')}” may mean the city of that name, not the whole region: no figure recorded.`);
            continue;
          }
          measure = { kind: 'all', text: `${v.text.trim()} ${list.names.join(' and ')}`.trim() };
        }
        if (!measure) continue;
        if (overHundred(measure)) {
          res.notes.push(`“${measure.text ?? ''}” is over 100 percent: not recorded.`);
          continue;
        }
        const claimed = v.claimedFull ? masked.slice(clauseStart, v.index).trim().replace(/^(?:and|but|while)\s+/i, '') || partyName(controller) : claimedBy(masked.slice(0, v.index), conflict, lex);
        for (const t of targets) {
          res.control.push({
            target: t,
            controller,
            measure,
            asOf,
            ...(areaKm2 !== undefined ? { areaKm2 } : {}),
            status: claimed ? 'claimed' : 'assessed',
            ...(claimed ? { claimant: claimed } : {}),
            sentence: s,
            span: [s.start + (fig ? gapStart + fig.at : v.index), s.start + list.end],
            confidence: fig ? 0.8 : 0.65,
            rule: fig ? `figure “${measure.text ?? ''}” before the place` : v.withdrew ? 'withdrawal: none held' : 'place as the object of a holding verb: all',
          });
        }
      }
    });
  }
  return res;
}

/**
 * "Most of the Kherson region remains under Russian control", "Crimea is fully under Russian
 * occupation": the place is the subject, the party an adjective.
 */
function underControl(s: Sentence, masked: string, conflict: Conflict, lex: ReturnType<typeof partyLexicon>, published: string | null, res: ControlResult) {
  const re = /\b(?:is|are|was|were|remains?|remained|has been|have been|stays?)\s+(?:now\s+|still\s+|firmly\s+)?(fully\s+|entirely\s+|completely\s+|largely\s+|mostly\s+|partly\s+|partially\s+)?under\s+([\p{Lu}][\p{L}]+)\s+(?:military\s+)?(?:control|occupation)\b/giu;
  let clauseStart = 0;
  for (const m of masked.matchAll(re)) {
    const word = m[2] ?? '';
    const controller = lex.party(word);
    const subject = masked.slice(clauseStart, m.index);
    clauseStart = m.index + m[0].length;
    if (!controller) continue;
    const places = findPlaceMentions(conflict, subject);
    const lists = placeLists(subject, places, 0);
    const list = lists[lists.length - 1];
    if (!list || list.city) continue;
    const rest = subject.slice(list.end);
    // The place must be the subject, right before the verb: not "the plant in Zaporizhzhia's …".
    if (rest.trim().length > 12 || /\b(plant|station|airport|port|dam|bridge|base|city|town|village)\b/i.test(rest)) continue;
    const adverb = (m[1] ?? '').trim().toLowerCase();
    if (adverb === 'partly' || adverb === 'partially') continue;
    const fig = measureBefore(subject.slice(0, list.start));
    const measure: Measure = fig?.measure ?? (adverb === 'largely' || adverb === 'mostly' ? { kind: 'most', text: `${adverb} under ${word} control` } : { kind: 'all', text: `${adverb ? adverb + ' ' : ''}under ${word} control` });
    if (overHundred(measure)) continue;
    const isPast = /^(was|were|remained)\b/i.test(m[0]);
    const date = findDates(masked.slice(m.index, m.index + m[0].length + 40), published)[0]?.date;
    const asOf: FuzzyDate = isPast ? (date ?? beforePublication(published, 'past, with no date in the text')) : publicationDate(published);
    const at = clauseStart - m[0].length - subject.length;
    for (const target of list.targets) {
      res.control.push({
        target, controller, measure, asOf, ...(fig?.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}), status: 'assessed',
        sentence: s, span: [s.start + at + (fig ? fig.at : list.start), s.start + clauseStart], confidence: 0.65, rule: '“under … control” with the place as subject',
      });
    }
  }
}

/** A share over 100 percent cannot be right: such a figure is left out. */
function overHundred(m: Measure): boolean {
  if (m.kind === 'range') return m.unit === 'percent' && m.max > 100;
  return 'value' in m && m.unit === 'percent' && m.value > 100;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function placeName(conflict: Conflict, id: string): string {
  const g = conflict.regionGroups.find((x) => x.id === id);
  if (g) return g.name;
  return conflict.gazetteer.find((e) => e.target === id)?.names[0] ?? id;
}

/**
 * When a party's own side is the source ("Russia's defence ministry said its forces had taken
 * …", "Moscow claims to control …"), the figure is claimed, not assessed.
 */
function claimedBy(before: string, conflict: Conflict, lex: ReturnType<typeof partyLexicon>): string | null {
  const m = /(^|[,;]\s*)([^,;]{2,80}?)\s+(?:said|says|claimed|claims|announced|stated|insisted)\b(?:\s+that)?[^,;]*$/i.exec(before);
  if (!m || !m[2]) {
    const c = /\b([\p{Lu}][\p{L}’' ]{1,60}?)\s+claims?\s+to\s+$/u.exec(before);
    return c?.[1]?.trim() ?? null;
  }
  const who = m[2].trim();
  lex.re.lastIndex = 0;
  const party = [...who.matchAll(lex.re)][0];
  if (party) return who;
  void conflict;
  return null;
}
