import type { Conflict } from '../schema';
import { findPlaceMentions } from '../dataset/gazetteer';
import { partyLexicon, type DraftEvent } from './control';
import { findDates } from './dates';
import { maskDateline } from './metadata';
import type { PeopleIndex } from './people';
import { maskQuotes } from './statements';
import type { Sentence } from './text';

/** Verbs of things that happen on a day: offensives, withdrawals, strikes, agreements. */
const EVENT_VERB =
  /\b(launched|began|started|invaded|annexed|withdrew\s+from|pulled\s+out\s+of|signed|agreed|held\s+(?:talks|a\s+referendum|a\s+summit|a\s+meeting)|met\s+with|met|struck|attacked|shelled|seized|captured|recaptured|liberated|retook|declared|opened|blew\s+up|destroyed|crossed)\b/i;

/**
 * Dated events beyond changes of control: a sentence whose own words (outside quotes) give a
 * date, an actor (a party or a person of the conflict) and an event verb after it becomes an
 * event titled by its clause ("Ukrainian forces withdrew from the railway town of Debaltseve on
 * Wednesday"). Sentences that already gave an event are skipped.
 */
export function extractDatedEvents(
  sentences: readonly Sentence[],
  conflict: Conflict,
  people: PeopleIndex,
  published: string | null,
  taken: ReadonlySet<Sentence>,
): DraftEvent[] {
  const lex = partyLexicon(conflict);
  const out: DraftEvent[] = [];
  for (const s of sentences) {
    if (taken.has(s)) continue;
    const masked = maskDateline(maskQuotes(s.text));
    const verb = EVENT_VERB.exec(masked);
    if (!verb) continue;
    // A demand or a possibility is not an event.
    if (
      /\b(?:to|must|should|would|could|will|may|might|cannot|threatened to|wants? to)\s+(?:\w+\s+)?$/i.test(
        masked.slice(0, verb.index),
      )
    )
      continue;
    const clauseStart = Math.max(
      0,
      masked.lastIndexOf(',', verb.index) + 1,
      masked.lastIndexOf(';', verb.index) + 1,
    );
    const clauseEndRel = masked.slice(verb.index).search(/[,;.](?:\s|$)/);
    const clauseEnd = clauseEndRel < 0 ? masked.length : verb.index + clauseEndRel;
    lex.re.lastIndex = 0;
    const subject = [...masked.slice(0, verb.index).matchAll(lex.re)].pop() ?? null;
    const person = people.mentions(masked.slice(0, verb.index)).pop() ?? null;
    const actorAt = Math.max(subject ? subject.index : -1, person ? person.index : -1);
    if (actorAt < 0 || actorAt < clauseStart - 1) continue;
    const clause = masked.slice(actorAt, clauseEnd);
    const date = findDates(clause, published).find((d) => d.date.value);
    if (!date) continue;
    const title = s.text.slice(actorAt, clauseEnd).trim().replace(/\s+/g, ' ');
    if (title.split(' ').length < 3 || title.length > 140) continue;
    out.push({
      title: title.charAt(0).toUpperCase() + title.slice(1),
      date: date.date,
      regions: [...new Set(findPlaceMentions(conflict, clause).map((p) => p.target))],
      sentence: s,
      span: [s.start + actorAt, s.start + clauseEnd],
      confidence: date.date.basis === 'explicit' ? 0.55 : 0.5,
    });
  }
  return out;
}
