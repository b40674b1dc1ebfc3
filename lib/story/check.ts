import type { Story } from '../schema';
import { isValidDateValue, fuzzyDateInterval } from '../dates/fuzzy-date';
import type { Finding } from '../dataset/check';
import type { FuzzyDate } from '../schema';

/** What a story can refer to: the dataset's facts (with their dates) and its places. */
export interface StoryReferences {
  statements: ReadonlyMap<string, { date: FuzzyDate }>;
  events: ReadonlyMap<string, { date: FuzzyDate }>;
  /** Region, group and country ids. */
  places: ReadonlySet<string>;
}

/**
 * Checks what the story schema cannot: every step names a fact that exists and has a known
 * date (the map needs a day), dates are real calendar dates, and highlighted places exist.
 */
export function checkStory(file: string, story: Story, refs: StoryReferences): Finding[] {
  const findings: Finding[] = [];
  const add = (segments: (string | number)[], message: string) =>
    findings.push({ file, segments, message });
  story.steps.forEach((step, i) => {
    if ('statement' in step) {
      const s = refs.statements.get(step.statement);
      if (!s) add(['steps', i, 'statement'], `unknown statement "${step.statement}"`);
      else if (!fuzzyDateInterval(s.date))
        add(
          ['steps', i, 'statement'],
          `statement "${step.statement}" has no known date, so the map cannot show it`,
        );
    } else if ('event' in step) {
      const e = refs.events.get(step.event);
      if (!e) add(['steps', i, 'event'], `unknown event "${step.event}"`);
      else if (!fuzzyDateInterval(e.date))
        add(
          ['steps', i, 'event'],
          `event "${step.event}" has no known date, so the map cannot show it`,
        );
    } else if (!isValidDateValue(step.date)) {
      add(['steps', i, 'date'], `impossible date "${step.date}"`);
    }
    if (step.map?.asOf !== undefined && !isValidDateValue(step.map.asOf)) {
      add(['steps', i, 'map', 'asOf'], `impossible date "${step.map.asOf}"`);
    }
    step.map?.highlight?.forEach((id, j) => {
      if (!refs.places.has(id))
        add(['steps', i, 'map', 'highlight', j], `unknown region or group "${id}"`);
    });
  });
  return findings;
}
