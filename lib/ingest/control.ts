import type { Conflict, FuzzyDate, Measure } from '../schema';
import { findPlaceMentions, type PlaceMention } from '../dataset/gazetteer';
import { beforePublication, findDates, publicationDate } from './dates';
import { readInterview, interviewLabel } from './interview';
import { maskDateline } from './metadata';
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
export function partyLexicon(conflict: Conflict): {
  re: RegExp;
  party: (s: string) => string | null;
} {
  const entries: { word: string; id: string }[] = [];
  for (const p of conflict.parties) {
    const names = [p.name, ...(p.shortName ? [p.shortName] : []), ...(METONYMS[p.id] ?? [])];
    const demonym = p.name.endsWith('a')
      ? `${p.name}n`
      : p.name.endsWith('e')
        ? `${p.name.slice(0, -1)}ian`
        : null;
    for (const n of names) entries.push({ word: n, id: p.id });
    if (demonym) {
      for (const noun of [
        'forces',
        'troops',
        'army',
        'military',
        'units',
        'soldiers',
        'government',
      ])
        entries.push({ word: `${demonym} ${noun}`, id: p.id });
      entries.push({ word: demonym, id: p.id });
      entries.push({ word: `${demonym}s`, id: p.id });
    }
  }
  entries.sort((a, b) => b.word.length - a.word.length);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `(?<![\\p{L}])(?:${entries.map((e) => esc(e.word)).join('|')})(?![\\p{L}])`,
    'gu',
  );
  return {
    re,
    party: (s) => entries.find((e) => e.word === s)?.id ?? null,
  };
}

const HOLD = String.raw`(?:(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?(?:taken|captured|seized|occupied|gained|annexed|held|controlled))|controls|control|controlled|controlling|holds|hold|held|holding|occupies|occupy|occupied|occupying|took|captured|seized|annexed`;
const CHANGE = String.raw`recaptured|retook|retaken|liberated|regained|has\s+recaptured|have\s+recaptured|has\s+liberated|have\s+liberated`;
const WITHDREW = String.raw`withdrew\s+from|withdrawn\s+from|retreated\s+from|pulled\s+out\s+of|(?:has|have|had)\s+left`;
const CLAIMED_FULL = String.raw`(?:has\s+|have\s+)?(?:claimed|claims|announced|announces|declared|declares)\s+(?:full|complete|total)\s+control\s+(?:of|over)`;
const VERB = new RegExp(
  String.raw`\b(?:(${CHANGE})|(${WITHDREW})|(${CLAIMED_FULL})|(${HOLD}))\b`,
  'gi',
);

const QUAL = String.raw`approximately|about|around|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated|(?:a\s+(?:bit|little)\s+|slightly\s+|well\s+|just\s+|far\s+)?more\s+than|(?:a\s+(?:bit|little)\s+|slightly\s+|well\s+|just\s+)?(?:over|above)|at\s+least|upwards\s+of|(?:a\s+(?:bit|little)\s+|slightly\s+|well\s+|just\s+|far\s+)?less\s+than|(?:a\s+(?:bit|little)\s+|slightly\s+|well\s+|just\s+)?(?:under|below)|fewer\s+than|up\s+to|no\s+more\s+than|exactly`;
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PCT = String.raw`(?:\s?%|\s?per\s?cent|\s?percent)`;

function qualKind(q: string | undefined): 'exact' | 'approximately' | 'more-than' | 'less-than' {
  const w = (q ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!w || w === 'exactly') return 'exact';
  if (/(?:more than|over|above|at least|upwards of)$/.test(w)) return 'more-than';
  if (/(?:less than|under|below|fewer than|up to|no more than)$/.test(w)) return 'less-than';
  return 'approximately';
}

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  third: 1 / 3,
  quarter: 1 / 4,
  fifth: 1 / 5,
  sixth: 1 / 6,
  seventh: 1 / 7,
  eighth: 1 / 8,
  tenth: 1 / 10,
  thirds: 1 / 3,
  quarters: 1 / 4,
  fifths: 1 / 5,
  tenths: 1 / 10,
};
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

type FoundMeasure = { measure: Measure; areaKm2?: number; at: number; end: number };

/** The words a figure ends on before its place: "of the", "of both", "of the territory of the". */
const PLACE_TAIL = String.raw`\s+(?:of|in)\s+(?:both\s+|each\s+of\s+)?(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|(?:north|south)?(?:east|west)ern|(?:north|south)ern|eastern|western|occupied|embattled)\s+)?(?:(?:region|province|territory)\s+of\s+(?:the\s+)?)?$`;

/**
 * Reads a figure from `text`. With `tail` (a regex source), the figure must end the text in
 * those words; without it, the figure must open the text ("about 60%.", "almost entirely under
 * Russian control"), which is how a figure placed after its place reads.
 */
/** "almost all", "nearly entirely", "virtually the whole": a word measure of its own, not "most". */
function almostAll<K extends Measure['kind']>(kind: K, words: string): K | 'almost-all' {
  return kind === 'most' && /\b(almost|nearly|virtually|practically)\b/i.test(words)
    ? 'almost-all'
    : kind;
}

