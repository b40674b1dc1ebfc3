/**
 * Scoring the ingest extractor against the real-article development set (see README.md here).
 *
 * Truth files name people, places and parties as the article writes them; a draft names them by
 * id. `draftView` maps a draft back to names (people from the conflict file and the article's new
 * people, places from the gazetteer, parties from the party list), and `scoreArticle` matches the
 * two by name. Pure: no file system, no DOM.
 */
import type { Conflict, Measure } from '../../schema';
import type { IngestResult } from '../draft';
import { similarText } from '../eval';

export type TruthMeasure =
  | { kind: 'all' | 'none' | 'most' | 'partial' | 'contested' }
  | { kind: 'exact' | 'approximately' | 'more-than' | 'less-than'; value: number; unit?: string }
  | { kind: 'range'; min: number; max: number; unit?: string };

export interface TruthStatement {
  speaker: string;
  speakerType: 'person' | 'organisation';
  kind: 'quote' | 'paraphrase';
  words: string;
  /** YYYY-MM-DD, YYYY-MM or null (no date a careful reader can give from the text alone). */
  date: string | null;
  sentence: string;
}

export interface TruthFigure {
  target: string;
  party: string;
  measure: TruthMeasure;
  asOf: string | null;
  status: 'assessed' | 'claimed';
  sentence: string;
}

export interface Truth {
  id: string;
  published: string | null;
  statements: TruthStatement[];
  figures: TruthFigure[];
}

export interface ViewDate {
  value?: string;
  end?: string;
}

/** A drafted statement with its speaker as names. */
export interface ViewStatement {
  speakerNames: string[];
  /** The speaker is one of the conflict file's people (not a person the article added). */
  speakerKnown: boolean;
  kind: 'quote' | 'paraphrase' | 'report';
  text: string;
  date: ViewDate;
  sentence: string;
}

/** A drafted control figure with its target and party as names. */
export interface ViewFigure {
  targetNames: string[];
  partyNames: string[];
  measure: Measure;
  asOf: ViewDate;
  sentence: string;
}

export interface DraftView {
  published: string | null;
  statements: ViewStatement[];
  figures: ViewFigure[];
  /** Evidence sentences of drafted events (a capture is an event, not a figure, today). */
  eventSentences: string[];
}

