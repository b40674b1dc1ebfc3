import type { FuzzyDate, SourceFile } from '../schema';
import { isValidDateValue } from '../dates/fuzzy-date';

export type ReviewState = 'pending' | 'accepted' | 'rejected';

export interface FactEdit {
  /** New words (statement text, event title, claim text). */
  text?: string;
  /** New date value (YYYY, YYYY-MM or YYYY-MM-DD); empty means unknown. */
  date?: string;
}

function editDate(date: FuzzyDate, value: string | undefined): FuzzyDate {
  if (value === undefined) return date;
  const v = value.trim();
  if ((date.value ?? '') === v) return date;
  if (!v) return { basis: 'unknown', note: 'date cleared in review' };
  if (!isValidDateValue(v)) return date;
  return {
    value: v,
    basis: date.basis === 'unknown' || date.basis === 'publication' ? 'context' : date.basis,
    note: `set in review (was ${date.value ?? 'unknown'})`,
  };
}

/**
 * The reviewed file: rejected facts removed, edits applied, accepted facts marked accepted,
 * the rest left pending. Pure, so the page and tests share it.
 */
export function applyReview(
  draft: SourceFile,
  reviews: Record<string, ReviewState>,
  edits: Record<string, FactEdit>,
): SourceFile {
  const keep = (id: string) => reviews[id] !== 'rejected';
  const state = (id: string) =>
    (reviews[id] === 'accepted' ? 'accepted' : 'pending') as 'accepted' | 'pending';
  return {
    ...draft,
    statements: draft.statements
      .filter((f) => keep(f.id))
      .map((f) => ({
        ...f,
        text: edits[f.id]?.text?.trim() || f.text,
        date: editDate(f.date, edits[f.id]?.date),
        review: state(f.id),
      })),
    events: draft.events
      .filter((f) => keep(f.id))
      .map((f) => ({
        ...f,
        title: edits[f.id]?.text?.trim() || f.title,
        date: editDate(f.date, edits[f.id]?.date),
        review: state(f.id),
      })),
    control: draft.control
      .filter((f) => keep(f.id))
      .map((f) => ({ ...f, asOf: editDate(f.asOf, edits[f.id]?.date), review: state(f.id) })),
    claims: draft.claims
      .filter((f) => keep(f.id))
      .map((f) => ({
        ...f,
        ...(edits[f.id]?.text?.trim() ? { text: edits[f.id]?.text?.trim() } : {}),
        review: state(f.id),
      })),
  };
}
