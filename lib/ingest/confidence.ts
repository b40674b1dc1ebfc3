import type { FuzzyDate, Measure, StatementKind } from '../schema';

/**
 * Confidence of a drafted fact, scored from what the reading rested on rather than set by hand
 * per rule: each feature adds or removes a fixed amount, and the reasons are kept so a reviewer
 * sees why a fact scored low. The scale is a ranking for review (0.3 … 0.95), not a probability.
 */
export interface Confidence {
  value: number;
  why: string[];
}

const clamp = (x: number) => Math.round(Math.min(0.95, Math.max(0.3, x)) * 100) / 100;

function dateScore(d: FuzzyDate, why: string[]): number {
  if (d.basis === 'explicit' || d.basis === 'relative') {
    why.push('dated by the text');
    return 0.05;
  }
  if (d.basis === 'unknown') {
    why.push('undated');
    return -0.15;
  }
  if (d.basis === 'context') {
    why.push('date carried from context');
    return -0.05;
  }
  return 0;
}

export interface StatementFeatures {
  kind: StatementKind;
  /** The attribution is in the same sentence (not carried from the previous quote). */
  attributed: boolean;
  /** An answer in a Q&A interview: the speaker comes from the interview's introduction. */
  answer?: boolean;
  /** The speaker is named in the sentence (not a pronoun, a role or carried over). */
  named: boolean;
  /** The speaker is in the conflict's list of people (not drafted as new). */
  known: boolean;
  date: FuzzyDate;
  /** Words of the statement: very short or very long texts are less reliable readings. */
  words: number;
}

export function statementConfidence(f: StatementFeatures): Confidence {
  const why: string[] = [];
  let x = 0.5;
  if (f.answer) {
    x += 0.2;
    why.push('an answer in a Q&A interview, speaker from its introduction');
  } else if (f.kind === 'quote') {
    x += f.attributed ? 0.3 : 0.15;
    why.push(
      f.attributed
        ? 'quoted words with their attribution'
        : 'quote carried from the previous attribution',
    );
  } else {
    x += 0.2;
    why.push(f.kind === 'report' ? 'reported by a medium' : 'indirect speech');
  }
  if (f.answer) {
    // named or not, the interview's introduction names the speaker
  } else if (f.named) {
    x += 0.05;
    why.push('speaker named in the sentence');
  } else {
    x -= 0.1;
    why.push('speaker resolved from a pronoun, a role or the previous sentence');
  }
  if (!f.known) {
    x -= 0.05;
    why.push('speaker not in the conflict’s list');
  }
  x += dateScore(f.date, why);
  if (f.words < 3 || f.words > 60) {
    x -= 0.1;
    why.push(f.words < 3 ? 'very short' : 'very long');
  }
  return { value: clamp(x), why };
}

export interface ControlFeatures {
  measure: Measure;
  asOf: FuzzyDate;
  /** The figure sits right before its place in the usual order ("80 percent of X"). */
  usualOrder: boolean;
  /** The place is named with "region"/"oblast" or is a group or the country (not a bare name that may be a city). */
  unambiguousPlace: boolean;
}

export function controlConfidence(f: ControlFeatures): Confidence {
  const why: string[] = [];
  let x = 0.5;
  if ('value' in f.measure || f.measure.kind === 'range') {
    x += 0.25;
    why.push('a stated figure');
  } else {
    x += 0.1;
    why.push(`a figure in words (${f.measure.kind})`);
  }
  if (f.usualOrder) {
    x += 0.05;
    why.push('figure before its place');
  } else {
    x -= 0.05;
    why.push('figure and place in an unusual order');
  }
  if (!f.unambiguousPlace) {
    x -= 0.1;
    why.push('bare place name (could be the city)');
  }
  x += dateScore(f.asOf, why);
  return { value: clamp(x), why };
}