function readMeasure(text: string, tail: string | null): FoundMeasure | null {
  const head = tail === null ? String.raw`^\s*` : '';
  const end = tail ?? String.raw`(?![\p{L}\d])`;
  const num = (s: string) => Number(s.replace(/,/g, ''));
  const strip = (m: RegExpExecArray) =>
    tail === null ? m[0].trim() : m[0].replace(new RegExp(tail, 'iu'), '').trim();
  const found = (measure: Measure, m: RegExpExecArray, areaKm2?: number): FoundMeasure => ({
    measure,
    ...(areaKm2 !== undefined ? { areaKm2 } : {}),
    at: m.index + (m[0].length - m[0].trimStart().length),
    end: m.index + m[0].length,
  });
  let m = new RegExp(
    String.raw`${head}(?:between\s+)?(${NUM})${PCT}?\s*(?:and|to|–|-)\s*(${NUM})${PCT}${end}`,
    'iu',
  ).exec(text);
  if (m && m[1] && m[2]) {
    const [a, b] = [num(m[1]), num(m[2])];
    return found(
      { kind: 'range', min: Math.min(a, b), max: Math.max(a, b), unit: 'percent', text: strip(m) },
      m,
    );
  }
  m = new RegExp(String.raw`${head}(?:(${QUAL})\s+)?(${NUM})${PCT}${end}`, 'iu').exec(text);
  if (m && m[2])
    return found({ kind: qualKind(m[1]), value: num(m[2]), unit: 'percent', text: strip(m) }, m);
  m = new RegExp(
    String.raw`${head}(?:(${QUAL})\s+)?(${NUM})\s*(?:square\s+kilomet(?:re|er)s|sq\.?\s*km|km2|km²)${end}`,
    'iu',
  ).exec(text);
  if (m && m[2]) {
    const value = num(m[2]);
    return found({ kind: qualKind(m[1]), value, unit: 'km2', text: strip(m) }, m, value);
  }
  m = new RegExp(
    String.raw`${head}(?:(${QUAL})\s+)?\b(?:(a|an|one|two|three|four)[\s-])?(half|third|quarter|fifth|sixth|seventh|eighth|tenth|thirds|quarters|fifths|tenths)${end}`,
    'iu',
  ).exec(text);
  if (m && m[3] && (m[2] || /^half$/i.test(m[3]))) {
    const share = (COUNTS[(m[2] ?? 'a').toLowerCase()] ?? 1) * (FRACTIONS[m[3].toLowerCase()] ?? 0);
    const value = Math.round(share * 1000) / 10;
    const exactShare = Number.isInteger(share * 100);
    const kind = m[1] ? qualKind(m[1]) : exactShare ? 'exact' : 'approximately';
    return found({ kind, value, unit: 'percent', text: strip(m) }, m);
  }
  const words: [RegExp, Measure['kind']][] =
    tail !== null
      ? [
          [
            new RegExp(
              String.raw`\b(nearly all|almost all|virtually all|practically all|the vast majority|(?:almost|nearly|virtually|practically) the (?:whole|entire)(?: territory)?)(?:\s+of)?\s+(?:both\s+|each\s+of\s+)?(?:the\s+)?$`,
              'i',
            ),
            'most',
          ],
          [
            /\b(the entire territory|the whole territory|all (?:the |of the )?territory)\s+of\s+(?:the\s+)?$/i,
            'all',
          ],
          [
            /\b(all|the whole|the entire|entire|whole)(?:\s+of)?\s+(?:both\s+)?(?:the\s+)?$/i,
            'all',
          ],
          [/\b(most|the majority|the bulk|much)\s+of\s+(?:both\s+)?(?:the\s+)?$/i, 'most'],
          [
            /\b(smaller parts|small parts|parts|part|a small part|a sliver|slivers|a fraction|pockets|small areas|a foothold)\s+(?:of|in)\s+(?:both\s+)?(?:the\s+)?$/i,
            'partial',
          ],
        ]
      : [
          [
            /^\s*(nearly all|almost all|virtually all|almost entirely|nearly entirely|virtually entirely|almost completely|nearly completely|largely|mostly|the vast majority|most)\b/i,
            'most',
          ],
          [/^\s*(entirely|fully|completely|wholly|all of it|all)\b/i, 'all'],
          [/^\s*(smaller parts|small parts|parts|a sliver|slivers|pockets)\b/i, 'partial'],
        ];
  for (const [re, kind] of words) {
    const w = re.exec(text);
    if (w && w[1]) {
      if (kind === 'most' && /^much$/i.test(w[1])) continue; // "much of" is too vague to record
      return {
        measure: { kind: almostAll(kind, w[1]), text: w[1] } as Measure,
        at: w.index + (w[0].length - w[0].trimStart().length),
        end: w.index + w[0].length,
      };
    }
  }
  return null;
}

/**
 * Reads the figure that ends `gap` (the words just before a place): "approximately 80 percent
 * of the", "more than a fifth of", "smaller parts of the", "1,200 square kilometres in".
 * Returns null when the gap ends in no figure.
 */
export function measureBefore(
  gap: string,
): { measure: Measure; areaKm2?: number; at: number } | null {
  return readMeasure(gap, PLACE_TAIL);
}

/**
 * Reads the figure that opens `text` (a figure placed after its place: "Donetsk: about 60%",
 * "control of Donbas stands at roughly 80 percent"). Null when the text opens with none.
 */
