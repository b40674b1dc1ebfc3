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
}

const sameDate = (a: FuzzyDate, b: FuzzyDate) => (a.value ?? null) === (b.value ?? null) && (a.end ?? null) === (b.end ?? null);

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
  if (a.kind === 'range' && b.kind === 'range') return a.min === b.min && a.max === b.max && a.unit === b.unit;
  return true;
}

/** A statement matches when speaker, kind (quote/paraphrase/report), words and date agree. */
export function statementMatches(e: Statement, f: Statement): boolean {
  return e.speaker === f.speaker && e.kind === f.kind && sameDate(e.date, f.date) && similarText(e.text, f.text);
}

/** A control figure matches when target (region or group), controller, measure and date agree. */
export function controlMatches(e: ControlObservation, f: ControlObservation): boolean {
  return e.target === f.target && e.controller === f.controller && sameMeasure(e.measure, f.measure) && sameDate(e.asOf, f.asOf);
}

function score<T>(expected: readonly T[], found: readonly T[], match: (e: T, f: T) => boolean, describe: (x: T) => string): Score {
  const used = new Set<number>();
  const missed: string[] = [];
  let matched = 0;
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && match(e, f));
    if (i >= 0) {
      used.add(i);
      matched++;
    } else missed.push(describe(e));
  }
  const extra = found.filter((_, k) => !used.has(k)).map(describe);
  return {
    expected: expected.length,
    found: found.length,
    matched,
    precision: found.length ? matched / found.length : expected.length ? 0 : 1,
    recall: expected.length ? matched / expected.length : 1,
    missed,
    extra,
  };
}

const dateWords = (d: FuzzyDate) => d.value ? `${d.value}${d.end ? `…${d.end}` : ''}` : `unknown${d.before ? ` (before ${d.before})` : ''}`;
const measureWords = (m: Measure) =>
  'value' in m ? `${m.kind} ${m.value}${m.unit === 'percent' ? '%' : ' km²'}` : m.kind === 'range' ? `range ${m.min}–${m.max}${m.unit === 'percent' ? '%' : ' km²'}` : m.kind;

/** Scores a drafted file against the expected (hand-curated) facts of the same article. */
export function scoreDraft(expected: SourceFile, found: SourceFile): { statements: Score; control: Score } {
  return {
    statements: score(expected.statements, found.statements, statementMatches, (s) => `${s.speaker} ${s.kind} ${dateWords(s.date)}: ${s.text.slice(0, 60)}`),
    control: score(expected.control, found.control, controlMatches, (c) => `${c.target} ${c.controller} ${measureWords(c.measure)} as of ${dateWords(c.asOf)}`),
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
  };
}
