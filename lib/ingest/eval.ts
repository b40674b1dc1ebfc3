import type { ControlObservation, FuzzyDate, Measure, SourceFile, Statement } from '../schema';
import { contentWords } from './text';

export interface Score {
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Expected facts not found and found facts not expected, described in words. */
  missed: string[];
  extra: string[];
  /** The same errors with their evidence sentence and, where a near miss explains it, why. */
  errors: FactError[];
}

/** One missed or extra fact, for a person to see why the extractor went wrong. */
export interface FactError {
  type: 'missed' | 'extra';
  fact: string;
  /** The evidence sentence of the fact. */
  sentence: string;
  /** The fields that differ from the nearest fact drawn from the same sentence, or what happened. */
  why: string;
}

interface Facet<T> {
  match: (e: T, f: T) => boolean;
  describe: (x: T) => string;
  /** Field-by-field comparison: the names (with both values) of the fields that differ. */
  differ: (e: T, f: T) => string[];
}

const sameDate = (a: FuzzyDate, b: FuzzyDate) =>
  (a.value ?? null) === (b.value ?? null) && (a.end ?? null) === (b.end ?? null);

/** Two wordings of the same words: most content words of the shorter appear in the longer. */
export function similarText(a: string, b: string): boolean {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (!wa.size || !wb.size) return a.trim().toLowerCase() === b.trim().toLowerCase();
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size >= 0.6;
}

export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.kind !== b.kind) return false;
  if ('value' in a && 'value' in b) return a.value === b.value && a.unit === b.unit;
  if (a.kind === 'range' && b.kind === 'range')
    return a.min === b.min && a.max === b.max && a.unit === b.unit;
  return true;
}

/** A statement matches when speaker, kind (quote/paraphrase/report), words and date agree. */
export function statementMatches(e: Statement, f: Statement): boolean {
  return (
    e.speaker === f.speaker &&
    e.kind === f.kind &&
    sameDate(e.date, f.date) &&
    similarText(e.text, f.text)
  );
}

/** A control figure matches when target (region or group), controller, measure and date agree. */
export function controlMatches(e: ControlObservation, f: ControlObservation): boolean {
  return (
    e.target === f.target &&
    e.controller === f.controller &&
    sameMeasure(e.measure, f.measure) &&
    sameDate(e.asOf, f.asOf)
  );
}

const sentenceOf = (x: { evidence: Statement['evidence'] }) =>
  x.evidence.type === 'sentence' ? x.evidence.text : '';

function nearest<T>(
  x: T,
  others: readonly T[],
  facet: Facet<T>,
  sameSentence: (a: T, b: T) => boolean,
  expectedFirst: boolean,
): string | null {
  const candidates = others.filter((o) => sameSentence(x, o));
  if (!candidates.length) return null;
  const diffs = candidates
    .map((o) => (expectedFirst ? facet.differ(x, o) : facet.differ(o, x)))
    .sort((a, b) => a.length - b.length);
  return diffs[0]?.join('; ') ?? null;
}

function score<T extends { evidence: Statement['evidence'] }>(
  expected: readonly T[],
  found: readonly T[],
  facet: Facet<T>,
): Score {
  const { match, describe } = facet;
  const used = new Set<number>();
  const missed: string[] = [];
  const missedFacts: T[] = [];
  let matched = 0;
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && match(e, f));
    if (i >= 0) {
      used.add(i);
      matched++;
    } else {
      missed.push(describe(e));
      missedFacts.push(e);
    }
  }
  const extraFacts = found.filter((_, k) => !used.has(k));
  const extra = extraFacts.map(describe);
  const same = (a: T, b: T) => sentenceOf(a).trim() === sentenceOf(b).trim();
  const errors: FactError[] = [
    ...missedFacts.map((e): FactError => {
      const near = nearest(e, extraFacts, facet, same, true);
      return {
        type: 'missed',
        fact: describe(e),
        sentence: sentenceOf(e),
        why: near
          ? `drafted from this sentence but ${near}`
          : 'nothing matching drafted from this sentence',
      };
    }),
    ...extraFacts.map((f): FactError => {
      const near = nearest(f, missedFacts, facet, same, false);
      return {
        type: 'extra',
        fact: describe(f),
        sentence: sentenceOf(f),
        why: near
          ? `an expected fact of this sentence differs: ${near}`
          : 'no fact expected from this sentence',
      };
    }),
  ];
  return {
    expected: expected.length,
    found: found.length,
    matched,
    precision: found.length ? matched / found.length : expected.length ? 0 : 1,
    recall: expected.length ? matched / expected.length : 1,
    missed,
    extra,
    errors,
  };
}

const dateWords = (d: FuzzyDate) =>
  d.value
    ? `${d.value}${d.end ? `…${d.end}` : ''}`
    : `unknown${d.before ? ` (before ${d.before})` : ''}`;
const measureWords = (m: Measure) =>
  'value' in m
    ? `${m.kind} ${m.value}${m.unit === 'percent' ? '%' : ' km²'}`
    : m.kind === 'range'
      ? `range ${m.min}–${m.max}${m.unit === 'percent' ? '%' : ' km²'}`
      : m.kind;

/** Scores a drafted file against the expected (hand-curated) facts of the same article. */
export function scoreDraft(
  expected: SourceFile,
  found: SourceFile,
): { statements: Score; control: Score } {
  return {
    statements: score(expected.statements, found.statements, {
      match: statementMatches,
      describe: (s) => `${s.speaker} ${s.kind} ${dateWords(s.date)}: ${s.text.slice(0, 60)}`,
      differ: (e, f) => [
        ...(e.speaker !== f.speaker ? [`speaker ${f.speaker} (expected ${e.speaker})`] : []),
        ...(e.kind !== f.kind ? [`kind ${f.kind} (expected ${e.kind})`] : []),
        ...(!sameDate(e.date, f.date)
          ? [`date ${dateWords(f.date)} (expected ${dateWords(e.date)})`]
          : []),
        ...(!similarText(e.text, f.text)
          ? [`words “${f.text.slice(0, 50)}” (expected “${e.text.slice(0, 50)}”)`]
          : []),
      ],
    }),
    control: score(expected.control, found.control, {
      match: controlMatches,
      describe: (c) =>
        `${c.target} ${c.controller} ${measureWords(c.measure)} as of ${dateWords(c.asOf)}`,
      differ: (e, f) => [
        ...(e.target !== f.target ? [`target ${f.target} (expected ${e.target})`] : []),
        ...(e.controller !== f.controller
          ? [`controller ${f.controller} (expected ${e.controller})`]
          : []),
        ...(!sameMeasure(e.measure, f.measure)
          ? [`measure ${measureWords(f.measure)} (expected ${measureWords(e.measure)})`]
          : []),
        ...(!sameDate(e.asOf, f.asOf)
          ? [`date ${dateWords(f.asOf)} (expected ${dateWords(e.asOf)})`]
          : []),
      ],
    }),
  };
}

/** Totals over many articles (micro-averaged: every fact counts once). */
export function sumScores(scores: readonly Score[]): Score {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  return {
    expected,
    found,
    matched,
    precision: found ? matched / found : expected ? 0 : 1,
    recall: expected ? matched / expected : 1,
    missed: scores.flatMap((s) => s.missed),
    extra: scores.flatMap((s) => s.extra),
    errors: scores.flatMap((s) => s.errors),
  };
}