export function measureOpening(
  text: string,
): { measure: Measure; areaKm2?: number; at: number; end: number } | null {
  return readMeasure(text, null);
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
function placeLists(
  text: string,
  places: PlaceMention[],
  offset: number,
  groupIds: ReadonlySet<string> = new Set(),
): PlaceList[] {
  const lists: PlaceList[] = [];
  let i = 0;
  while (i < places.length) {
    const first = places[i];
    if (!first) break;
    const list: PlaceList = {
      targets: [first.target],
      names: [first.name],
      start: first.index - offset,
      end: first.index - offset + first.name.length,
      combined: false,
      city: false,
    };
    i++;
    for (;;) {
      const nxt = places[i];
      if (!nxt) break;
      const between = text.slice(list.end, nxt.index - offset);
      if (
        /^(?:\s+(?:regions?|oblasts?|provinces?))?\s*(?:,|,?\s+and|&|,?\s+as well as|,?\s+or)\s+(?:the\s+)?$/i.test(
          between,
        )
      ) {
        list.targets.push(nxt.target);
        list.names.push(nxt.name);
        list.end = nxt.index - offset + nxt.name.length;
        i++;
        continue;
      }
      // "the Donbas region – comprising Donetsk and Luhansk –"
      // "Ukraine, including Crimea" lists a part, it does not define a composite: only a group
      // can be defined by "including".
      const definer =
        /^(?:\s+(?:region|area|oblast))?\s*[–—(,-]\s*(comprising|consisting of|made up of|which (?:includes|comprises)|including|i\.e\.)\s+(?:the\s+)?$/i.exec(
          between,
        );
      if (
        definer &&
        (!/^including$/i.test(definer[1] ?? '') ||
          groupIds.has(list.targets[list.targets.length - 1] ?? ''))
      ) {
        const defines: string[] = [];
        let end = list.end;
        while (places[i]) {
          const p = places[i];
          if (!p) break;
          const gap = text.slice(end, p.index - offset);
          if (
            defines.length &&
            !/^(?:\s+(?:regions?|oblasts?))?\s*(?:,|,?\s+and|&)\s+(?:the\s+)?$/i.test(gap)
          )
            break;
          defines.push(p.target);
          end = p.index - offset + p.name.length;
          i++;
        }
        list.defines = defines;
        const close = /^(?:\s+(?:regions?|oblasts?|provinces?))?\s*[–—),-]/.exec(text.slice(end));
        list.end = close ? end + close[0].length : end;
        break;
      }
      break;
    }
    const after = text.slice(list.end, list.end + 40);
    const before = text.slice(Math.max(0, list.start - 20), list.start);
    const suffix = /^\s*(regions?|oblasts?|provinces?)\b/i.exec(after);
    if (suffix) list.end += suffix[0].length;
    list.regionWord =
      !!suffix ||
      list.names.some((n) => /\b(region|oblast|province|republic)\b/i.test(n)) ||
      /\b(region|oblast|province)s? of\s+(the\s+)?$/i.test(before);
    list.combined =
      /^(?:\s+(?:regions?|oblasts?|provinces?))?\s+(combined|together|taken together|as a whole)\b/i.test(
        text.slice(list.end, list.end + 40),
      ) || /^\s*(combined|together)\b/i.test(text.slice(list.end));
    list.city =
      /\b(city|town|port|village) of\s+(the\s+)?$/i.test(before) || /^\s+city\b/i.test(after);
    lists.push(list);
  }
  return lists;
}

const MODAL_BEFORE =
  /\b(to|must|should|would|could|will|may|might|cannot|can't|won't|wants? to|demand(?:s|ed)?)\s+(?:\w+\s+){0,2}$/i;
const HEDGE_BEFORE = /\b(partially|partly|largely|mostly)\s+$/i;
const PRESENT =
  /^(controls|control|controlling|holds|hold|holding|occupies|occupy|occupying|has|have|includes|include|covers)\b/i;
/** A verb in a relative clause ("…Crimea, which Moscow annexed in 2014, …"): its object is the place before "which". */
const RELATIVE_BEFORE =
  /\b(?:which|whom)\s+(?:it|they|[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?\s*(?:has\s+|have\s+|had\s+)?$/u;
/** "That includes …" continues the previous sentence's holding. */
const CONTINUES = /^\s*(?:That|This|These|It)\s+(includes|include|included|covers)\b/;

/**
 * Control figures, changes of control (events) and territorial claims in one sentence.
 * Rules: the controller is the party that is the subject of a holding verb ("Russia controls",
 * "Russian forces have taken", "which it annexed"); each coordinated list of places after the
 * verb gets the figure just before it ("more than 70 percent of Zaporizhzhia and Kherson" →
 * each); a named composite ("the Donbas region – comprising Donetsk and Luhansk –") is one
 * figure for the group; a city is not its region; "recaptured" is a change, not a holding;
 * "partially controls" gives no figure; a demand ("must withdraw from") is not a fact.
 */
export function extractControl(
  sentences: readonly Sentence[],
  conflict: Conflict,
  published: string | null,
): ControlResult {
  const res: ControlResult = { control: [], events: [], claims: [], notes: [] };
  const lex = partyLexicon(conflict);
  const groups = conflict.regionGroups;
  const partyName = (id: string) => conflict.parties.find((p) => p.id === id)?.name ?? id;
  const groupIds = new Set(groups.map((g) => g.id));
  const countryWords = countryTerritory(conflict);
  const interview = readInterview(sentences, published);
  /** The targets and controller of the last figures read, for "down from …" and "That includes …". */
  // (Assigned inside `finish`, so typed by assertion: TypeScript does not follow closures.)
  let previous = null as { targets: string[]; controller: string; sentence: Sentence } | null;
  // "Now" is the publication date, or in an interview's answers the day of the interview.
  const now = (s: Sentence): FuzzyDate =>
    interview?.date && interview.answers.has(s.paragraph)
      ? {
          ...interview.date,
          basis: 'context',
          note: `${interview.date.note ? interview.date.note + '; ' : ''}the day of the interview`,
        }
      : publicationDate(published);
  const ctx: RuleCtx = { conflict, lex, published, res, groupIds, now };

  for (const s of sentences) {
    const masked = maskDateline(maskQuotes(s.text));
    const before = res.control.length;
    const partyHits = [...masked.matchAll(lex.re)]
      .map((m) => ({ id: lex.party(m[0]) ?? '', index: m.index, end: m.index + m[0].length }))
      // "Ukraine's territory" names a place, not an actor.
      .filter(
        (p) =>
          !/^(?:[’']s)?\s+(?:own\s+)?(?:territory|land|soil|borders?|regions|cities|sovereignty|east|south|north|west|frontier)\b/i.test(
            masked.slice(p.end),
          ),
      );
    // "That includes Crimea … and nearly all of the Luhansk region": the previous holder goes on.
    const continues =
      previous && previous.sentence.index >= s.index - 2 ? CONTINUES.exec(masked) : null;
    if (continues && previous) partyHits.unshift({ id: previous.controller, index: 0, end: 0 });

    // Rules that read a place and a figure without a party as subject.
    if (interview) answerFigure(s, masked, sentences, interview, ctx);
    passiveHolding(s, masked, ctx);
    labelLine(s, masked, ctx);
    controlOfAt(s, masked, ctx);
    underControl(s, masked, conflict, lex, published, res);
    const finish = () => {
      downFrom(s, masked, previous, ctx);
      const mine = res.control.slice(before);
      const last = mine[mine.length - 1];
      if (last)
        previous = {
          targets: [
            ...new Set(mine.filter((c) => c.asOf.value === last.asOf.value).map((c) => c.target)),
          ],
          controller: last.controller,
          sentence: s,
        };
    };
    if (!partyHits.length) {
      finish();
      continue;
    }

    // Territorial claims and demands.
    const claimRe =
      /\bterritorial claims?\b|\b(?:claims?|claimed|considers|considered|regards|regarded)\s+(?=[^.]*?\s+as\s+(?:its\s+own|(?:a\s+)?part\s+of\s+\w+|\w+\s+territory)\b)|\b(?:insists?|insisted|demands?|demanded|wants?)\b[^.]*?\bwithdraw(?:\s+\w+){0,2}\s+from\b/i;
    const cm = claimRe.exec(masked);
    if (cm) {
      const subj = [...partyHits].filter((p) => p.index < cm.index).pop();
      const tail = /withdraw/i.test(cm[0]) ? cm.index + cm[0].length : cm.index;
      const places = findPlaceMentions(conflict, masked.slice(tail)).filter(
        (p) => p.target !== conflict.country.id,
      );
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
      if (/withdraw/i.test(cm[0])) {
        finish();
        continue; // a demand, not a report of control
      }
    }

    // "has lost control of around 80 percent": a loss, not a holding; it gives no figure.
    const verbs = [...masked.matchAll(VERB)]
      .filter((m) => !/\b(?:lost|lose|loses|losing)\s+(?:\w+\s+)?$/i.test(masked.slice(0, m.index)))
      .map((m) => ({
        text: m[0],
        index: m.index,
        end: m.index + m[0].length,
        change: !!m[1],
        withdrew: !!m[2],
        claimedFull: !!m[3],
        includes: false,
        relative: false,
      }));
    if (continues)
      verbs.unshift({
        text: continues[1] ?? 'includes',
        index: continues[0].length - (continues[1] ?? '').length,
        end: continues[0].length,
        change: false,
        withdrew: false,
        claimedFull: false,
        includes: true,
        relative: false,
      });
    verbs.forEach((v, vi) => {
      v.relative = RELATIVE_BEFORE.test(masked.slice(verbs[vi - 1]?.end ?? 0, v.index));
    });
    let lastSubject: string | null = null;
    let lastTargets: { targets: string[]; start: number; end: number } | null = null;
    verbs.forEach((v, vi) => {
      // A relative clause ends at its comma; a main verb's objects run on past a relative clause
      // to the next main verb ("controls Crimea, which it annexed in 2014, and most of …").
      const nextVerb = v.relative
        ? verbs[vi + 1]?.index
        : verbs.slice(vi + 1).find((x) => !x.relative)?.index;
      const comma = v.relative ? masked.indexOf(',', v.end) : -1;
      const nextStart = Math.min(nextVerb ?? masked.length, comma >= 0 ? comma : masked.length);
      const before = masked.slice(0, v.index);
      const claimsTo = /\bclaim(?:s|ed)?\s+to\s+(?:have\s+)?$/i.test(before);
      if (!claimsTo && MODAL_BEFORE.test(before) && !/\b(has|have|had)\s+$/.test(before)) return;
      if (HEDGE_BEFORE.test(before)) {
        return;
      }
      // Subject: the nearest party before the verb in this clause, or "it/they" → the last one.
      const clauseStart = vi > 0 ? (verbs[vi - 1]?.end ?? 0) : 0;
      const subj = partyHits.filter((p) => p.index >= clauseStart && p.index < v.index).pop();
      const pronoun =
        /\b(it|they|its forces|its troops)\s+(?:\w+\s+)?$/i.test(before) ||
        /\band\s+(?:has|have)\s*$/i.test(before + ' ').valueOf();
      const andContinues =
        /\b(and|,)\s*(?:has|have|had)?\s*$/i.test(masked.slice(clauseStart, v.index)) &&
        lastSubject;
      const itBefore = /\b(it|they|its forces|its troops)\s+(?:\w+\s+)?$/i.test(before);
      const controller =
        (itBefore && lastSubject ? lastSubject : subj?.id) ??
        (pronoun || andContinues ? lastSubject : null) ??
        (vi > 0 ? lastSubject : null);
      if (!controller) return;
      if (/^by\b/i.test(masked.slice(v.end).trim())) return; // passive: "controlled by"
      lastSubject = controller;
      const spanText = masked.slice(v.end, nextStart);
      // A party named as a place ("…, and Ukraine recaptured …") is a subject when a verb follows it.
      const places = [...findPlaceMentions(conflict, spanText), ...countryWords(spanText)]
        .sort((a, b) => a.index - b.index)
        .map((p) => ({ ...p, index: p.index + v.end }))
        .filter(
          (p) =>
            !(
              partyHits.some((h) => h.index === p.index) &&
              verbs.some(
                (x) =>
                  x.index > p.index &&
                  /^[\s\p{L}]{0,20}$/u.test(masked.slice(p.index + p.name.length, x.index)),
              )
            ),
        );
      const spanDates = findDates(spanText, published);
      const beforeDates = findDates(masked.slice(clauseStart, v.index), published);
      // Present and present perfect ("controls", "has since taken") speak of publication time;
      // a simple past ("took") needs a date of its own in its clause.
      // "X said its forces had captured …": the past perfect of reported speech speaks of the
      // time of the report.
      const present =
        PRESENT.test(v.text) ||
        (/^had\b/i.test(v.text) &&
          /\b(said|says|claimed|claims|stated|announced|reported)\b/i.test(before));
      // A present holding takes a date only when the text pins it ("as of 1 June"); other dates
      // in the clause belong to other figures ("up from 7% before February 2022").
      const pinned =
        present && !v.claimedFull
          ? spanDates.find(
              (d) =>
                /\b(as of|as at|as on|since)\s*$/i.test(spanText.slice(0, d.index)) ||
                /^(?:since|as of)\b/i.test(d.text),
            )
          : spanDates[0];
      // "have taken 100 km² … since launching an offensive": a gain over a period, not a holding.
      const gainSince =
        /^(?:has|have)\s+(?:\w+\s+)?(?:taken|captured|seized|gained)$/i.test(v.text.trim()) &&
        /\bsince\b/i.test(spanText);
      const asOf: FuzzyDate =
        pinned?.date ??
        (present
          ? now(s)
          : (beforeDates[0]?.date ??
            findDates(masked, published)[0]?.date ??
            beforePublication(published, `“${v.text}”: past, with no date in the text`)));

      let lists = placeLists(masked, places, 0, groupIds);
      // "which it annexed" → the place before "which" (named in this clause or an earlier one).
      if (!lists.length && v.relative) {
        const whichAt = masked.slice(0, v.index).search(/,?\s*\bwhich\s+[^,]*$/);
        const head =
          whichAt >= 0
            ? placeLists(
                masked,
                findPlaceMentions(conflict, masked.slice(0, whichAt)),
                0,
                groupIds,
              ).pop()
            : undefined;
        if (
          head &&
          /^[\s,]*(?:regions?|oblasts?|provinces?)?[\s,]*$/i.test(masked.slice(head.end, whichAt))
        )
          lastTargets = { targets: head.targets, start: head.start, end: head.end };
      }
      // "In Donetsk, Russia holds a bit more than half": the place is fronted, the figure follows.
      if (!lists.length && !v.relative && !v.change) {
        const fronted =
          /^\s*(?:(?:A|Answer)\s*:\s*)?(?:In|Across|Throughout|Within)\s+(?:the\s+)?/i.exec(masked);
        const backRef = /\s+of\s+the\s+(?:region|oblast|province)\b/i.exec(spanText);
        const backFig = backRef
          ? measureBefore(spanText.slice(0, backRef.index) + ' of the ')
          : null;
        const fig = fronted
          ? (measureOpening(spanText) ??
            (backFig
              ? { ...backFig, end: backRef ? backRef.index + backRef[0].length : backFig.at }
              : null))
          : null;
        if (fronted && fig) {
          const head = placeLists(
            masked,
            findPlaceMentions(conflict, masked.slice(0, v.index)),
            0,
            groupIds,
          )[0];
          if (
            head &&
            head.start === fronted[0].length &&
            /^\s*(?:regions?|oblasts?)?\s*,/i.test(masked.slice(head.end)) &&
            !head.city
          ) {
            for (const t of head.targets) {
              push(
                ctx,
                s,
                {
                  target: t,
                  controller,
                  measure: fig.measure,
                  asOf,
                  ...(fig.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
                  ...claimStatus(masked.slice(0, v.index), masked, ctx),
                },
                [v.end + fig.at, v.end + fig.end],
                'place fronted (“In X, …”), figure after the verb',
              );
            }
            lastSubject = controller;
            return;
          }
        }
      }
      if (!lists.length && v.relative && lastTargets) {
        lists = [
          {
            targets: lastTargets.targets,
            names: [],
            start: lastTargets.start,
            end: lastTargets.end,
            combined: false,
            city: false,
          },
        ];
        if (!v.change && !v.withdrew) {
          for (const t of lastTargets.targets) {
            res.control.push({
              target: t,
              controller,
              measure: {
                kind: 'all',
                text: v.text.trim() + (spanDates[0] ? ` ${spanDates[0].text}` : ''),
              },
              asOf,
              status: 'assessed',
              sentence: s,
              span: [s.start + v.index, s.start + v.end],
              confidence: 0.6,
              rule: 'holding verb whose object is the place named before “which”',
            });
          }
          if (/annex/i.test(v.text) && spanDates[0]) {
            res.events.push({
              title: `${partyName(controller)} annexes ${lastTargets.targets.map((t) => placeName(conflict, t)).join(', ')}`,
              date: spanDates[0].date,
              regions: lastTargets.targets,
              sentence: s,
              span: [s.start + v.index, s.start + v.end],
              confidence: 0.6,
            });
          }
        }
        return;
      }
      let cursor = v.end;
      for (const list of lists) {
        const gapStart = cursor;
        // "has established control over 77% of": after the noun "control", "over" is its
        // preposition, not "more than".
        const noun =
          cursor === v.end &&
          /^control$/i.test(v.text) &&
          /\b(?:established|gained|taken|took|has|have|had|full|complete|operational|effective|its|their|the)\s+$/i.test(
            masked.slice(0, v.index),
          );
        const gap = masked.slice(cursor, list.start).replace(noun ? /^\s*over\s+/i : /$^/, ' ');
        cursor = list.end;
        const fig = measureBefore(gap);
        const directObject = /^\s*(?:the\s+)?$/i.test(gap);
        if (list.city) {
          if (v.change) {
            res.events.push({
              title: `${partyName(controller)} ${v.text.replace(/^(has|have)\s+/i, '').toLowerCase()} the city of ${list.names.join(', ')}`,
              date:
                spanDates[0]?.date ??
                beforeDates[0]?.date ??
                findDates(masked, published)[0]?.date ??
                now(s),
              regions: [],
              sentence: s,
              span: [s.start + v.index, s.start + list.end],
              confidence: 0.55,
            });
          }
          res.notes.push(
            `“${s.text.slice(list.start, list.end)}” names a city, not its region: no regional figure recorded.`,
          );
          continue;
        }
        // "19.2% of Ukraine, Crimea and the separatist areas included": a list opening with the
        // country names parts of it, so the figure is the country's.
        let targets =
          list.targets[0] === conflict.country.id
            ? [conflict.country.id]
            : list.targets.filter((t) => t !== conflict.country.id);
        if (list.defines?.length) {
          const head = targets[targets.length - 1];
          const group =
            groups.find((g) => g.id === head) ??
            groups.find((g) => sameSet(g.members, list.defines ?? []));
          if (!group) {
            res.notes.push(
              `A composite region is defined in the text (${list.defines.join(' + ')}) but the conflict has no such group: add it to conflict.json to record the figure.`,
            );
            continue;
          }
          targets = [...targets.slice(0, -1), group.id];
        }
        if (list.combined && targets.length > 1) {
          const group = groups.find((g) => sameSet(g.members, targets));
          if (!group) {
            res.notes.push(
              `A figure for ${targets.join(' + ')} “combined” has no matching region group: not recorded.`,
            );
            continue;
          }
          targets = [group.id];
        }
        lastTargets = { targets, start: list.start, end: list.end };
        // "Russian forces have liberated more than 60 percent of …" (the occupying side's own
        // wording for taking ground): with a figure and a present perfect, a holding as of now.
        if (
          v.change &&
          fig &&
          controller === conflict.mapParty &&
          /^(?:has|have)\s/i.test(v.text)
        ) {
          for (const t of targets) {
            push(
              ctx,
              s,
              {
                target: t,
                controller,
                measure: fig.measure,
                asOf: now(s),
                ...(fig.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
                ...claimStatus(masked.slice(0, v.index), masked, ctx),
              },
              [gapStart + fig.at, list.end],
              `“${v.text}” with a figure: held as of the article`,
            );
          }
        }
        if (v.includes && !fig) continue;
        if (gainSince && !v.change) {
          res.notes.push(
            `“${s.text.slice(v.index, list.end).trim()} … since …” is a gain over a period, not a holding: no figure recorded.`,
          );
          continue;
        }
        if (v.change) {
          res.events.push({
            title: `${partyName(controller)} ${v.text.replace(/^(has|have)\s+/i, '').toLowerCase()} ${targets.map((t) => placeName(conflict, t)).join(', ')}`,
            date: spanDates[0]?.date ?? beforeDates[0]?.date ?? now(s),
            regions: targets,
            sentence: s,
            span: [s.start + v.index, s.start + list.end],
            confidence: 0.6,
          });
          continue;
        }
        let measure: Measure | null = null;
        let areaKm2: number | undefined;
        const bare =
          !list.regionWord &&
          targets.some((t) => !groups.some((g) => g.id === t) && t !== conflict.country.id);
        if (v.withdrew && bare) {
          res.notes.push(
            `“${v.text} ${list.names.join(' and ')}” may mean the city of that name, not the whole region: no figure recorded.`,
          );
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
            res.notes.push(
              `“${v.text} ${list.names.join(' and ')}” may mean the city of that name, not the whole region: no figure recorded.`,
            );
            continue;
          }
          measure = { kind: 'all', text: `${v.text.trim()} ${list.names.join(' and ')}`.trim() };
        }
        if (!measure) continue;
        // "all of Donetsk region except about a quarter" is not all of it.
        if (
          measure.kind === 'all' &&
          /^\s*(?:regions?|oblasts?)?\s*,?\s*(?:except|but|save|apart from|other than|bar)\b/i.test(
            masked.slice(list.end),
          )
        ) {
          res.notes.push(
            `“${s.text.slice(list.start, Math.min(s.text.length, list.end + 40)).trim()}…” excepts a part: no “all” figure recorded.`,
          );
          continue;
        }
        if (overHundred(measure)) {
          res.notes.push(`“${measure.text ?? ''}” is over 100 percent: not recorded.`);
          continue;
        }
        const claimed = v.claimedFull
          ? masked
              .slice(clauseStart, v.index)
              .trim()
              .replace(/^(?:and|but|while)\s+/i, '') || partyName(controller)
          : (claimStatus(masked.slice(0, v.index), masked, ctx).claimant ?? null);
        // "about 18% of Ukraine, or roughly 109,000 square kilometres": the same holding in a second measure.
        const apposed =
          /^\s*(?:regions?|oblasts?)?\s*,\s*(?:(?:or|i\.e\.|that is|equal to|equivalent to|some)\s+)?/i.exec(
            masked.slice(list.end),
          );
        const second =
          apposed && fig ? measureOpening(masked.slice(list.end + apposed[0].length)) : null;
        const after2 =
          second && apposed ? masked.slice(list.end + apposed[0].length + second.end) : '';
        // A second measure: another unit ("18%, or 109,000 km²"), or digits restating words ("almost the whole of Luhansk, 99%").
        const secondOk = !!(
          second &&
          apposed &&
          !/^\s*(?:of|in)\b/i.test(after2) &&
          /^\s*(?:[.;,)]|$)/.test(after2) &&
          'unit' in second.measure &&
          (('unit' in measure && second.measure.unit !== measure.unit) ||
            (!('unit' in measure) && measure.kind !== 'none'))
        );
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
            rule: fig
              ? `figure “${measure.text ?? ''}” before the place`
              : v.withdrew
                ? 'withdrawal: none held'
                : 'place as the object of a holding verb: all',
          });
          if (secondOk && second && apposed) {
            const at = list.end + apposed[0].length;
            push(
              ctx,
              s,
              {
                target: t,
                controller,
                measure: second.measure,
                asOf,
                ...(second.areaKm2 !== undefined ? { areaKm2: second.areaKm2 } : {}),
                status: claimed ? 'claimed' : 'assessed',
                ...(claimed ? { claimant: claimed } : {}),
              },
              [at + second.at, at + second.end],
              'a second measure of the same holding (“…, or …”)',
            );
          }
        }
      }
    });
    finish();
  }
  // A figure cannot be dated after the article that states it ("since February 2014" read
  // against a January 2014 article is a misreading): the article's date stands in, said so.
  for (const c of res.control) {
    const v = c.asOf.value;
    if (published && v && v > published.slice(0, v.length)) {
      c.asOf = {
        ...publicationDate(published),
        note: `the text’s date (${v}) falls after the article; the article’s date stands in`,
      };
    }
  }
  return res;
}

/** "Ukrainian territory", "Ukrainian land": the whole country, named by its adjective. */
function countryTerritory(conflict: Conflict): (text: string) => PlaceMention[] {
  const name = conflict.country.name;
  const adjective = name.endsWith('a')
    ? `${name}n`
    : name.endsWith('e')
      ? `${name.slice(0, -1)}ian`
      : null;
  if (!adjective) return () => [];
  const re = new RegExp(`(?<![\\p{L}])${adjective}\\s+(?:territory|land|soil)(?![\\p{L}])`, 'gu');
  return (text) =>
    [...text.matchAll(re)].map((m) => ({
      target: conflict.country.id,
      name: m[0],
      index: m.index,
    }));
}

interface RuleCtx {
  conflict: Conflict;
  lex: ReturnType<typeof partyLexicon>;
  published: string | null;
  res: ControlResult;
  groupIds: ReadonlySet<string>;
  now: (s: Sentence) => FuzzyDate;
}

type ControlFields = Pick<
  DraftControl,
  'target' | 'controller' | 'measure' | 'asOf' | 'areaKm2' | 'status' | 'claimant'
>;

/** Records a figure (span relative to the sentence); the confidence is scored later from its features. */
function push(ctx: RuleCtx, s: Sentence, f: ControlFields, span: [number, number], rule: string) {
  if (overHundred(f.measure)) return;
  const dup = ctx.res.control.some(
    (c) =>
      c.sentence === s &&
      c.target === f.target &&
      c.controller === f.controller &&
      JSON.stringify(c.measure) === JSON.stringify(f.measure) &&
      c.asOf.value === f.asOf.value,
  );
  if (dup) return;
  const { areaKm2, claimant, ...rest } = f;
  ctx.res.control.push({
    ...rest,
    ...(areaKm2 !== undefined ? { areaKm2 } : {}),
    ...(claimant ? { claimant } : {}),
    sentence: s,
    span: [s.start + span[0], s.start + span[1]],
    confidence: 0,
    rule,
  });
}

/** Groups a place list resolves to: a defined composite becomes its group, "combined" too. */
function targetsOf(list: PlaceList, ctx: RuleCtx): string[] | null {
  let targets =
    list.targets[0] === ctx.conflict.country.id
      ? [ctx.conflict.country.id]
      : list.targets.filter((t) => t !== ctx.conflict.country.id);
  const groups = ctx.conflict.regionGroups;
  if (list.defines?.length) {
    const head = targets[targets.length - 1];
    const group =
      groups.find((g) => g.id === head) ??
      groups.find((g) => sameSet(g.members, list.defines ?? []));
    if (!group) return null;
    targets = [...targets.slice(0, -1), group.id];
  }
  if (list.combined && targets.length > 1) {
    const group = groups.find((g) => sameSet(g.members, targets));
    if (!group) return null;
    targets = [group.id];
  }
  return targets;
}

/**
 * Whether a figure is claimed, and by whom: the sentence attributes it to one side (its
 * officials, ministry, capital, or a person of that side) with "said", "says", "claims",
 * "according to" … A figure attributed to analysts or to nobody is assessed.
 */
function claimStatus(
  before: string,
  sentence: string,
  ctx: RuleCtx,
): { status: 'assessed' | 'claimed'; claimant?: string } {
  const who =
    /(?:^|[,;]\s*)([^,;]{2,80}?)\s+(?:said|says|say|claimed|claims|claim|announced|announces|stated|states|insisted|insists|reported|reports|told\s+[\p{L} ]{2,30}?)\b(?:\s+that)?[^,;]*$/iu.exec(
      before,
    )?.[1] ??
    /\baccording to\s+([^,.;]{2,80})/i.exec(sentence)?.[1] ??
    /,\s*([^,;]{2,60}?)\s+(?:said|says|say|claimed|claims|announced)\b[^,;]*[.]?\s*$/iu.exec(
      sentence,
    )?.[1] ??
    /\b([\p{Lu}][\p{L}’' ]{1,60}?)\s+claims?\s+to\s+$/u.exec(before)?.[1] ??
    null;
  if (!who) return { status: 'assessed' };
  const w = who.trim();
  ctx.lex.re.lastIndex = 0;
  const sideWord = [...w.matchAll(ctx.lex.re)][0];
  const official =
    /\b(officials?|ministry|minister|government|military|army|general staff|command|spokes(?:man|woman|person)|president|kremlin|authorities|administration|governor|presidency|office)\b/i.test(
      w,
    );
  const person = ctx.conflict.people.find(
    (p) =>
      p.party &&
      [p.name, ...p.aliases].some((n) =>
        new RegExp(
          `(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
          'u',
        ).test(w),
      ),
  );
  if (
    (sideWord &&
      (official || /^(?:the\s+)?[\p{Lu}][\p{L}]+$/u.test(w) || sideWord[0].length === w.length)) ||
    person
  )
    return { status: 'claimed', claimant: w };
  return { status: 'assessed' };
}

/** "Luhansk: almost entirely under Russian control." — a recap line: place, colon, figure. */
function labelLine(s: Sentence, masked: string, ctx: RuleCtx) {
  const m = /^\s*([^:–—]{2,60}?)\s*[:–—]\s+(.+)$/.exec(masked);
  if (!m || !m[1] || !m[2]) return;
  const head = m[1];
  const lists = placeLists(head, findPlaceMentions(ctx.conflict, head), 0, ctx.groupIds);
  const list = lists[0];
  if (
    !list ||
    lists.length !== 1 ||
    list.city ||
    head.slice(0, list.start).trim().replace(/^the$/i, '') ||
    head
      .slice(list.end)
      .trim()
      .replace(/^(?:region|oblast|province)s?$/i, '')
  )
    return;
  const rest = m[2];
  const restAt = masked.length - rest.length;
  ctx.lex.re.lastIndex = 0;
  const side = [...rest.matchAll(ctx.lex.re)]
    .map((h) => ctx.lex.party(h[0]))
    .find((x): x is string => !!x);
  if (!side) return;
  if (/\b(partly|partially|contested|disputed)\b/i.test(rest)) return;
  const verb = /\b(?:holds?|controls?|occupies|occupy|held|controlled|occupied)\s+/i.exec(rest);
  const fig =
    measureOpening(rest) ?? (verb ? measureOpening(rest.slice(verb.index + verb[0].length)) : null);
  const offset = fig && !measureOpening(rest) && verb ? verb.index + verb[0].length : 0;
  const annexed = /\bannexed\b/i.test(rest);
  if (
    !fig &&
    !annexed &&
    !/\bunder\s+[\p{Lu}][\p{L}]+\s+(?:military\s+)?(?:control|occupation)\b/u.test(rest)
  )
    return;
  const targets = targetsOf(list, ctx);
  if (!targets) return;
  const date = findDates(rest, ctx.published)[0]?.date;
  const asOf: FuzzyDate =
    date ??
    (annexed
      ? beforePublication(ctx.published, '“annexed”, with no date in the text')
      : ctx.now(s));
  const measure: Measure = fig?.measure ?? {
    kind: 'all',
    text: rest.replace(/[.]\s*$/, '').trim(),
  };
  for (const t of targets) {
    push(
      ctx,
      s,
      {
        target: t,
        controller: side,
        measure,
        asOf,
        ...(fig?.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
        status: 'assessed',
      },
      [list.start, fig ? restAt + offset + fig.end : masked.length],
      'a recap line: place, colon, figure',
    );
  }
}

/** "Russia's control of the Donbas … stands at roughly 80 percent", "puts Russian control of Zaporizhzhia at about 73 percent". */
function controlOfAt(s: Sentence, masked: string, ctx: RuleCtx) {
  for (const m of masked.matchAll(
    /(?<!\p{L})([\p{Lu}][\p{L}]{1,40})(?:[’']s)?\s+(?:military\s+|effective\s+|de facto\s+)?control\s+(?:of|over)\s+/gu,
  )) {
    const controller = ctx.lex.party(m[1] ?? '');
    if (!controller) continue;
    const from = m.index + m[0].length;
    const rest = masked.slice(from);
    const list = placeLists(rest, findPlaceMentions(ctx.conflict, rest), 0, ctx.groupIds)[0];
    if (!list || list.city || !/^(?:the\s+)?$/i.test(rest.slice(0, list.start))) continue;
    const link =
      /^\s*(?:(?:regions?|oblasts?)\s*)?(?:,[^,]{0,60},\s*)?(?:now\s+)?(?:stands|stood|is|was|remains|remained|reached|has reached|had reached|rose to|fell to|at|to|as)\s+(?:at\s+)?/i.exec(
        rest.slice(list.end),
      );
    if (!link) continue;
    const figAt = list.end + link[0].length;
    const fig = measureOpening(rest.slice(figAt));
    if (!fig) continue;
    const targets = targetsOf(list, ctx);
    if (!targets) continue;
    const past = /\b(stood|was|remained|had reached)\b/i.test(link[0]);
    const date = findDates(rest.slice(figAt + fig.end, figAt + fig.end + 40), ctx.published)[0]
      ?.date;
    const asOf: FuzzyDate =
      date ??
      (past ? beforePublication(ctx.published, 'past, with no date in the text') : ctx.now(s));
    for (const t of targets) {
      push(
        ctx,
        s,
        {
          target: t,
          controller,
          measure: fig.measure,
          asOf,
          ...(fig.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
          ...claimStatus(masked.slice(0, m.index), masked, ctx),
        },
        [m.index, from + figAt + fig.end],
        'figure after the place (“control of X stands at …”)',
      );
    }
  }
}

/** "Luhansk is almost entirely occupied", "Zaporizhzhia is largely occupied by Russian forces". */
function passiveHolding(s: Sentence, masked: string, ctx: RuleCtx) {
  const re =
    /\b(?:is|are|was|were|remains?|remained|has been|have been|had been)\s+(?:now\s+|still\s+|temporarily\s+)?(almost entirely|nearly entirely|virtually entirely|almost completely|nearly completely|largely|mostly|fully|entirely|completely|wholly|partly|partially)?\s*(occupied|controlled|held)\b(?:\s+by\s+((?:[\p{Lu}][\p{L}]+)(?:\s+(?:forces|troops|army|military))?))?/giu;
  let clauseStart = 0;
  for (const m of masked.matchAll(re)) {
    const subject = masked.slice(clauseStart, m.index);
    clauseStart = m.index + m[0].length;
    const by = m[3] ? (ctx.lex.party(m[3]) ?? ctx.lex.party(m[3].split(/\s+/)[0] ?? '')) : null;
    // Without an agent only "occupied" names a side: the occupying party of the map.
    const controller = by ?? (!m[3] && /occupied/i.test(m[2] ?? '') ? ctx.conflict.mapParty : null);
    if (!controller) continue;
    const adverb = (m[1] ?? '').toLowerCase();
    if (adverb === 'partly' || adverb === 'partially') continue;
    const list = placeLists(
      subject,
      findPlaceMentions(ctx.conflict, subject),
      0,
      ctx.groupIds,
    ).pop();
    if (!list || list.city) continue;
    const tail = subject.slice(list.end);
    if (
      tail.trim().length > 12 ||
      /\b(plant|station|airport|port|dam|bridge|base|city|town|village)\b/i.test(tail)
    )
      continue;
    const fig = measureBefore(subject.slice(0, list.start));
    // Without a figure the place must be the whole subject: not "25 settlements in … Kharkiv
    // region", not "a fifth of Ukraine, including Crimea".
    const lead = (
      subject
        .slice(0, list.start)
        .split(/[,:;]\s*/)
        .pop() ?? ''
    ).trim();
    if (
      !fig &&
      lead &&
      !/^(?:(?:and|but|while|whereas|although|though|yet)\s*)?(?:the|A|Answer)?$/i.test(lead)
    )
      continue;
    const measure: Measure =
      fig?.measure ??
      (adverb && !/^(fully|entirely|completely|wholly)$/.test(adverb)
        ? { kind: almostAll('most', adverb), text: `${adverb} ${m[2]}` }
        : { kind: 'all', text: `${adverb ? adverb + ' ' : ''}${m[2]}` });
    const targets = targetsOf(list, ctx);
    if (!targets) continue;
    const past =
      /^(was|were|remained)\b/i.test(m[0]) &&
      !/\b(said|says|reported|reports|told|claimed|claims|stated|announced)\b/i.test(
        masked.slice(0, m.index),
      );
    const date = findDates(masked.slice(m.index, m.index + m[0].length + 40), ctx.published)[0]
      ?.date;
    const asOf: FuzzyDate =
      date ??
      (past ? beforePublication(ctx.published, 'past, with no date in the text') : ctx.now(s));
    for (const t of targets) {
      push(
        ctx,
        s,
        {
          target: t,
          controller,
          measure,
          asOf,
          ...(fig?.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
          status: 'assessed',
        },
        [fig ? fig.at : list.start, clauseStart],
        'passive holding (“X is … occupied”)',
      );
    }
  }
}

/** "…, down from about half in July": an earlier figure for the same places. */
function downFrom(
  s: Sentence,
  masked: string,
  previous: { targets: string[]; controller: string; sentence: Sentence } | null,
  ctx: RuleCtx,
) {
  const m =
    /\b(?:down|up|compared with|compared to)\s+from\s+|\b(?:down|up)\s+from\s+/i.exec(masked) ??
    /\b(?:compared with|compared to|versus)\s+/i.exec(masked);
  if (!m) return;
  const rest = masked.slice(m.index + m[0].length);
  const fig = measureOpening(rest);
  if (!fig) return;
  const date = findDates(rest.slice(fig.end, fig.end + 40), ctx.published)[0];
  // "in July", "at the end of 2022", "as of June": a dated figure; "before February 2022" has no date of its own.
  if (
    !date ||
    !/^\s*(?:in|at the end of|by|as of|at|on)?\s*$/i.test(rest.slice(fig.end, fig.end + date.index))
  )
    return;
  const mine = ctx.res.control.filter((c) => c.sentence === s && c.span[0] < s.start + m.index);
  const source = mine.length
    ? { targets: [...new Set(mine.map((c) => c.target))], controller: mine[0]?.controller ?? '' }
    : previous &&
        /^\s*(?:That|This|It)\s+(?:is|was|'s)\s+/i.test(masked) &&
        previous.sentence.index >= s.index - 2
      ? previous
      : null;
  if (!source || !source.controller) return;
  const at = m.index + m[0].length;
  for (const t of source.targets) {
    push(
      ctx,
      s,
      {
        target: t,
        controller: source.controller,
        measure: fig.measure,
        asOf: date.date,
        ...(fig.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
        status: 'assessed',
      },
      [m.index, at + fig.end + date.text.length + 4 > masked.length ? masked.length : at + fig.end],
      'an earlier figure (“down from … in …”)',
    );
  }
}

/** "Q: How much of Ukraine does Russia hold today? A: About 17.5 percent." */
function answerFigure(
  s: Sentence,
  masked: string,
  sentences: readonly Sentence[],
  interview: NonNullable<ReturnType<typeof readInterview>>,
  ctx: RuleCtx,
) {
  if (
    !interview.answers.has(s.paragraph) ||
    sentences.find((x) => x.paragraph === s.paragraph) !== s
  )
    return;
  const label = interviewLabel(masked);
  const fig = measureOpening(masked.slice(label.length));
  if (!fig) return;
  const question = [...sentences]
    .reverse()
    .find((x) => x.index < s.index && interview.questions.has(x.paragraph));
  if (!question) return;
  const q =
    /\bhow much of\s+(.+?)\s+(?:does|do|did|has|have|had)\s+(.+?)\s+(?:hold|control|occupy|held|controlled|occupied)\b/i.exec(
      question.text,
    );
  if (!q || !q[1] || !q[2]) return;
  const list = placeLists(q[1], findPlaceMentions(ctx.conflict, q[1]), 0, ctx.groupIds)[0];
  const controller = ctx.lex.party(q[2].trim().replace(/^the\s+/i, '')) ?? null;
  if (!list || !controller) return;
  const targets = targetsOf(list, ctx);
  if (!targets) return;
  const asOf: FuzzyDate = interview.date
    ? { ...interview.date, basis: 'context' }
    : publicationDate(ctx.published);
  for (const t of targets) {
    push(
      ctx,
      s,
      {
        target: t,
        controller,
        measure: fig.measure,
        asOf,
        ...(fig.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
        status: 'assessed',
      },
      [label.length + fig.at, label.length + fig.end],
      'an answer giving the figure a question asked for',
    );
  }
}

/**
 * "Most of the Kherson region remains under Russian control", "Crimea is fully under Russian
 * occupation": the place is the subject, the party an adjective.
 */
function underControl(
  s: Sentence,
  masked: string,
  conflict: Conflict,
  lex: ReturnType<typeof partyLexicon>,
  published: string | null,
  res: ControlResult,
) {
  // The copula may be left out ("reported the Kherson region fully under Russian control");
  // "under occupation" without a party names the conflict's occupying party.
  const re =
    /\b(?:(?:is|are|was|were|remains?|remained|has been|have been|had been|stays?)\s+)?(?:now\s+|still\s+|firmly\s+|temporarily\s+)?(fully\s+|entirely\s+|completely\s+|largely\s+|mostly\s+|partly\s+|partially\s+|(?:almost|nearly|virtually)\s+(?:entirely|completely|fully)\s+)?under\s+(?:([\p{Lu}][\p{L}]+)(?:[’']s)?\s+(?:(?:military|troops[’']?|forces[’']?)\s+)?)?(control|occupation)\b/giu;
  let clauseStart = 0;
  for (const m of masked.matchAll(re)) {
    const word = m[2] ?? '';
    const controller = word
      ? lex.party(word)
      : /occupation/i.test(m[3] ?? '')
        ? conflict.mapParty
        : null;
    const subject = masked.slice(clauseStart, m.index);
    clauseStart = m.index + m[0].length;
    if (!controller) continue;
    const places = findPlaceMentions(conflict, subject);
    const lists = placeLists(subject, places, 0);
    const list = lists[lists.length - 1];
    if (!list || list.city) continue;
    const rest = subject.slice(list.end);
    // The place must be the subject, right before the verb: not "the plant in Zaporizhzhia's …".
    if (
      rest.trim().length > 12 ||
      /\b(plant|station|airport|port|dam|bridge|base|city|town|village)\b/i.test(rest)
    )
      continue;
    const adverb = (m[1] ?? '').trim().toLowerCase();
    if (adverb === 'partly' || adverb === 'partially') continue;
    const fig = measureBefore(subject.slice(0, list.start));
    // Without a figure the place must be the whole subject: not "25 settlements in … Kharkiv
    // region", not "a fifth of Ukraine, including Crimea".
    const lead = (
      subject
        .slice(0, list.start)
        .split(/[,:;]\s*/)
        .pop() ?? ''
    ).trim();
    if (
      !fig &&
      lead &&
      !/^(?:(?:and|but|while|whereas|although|though|yet)\s*)?(?:the|A|Answer)?$/i.test(lead)
    )
      continue;
    const measure: Measure =
      fig?.measure ??
      (/^(largely|mostly|almost|nearly|virtually)/.test(adverb)
        ? { kind: almostAll('most', adverb), text: `${adverb} under ${word} control` }
        : { kind: 'all', text: `${adverb ? adverb + ' ' : ''}under ${word} control` });
    if (overHundred(measure)) continue;
    // "The governor said 95% … was under occupation": the past of reported speech is the time of the report.
    const isPast =
      /^(was|were|remained)\b/i.test(m[0]) &&
      !/\b(said|says|reported|reports|told|claimed|claims|stated|announced)\b/i.test(
        masked.slice(0, m.index),
      );
    const date = findDates(masked.slice(m.index, m.index + m[0].length + 40), published)[0]?.date;
    const asOf: FuzzyDate = isPast
      ? (date ?? beforePublication(published, 'past, with no date in the text'))
      : publicationDate(published);
    const at = clauseStart - m[0].length - subject.length;
    for (const target of list.targets) {
      // A recap line ("Luhansk: almost entirely under Russian control") may have read it already.
      if (
        res.control.some(
          (c) =>
            c.sentence === s &&
            c.target === target &&
            c.measure.kind === measure.kind &&
            c.asOf.value === asOf.value,
        )
      )
        continue;
      res.control.push({
        target,
        controller,
        measure,
        asOf,
        ...(fig?.areaKm2 !== undefined ? { areaKm2: fig.areaKm2 } : {}),
        status: 'assessed',
        sentence: s,
        span: [s.start + at + (fig ? fig.at : list.start), s.start + clauseStart],
        confidence: 0.65,
        rule: '“under … control” with the place as subject',
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
