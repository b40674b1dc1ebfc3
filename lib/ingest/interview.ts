import type { FuzzyDate } from '../schema';
import { findDates } from './dates';
import type { Sentence } from './text';

/** A question-and-answer interview found in an article body. */
export interface InterviewLayout {
  /** Paragraph indexes of the questions ("Q: …") and of the answers ("A: …"). */
  questions: Set<number>;
  answers: Set<number>;
  /** The sentence introducing the interviewee (the last one before the first question that names someone). */
  intro: Sentence | null;
  /** When the interview took place, if the introduction says ("spoke to us on Monday"). */
  date: FuzzyDate | null;
}

const QUESTION = /^(?:Q|Question)\s*[:.]\s+/;
const ANSWER = /^(?:A|Answer)\s*[:.]\s+/;

/** The "A: " or "Q: " label opening a paragraph's first sentence, or an empty string. */
export function interviewLabel(text: string): string {
  return QUESTION.exec(text)?.[0] ?? ANSWER.exec(text)?.[0] ?? '';
}

/**
 * Reads the layout of a Q&A interview: paragraphs opening with "Q:"/"A:" (or "Question:"/
 * "Answer:"). An article counts as an interview only with at least two answers, so a stray "A:"
 * never turns a news story into one. The answers are the interviewee's own words, though they
 * carry no quotation marks.
 */
export function readInterview(
  sentences: readonly Sentence[],
  published: string | null,
): InterviewLayout | null {
  const questions = new Set<number>();
  const answers = new Set<number>();
  let lastParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph === lastParagraph) continue;
    lastParagraph = s.paragraph;
    if (QUESTION.test(s.text)) questions.add(s.paragraph);
    else if (ANSWER.test(s.text)) answers.add(s.paragraph);
  }
  if (answers.size < 2 || questions.size < 1) return null;
  const firstQuestion = Math.min(...questions);
  const before = sentences.filter((s) => s.paragraph < firstQuestion);
  const intro =
    [...before]
      .reverse()
      .find((s) => /[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+/u.test(s.text.split(',')[0] ?? '')) ??
    null;
  const date = intro ? (findDates(intro.text, published)[0]?.date ?? null) : null;
  return { questions, answers, intro, date };
}
