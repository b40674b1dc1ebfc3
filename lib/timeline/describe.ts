import type { ConflictEvent, Party, Person, Source, Statement } from '../schema';
import type { TimelineItem } from '../dataset/types';
import {
  datePrecision,
  describeDateBasis,
  formatDateValue,
  formatFuzzyDate,
} from '../dates/fuzzy-date';

/** The facts a timeline needs to describe its items, by id. */
export interface TimelineFacts {
  statements: readonly Statement[];
  events: readonly ConflictEvent[];
  people: readonly Person[];
  parties: readonly Party[];
  sources: readonly Source[];
}

/** Everything a tooltip, an accessible name or a detail box says about one item. */
export interface ItemDescription {
  id: string;
  type: 'statement' | 'event';
  /** Speaker's name (statements) or "Event". */
  heading: string;
  /** The speaker's role at the time, when known. */
  role?: string;
  partyName?: string;
  /** "18 Mar 2014", "2014", "date not stated (before 21 Jan 2025)". */
  date: string;
  /** "day", "month" or "year" precision, or "date not stated", in words. */
  precision: string;
  /** How the date was read ("stated in the source", …). */
  basis: string;
  /** "Quote", "Paraphrase", "Report" or "Event". */
  kindLabel: string;
  /** The words shown: the verbatim quote, the paraphrase, or the event's title. */
  text: string;
  /** True when `text` is the speaker's verbatim words. */
  verbatim: boolean;
  detail?: string;
  via?: string;
  source?: { publisher: string; title: string; published: string | null; url?: string };
  /** Short accessible name: who, when, first words. */
  name: string;
}

const PRECISION_WORDS = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
  unknown: 'date not stated',
} as const;
const KIND_LABELS = { quote: 'Quote', paraphrase: 'Paraphrase', report: 'Report' } as const;

const firstWords = (text: string, n: number) => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
};

/** The role a person held on a day, when the roles say; for statements without their own role. */
function roleOn(person: Person | undefined, day: string | undefined): string | undefined {
  if (!person || person.roles.length === 0) return undefined;
  if (!day) return person.roles.length === 1 ? person.roles[0]?.title : undefined;
  const held = person.roles.find(
    (r) => (!r.from || r.from <= day) && (!r.to || day <= `${r.to}\uffff`),
  );
  return held?.title;
}

/** Builds the describer for a set of facts (indexes made once). */
export function timelineDescriber(facts: TimelineFacts): (item: TimelineItem) => ItemDescription {
  const statements = new Map(facts.statements.map((s) => [s.id, s]));
  const events = new Map(facts.events.map((e) => [e.id, e]));
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const parties = new Map(facts.parties.map((p) => [p.id, p]));
  const sources = new Map(facts.sources.map((s) => [s.id, s]));
  return (item) => {
    const date = formatFuzzyDate(item.date);
    const precision = PRECISION_WORDS[datePrecision(item.date)];
    const basis = describeDateBasis(item.date);
    const src = sources.get(item.source);
    const source = src
      ? {
          publisher: src.publisher,
          title: src.title,
          published: src.published ? formatDateValue(src.published) : null,
          ...(src.url ? { url: src.url } : {}),
        }
      : undefined;
    const common = { id: item.id, date, precision, basis, ...(source ? { source } : {}) };
    if (item.type === 'statement') {
      const s = statements.get(item.id);
      const person = people.get(item.lane);
      const heading = person?.name ?? item.lane;
      const role = s?.role ?? roleOn(person, item.date.value);
      const party = item.party ? parties.get(item.party) : undefined;
      const kind = s?.kind ?? 'report';
      const text = s?.text ?? item.label;
      const shown = kind === 'quote' ? `“${firstWords(text, 8)}”` : firstWords(text, 8);
      return {
        ...common,
        type: 'statement',
        heading,
        ...(role ? { role } : {}),
        ...(party ? { partyName: party.name } : {}),
        kindLabel: KIND_LABELS[kind],
        text,
        verbatim: kind === 'quote',
        ...(s?.summary ? { detail: s.summary } : {}),
        ...(s?.via ? { via: s.via } : {}),
        name: `${heading}, ${date}: ${KIND_LABELS[kind].toLowerCase()}, ${shown}`,
      };
    }
    const e = events.get(item.id);
    const text = e?.title ?? item.label;
    return {
      ...common,
      type: 'event',
      heading: 'Event',
      kindLabel: 'Event',
      text,
      verbatim: false,
      ...(e?.description ? { detail: e.description } : {}),
      name: `Event, ${date}: ${firstWords(text, 8)}`,
    };
  };
}

/** `timelineDescriber`, remembering each item's description (items are immutable values). */
export function cachedDescriber(facts: TimelineFacts): (item: TimelineItem) => ItemDescription {
  // Its lookups (a map of every statement and event) are built when the first item is
  // described, not when the timeline is: the first marks need none of them.
  let describe: ((item: TimelineItem) => ItemDescription) | null = null;
  const seen = new WeakMap<TimelineItem, ItemDescription>();
  return (item) => {
    let d = seen.get(item);
    if (!d) seen.set(item, (d = (describe ??= timelineDescriber(facts))(item)));
    return d;
  };
}