/** A draft (ids) → the same facts with names. */
export function draftView(result: IngestResult, conflict: Conflict): DraftView {
  const people = new Map<string, string[]>();
  for (const p of conflict.people) people.set(p.id, [p.name, ...(p.aliases ?? [])]);
  for (const p of result.newPeople) people.set(p.id, [p.name, ...p.aliases]);
  const places = new Map<string, string[]>();
  places.set(conflict.country.id, [conflict.country.name]);
  for (const g of conflict.gazetteer) places.set(g.target, [...g.names]);
  for (const g of conflict.regionGroups) places.set(g.id, [g.name, ...(g.aliases ?? [])]);
  for (const p of conflict.places ?? []) places.set(p.id, [p.name, ...p.aliases]);
  for (const p of result.newPlaces ?? []) places.set(p.id, [p.name]);
  const parties = new Map<string, string[]>();
  for (const p of conflict.parties)
    parties.set(p.id, [p.name, p.id, ...(p.shortName ? [p.shortName] : []), ...(p.aliases ?? [])]);
  for (const p of result.newParties ?? []) parties.set(p.id, [p.name, ...p.aliases]);
  const sentenceOf = (e: { type: string; text?: string }) =>
    e.type === 'sentence' && e.text ? e.text : '';
  return {
    published: result.meta.published,
    statements: result.draft.statements.map((s) => ({
      speakerNames: people.get(s.speaker) ?? [s.speaker],
      speakerKnown: conflict.people.some((p) => p.id === s.speaker),
      kind: s.kind,
      text: s.text,
      date: { value: s.date.value, end: s.date.end },
      sentence: sentenceOf(s.evidence),
    })),
    figures: result.draft.control.map((c) => ({
      targetNames: places.get(c.target) ?? [c.target],
      partyNames: parties.get(c.controller) ?? [c.controller],
      measure: c.measure,
      asOf: { value: c.asOf.value, end: c.asOf.end },
      sentence: sentenceOf(c.evidence),
    })),
    eventSentences: result.draft.events.map((e) => sentenceOf(e.evidence)),
  };
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .match(/[\p{L}\d]+/gu) ?? [];

/** Does the word sequence `small` occur in `big`? */
function containsWords(big: string[], small: string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

const nameWords = (s: string) => words(s).filter((w) => !NAME_STOP.has(w));
const NAME_STOP = new Set(['the', 'of', 'and']);

/**
 * A person matches by surname: the truth's last name token is a word of one of the draft
 * speaker's names (case-insensitive). An organisation matches when one name contains the other.
 */
export function sameSpeaker(
  truth: { speaker: string; speakerType: 'person' | 'organisation' },
  names: readonly string[],
): boolean {
  const t = nameWords(truth.speaker);
  if (!t.length) return false;
  if (truth.speakerType === 'person') {
    const surname = t[t.length - 1]!;
    return names.some((n) => nameWords(n).includes(surname));
  }
  return names.some((n) => {
    const d = nameWords(n);
    return containsWords(d, t) || containsWords(t, d);
  });
}

/** Words that name the kind of place, not the place ("Donetsk region" is "Donetsk"). */
const PLACE_KIND = new Set([
  'region',
  'oblast',
  'province',
  'state',
  'city',
  'town',
  'village',
  'township',
  'strip',
  'governorate',
  'district',
  'capital',
]);
const placeWords = (s: string) => nameWords(s).filter((w) => !PLACE_KIND.has(w));

/** Place names match when one, without words like "region" or "city", contains the other. */
export function samePlace(truth: string, names: readonly string[]): boolean {
  const t = placeWords(truth);
  if (!t.length) return false;
  return names.some((n) => {
    const d = placeWords(n);
    return d.length > 0 && (containsWords(d, t) || containsWords(t, d));
  });
}

/** Party names match when one contains the other ("Russia" and "Russian forces" do not). */
export function sameParty(truth: string, names: readonly string[]): boolean {
  const t = nameWords(truth);
  return names.some((n) => {
    const d = nameWords(n);
    return containsWords(d, t) || containsWords(t, d);
  });
}

/** Truth date (YYYY-MM-DD, YYYY-MM, YYYY or null) against a drafted fuzzy date. */
export function sameDate(truth: string | null, d: ViewDate): boolean {
  if (truth === null) return d.value === undefined;
  if (d.value === truth && (d.end === undefined || d.end === truth)) return true;
  // A span inside the truth's month or year ("last week" read as 12–18 May for "2025-05").
  return (
    d.value !== undefined &&
    d.end !== undefined &&
    truth.length < 10 &&
    d.value.startsWith(truth) &&
    d.end.startsWith(truth)
  );
}

export function sameFigureMeasure(t: TruthMeasure, m: Measure): boolean {
  if (t.kind !== m.kind) return false;
  if ('value' in t && 'value' in m) return t.value === m.value && (t.unit ?? 'percent') === m.unit;
  if (t.kind === 'range' && m.kind === 'range')
    return t.min === m.min && t.max === m.max && (t.unit ?? 'percent') === m.unit;
  return true;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Was this drafted fact read from the truth's evidence sentence (given by its first words)? */
export function fromSentence(truthSentence: string, draftSentence: string): boolean {
  const t = norm(truthSentence);
  const d = norm(draftSentence);
  if (!t || !d) return false;
  return d.includes(t) || t.includes(d);
}

export interface Miss<T> {
  fact: T;
  /** Why it was missed, as a failure category (see CATEGORIES in README.md). */
  category: string;
}

export interface ArticleScore {
  id: string;
  statements: {
    expected: number;
    found: number;
    /** Matched with the right speaker, kind and words. */
    matched: number;
    /** Of the matched, those with the right date too. */
    dateRight: number;
    missed: Miss<TruthStatement>[];
    extra: ViewStatement[];
    /** Matched statements whose drafted date differs from the truth's. */
    wrongDate: { fact: TruthStatement; drafted: ViewDate }[];
    /** Truth and matched counts by speaker type, and for quotes alone. */
    persons: { expected: number; matched: number };
    organisations: { expected: number; matched: number };
    quotes: { expected: number; matched: number };
  };
  figures: {
    expected: number;
    found: number;
    matched: number;
    missed: Miss<TruthFigure>[];
    extra: ViewFigure[];
  };
  published: {
    expected: string | null;
    read: string | null;
    right: boolean;
  };
}

function statementMiss(t: TruthStatement, drafted: readonly ViewStatement[]): string {
  const same = drafted.filter((d) => fromSentence(t.sentence, d.sentence));
  if (!same.length) {
    if (t.kind === 'quote' && drafted.some((d) => similarText(t.words, d.text)))
      return 'statement: words found, speaker wrong';
    return t.speakerType === 'organisation'
      ? 'statement: none drafted (organisation speaker)'
      : t.kind === 'quote'
        ? 'statement: quote not drafted'
        : 'statement: paraphrase not drafted';
  }
  const right = same.filter((d) => sameSpeaker(t, d.speakerNames));
  if (!right.length)
    return t.speakerType === 'organisation'
      ? 'statement: wrong speaker (organisation speaker)'
      : 'statement: wrong speaker';
  if (right.some((d) => similarText(t.words, d.text))) return 'statement: wrong kind';
  return 'statement: other words drafted from the sentence';
}

function figureMiss(
  f: TruthFigure,
  drafted: readonly ViewFigure[],
  events: readonly string[],
  gazetteerNames: readonly string[],
  partyNames: readonly string[],
): string {
  const same = drafted.filter((d) => fromSentence(f.sentence, d.sentence));
  const targetKnown = samePlace(f.target, gazetteerNames);
  const partyKnown = sameParty(f.party, partyNames);
  if (!same.length) {
    if (!targetKnown && !partyKnown)
      return 'figure: place and party not in the conflict file, none drafted';
    if (!targetKnown) return 'figure: place not in the gazetteer, none drafted';
    if (events.some((e) => fromSentence(f.sentence, e)))
      return 'figure: drafted as an event (change of control), no figure';
    return 'figure: none drafted';
  }
  if (!same.some((d) => samePlace(f.target, d.targetNames))) return 'figure: wrong place';
  if (!same.some((d) => sameParty(f.party, d.partyNames))) return 'figure: wrong party';
  if (!same.some((d) => sameFigureMeasure(f.measure, d.measure))) return 'figure: wrong measure';
  return 'figure: wrong date';
}

/** Greedy one-to-one matching, truth order. */
function pair<T, D>(truth: readonly T[], drafted: readonly D[], ok: (t: T, d: D) => boolean) {
  const used = new Set<number>();
  const hit = new Map<number, number>();
  truth.forEach((t, i) => {
    const j = drafted.findIndex((d, k) => !used.has(k) && ok(t, d));
    if (j >= 0) {
      used.add(j);
      hit.set(i, j);
    }
  });
  return { hit, used };
}

export interface ScoreContext {
  /** Every place name of the conflict file (country, gazetteer, groups). */
  gazetteerNames: readonly string[];
  /** Every party name and id of the conflict file. */
  partyNames: readonly string[];
}

export function contextOf(conflict: Conflict): ScoreContext {
  return {
    gazetteerNames: [
      conflict.country.name,
      ...conflict.gazetteer.flatMap((g) => g.names),
      ...conflict.regionGroups.flatMap((g) => [g.name, ...(g.aliases ?? [])]),
    ],
    partyNames: conflict.parties.flatMap((p) => [p.name, p.id]),
  };
}

export function scoreArticle(truth: Truth, view: DraftView, ctx: ScoreContext): ArticleScore {
  const st = pair(
    truth.statements,
    view.statements,
    (t, d) =>
      sameSpeaker(t, d.speakerNames) &&
      (d.kind === t.kind || (d.kind === 'report' && t.kind === 'paraphrase')) &&
      similarText(t.words, d.text),
  );
  let dateRight = 0;
  const stMissed: Miss<TruthStatement>[] = [];
  const wrongDate: { fact: TruthStatement; drafted: ViewDate }[] = [];
  const persons = { expected: 0, matched: 0 };
  const organisations = { expected: 0, matched: 0 };
  const quotes = { expected: 0, matched: 0 };
  truth.statements.forEach((t, i) => {
    const j = st.hit.get(i);
    const byType = t.speakerType === 'person' ? persons : organisations;
    byType.expected++;
    if (t.kind === 'quote') quotes.expected++;
    if (j === undefined) {
      stMissed.push({ fact: t, category: statementMiss(t, view.statements) });
      return;
    }
    byType.matched++;
    if (t.kind === 'quote') quotes.matched++;
    const d = view.statements[j]!.date;
    if (sameDate(t.date, d)) dateRight++;
    else wrongDate.push({ fact: t, drafted: d });
  });
  const fg = pair(
    truth.figures,
    view.figures,
    (t, d) =>
      samePlace(t.target, d.targetNames) &&
      sameParty(t.party, d.partyNames) &&
      sameFigureMeasure(t.measure, d.measure) &&
      sameDate(t.asOf, d.asOf),
  );
  const fgMissed = truth.figures
    .filter((_, i) => !fg.hit.has(i))
    .map((f) => ({
      fact: f,
      category: figureMiss(
        f,
        view.figures,
        view.eventSentences,
        ctx.gazetteerNames,
        ctx.partyNames,
      ),
    }));
  return {
    id: truth.id,
    statements: {
      expected: truth.statements.length,
      found: view.statements.length,
      matched: st.hit.size,
      dateRight,
      missed: stMissed,
      extra: view.statements.filter((_, k) => !st.used.has(k)),
      wrongDate,
      persons,
      organisations,
      quotes,
    },
    figures: {
      expected: truth.figures.length,
      found: view.figures.length,
      matched: fg.hit.size,
      missed: fgMissed,
      extra: view.figures.filter((_, k) => !fg.used.has(k)),
    },
    published: {
      expected: truth.published,
      read: view.published,
      right: view.published === truth.published,
    },
  };
}

export interface Totals {
  articles: number;
  statements: {
    expected: number;
    found: number;
    matched: number;
    dateRight: number;
    persons: { expected: number; matched: number };
    organisations: { expected: number; matched: number };
    quotes: { expected: number; matched: number };
  };
  figures: { expected: number; found: number; matched: number };
  /** Articles whose page shows a date / of those, read right. */
  published: { withDate: number; found: number; wrongOrInvented: number };
}

export function totals(scores: readonly ArticleScore[]): Totals {
  const t: Totals = {
    articles: scores.length,
    statements: {
      expected: 0,
      found: 0,
      matched: 0,
      dateRight: 0,
      persons: { expected: 0, matched: 0 },
      organisations: { expected: 0, matched: 0 },
      quotes: { expected: 0, matched: 0 },
    },
    figures: { expected: 0, found: 0, matched: 0 },
    published: { withDate: 0, found: 0, wrongOrInvented: 0 },
  };
  for (const s of scores) {
    t.statements.expected += s.statements.expected;
    t.statements.found += s.statements.found;
    t.statements.matched += s.statements.matched;
    t.statements.dateRight += s.statements.dateRight;
    for (const k of ['persons', 'organisations', 'quotes'] as const) {
      t.statements[k].expected += s.statements[k].expected;
      t.statements[k].matched += s.statements[k].matched;
    }
    t.figures.expected += s.figures.expected;
    t.figures.found += s.figures.found;
    t.figures.matched += s.figures.matched;
    if (s.published.expected) {
      t.published.withDate++;
      if (s.published.right) t.published.found++;
    }
    if (s.published.read && !s.published.right) t.published.wrongOrInvented++;
  }
  return t;
}

/** Failure categories with counts, most frequent first. */
export function categories(scores: readonly ArticleScore[]): [string, number][] {
  const c = new Map<string, number>();
  const add = (k: string) => c.set(k, (c.get(k) ?? 0) + 1);
  for (const s of scores) {
    for (const m of s.statements.missed) add(m.category);
    for (const m of s.figures.missed) add(m.category);
    for (const w of s.statements.wrongDate)
      add(
        w.fact.date === null
          ? 'statement date: dated where the text gives no date'
          : w.drafted.value === undefined
            ? 'statement date: undated where the text gives one'
            : 'statement date: wrong date',
      );
    for (const x of s.statements.extra)
      add(
        x.speakerKnown
          ? 'extra statement: given to a person of the Ukraine conflict file (role or name misread)'
          : 'extra statement: not in the truth (speaker misread, unnamed or a duplicate)',
      );
    for (let k = 0; k < s.figures.extra.length; k++) add('extra figure (not in the truth)');
    if (s.published.expected && !s.published.right)
      add(s.published.read ? 'publication date: wrong' : 'publication date: not found');
    if (!s.published.expected && s.published.read) add('publication date: invented');
  }
  return [...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export const ratio = (a: number, b: number) => (b ? a / b : 1);
