import type { Party, Person } from '../schema';
import type { TimelineItem } from '../dataset/types';

/** How lanes are cut: one per speaker (wide screens) or one per party (narrow screens). */
export type LaneMode = 'speaker' | 'party';

/** One horizontal lane of the timeline. */
export interface TimelineLane {
  /** Person id, party id, "events" or "other". */
  key: string;
  label: string;
  /** A shorter label for narrow screens ("Putin", "US"). */
  shortLabel: string;
  /** The party the lane belongs to; undefined for the events lane and unaffiliated speakers. */
  party?: string;
  /** Rows available for stacking before overlapping items merge into a cluster. */
  rows: number;
}

/** Who speaks and for whom: the people and parties of a conflict. */
export interface LaneContext {
  people: readonly Pick<Person, 'id' | 'name' | 'party'>[];
  parties: readonly Pick<Party, 'id' | 'name' | 'shortName'>[];
}

export const EVENTS_LANE = 'events';
export const OTHER_LANE = 'other';

/** The last word of a name ("Putin"): how narrow lanes and labels name a speaker. */
export const lastName = (name: string) => name.split(/\s+/).filter(Boolean).pop() ?? name;

/**
 * The lanes for a set of items: events first, then speakers grouped by party in the conflict's
 * party order (speakers by name within a party), then speakers who speak for no party. Only
 * lanes that hold an item are kept. In "party" mode each party is one lane.
 */
export function timelineLanes(
  items: readonly TimelineItem[],
  context: LaneContext,
  mode: LaneMode,
): TimelineLane[] {
  const people = new Map(context.people.map((p) => [p.id, p]));
  const partyOrder = new Map(context.parties.map((p, i) => [p.id, i]));
  const lanes: TimelineLane[] = [];
  if (items.some((t) => t.type === 'event')) {
    lanes.push({ key: EVENTS_LANE, label: 'Events', shortLabel: 'Events', rows: 3 });
  }
  const speakers = new Set(items.filter((t) => t.type === 'statement').map((t) => t.lane));
  const partyOf = (speaker: string) => {
    const party = people.get(speaker)?.party;
    return party !== undefined && partyOrder.has(party) ? party : undefined;
  };
  const rank = (party: string | undefined) =>
    party === undefined ? Infinity : (partyOrder.get(party) ?? Infinity);
  if (mode === 'party') {
    const parties = new Set([...speakers].map(partyOf));
    for (const p of context.parties) {
      if (!parties.has(p.id)) continue;
      lanes.push({
        key: p.id,
        label: p.name,
        shortLabel: p.shortName ?? p.name,
        party: p.id,
        rows: 3,
      });
    }
    if (parties.has(undefined))
      lanes.push({ key: OTHER_LANE, label: 'Others', shortLabel: 'Others', rows: 3 });
    return lanes;
  }
  const sorted = [...speakers].sort((a, b) => {
    const byParty = rank(partyOf(a)) - rank(partyOf(b));
    if (byParty !== 0) return byParty;
    const na = people.get(a)?.name ?? a;
    const nb = people.get(b)?.name ?? b;
    return na.localeCompare(nb, 'en');
  });
  for (const s of sorted) {
    const person = people.get(s);
    const name = person?.name ?? s;
    const party = partyOf(s);
    lanes.push({
      key: s,
      label: name,
      shortLabel: lastName(name),
      ...(party ? { party } : {}),
      rows: 1,
    });
  }
  return lanes;
}

/** The lane key an item sits in under a lane mode. */
export function laneKeyOf(
  item: TimelineItem,
  mode: LaneMode,
  partyOfSpeaker: (id: string) => string | undefined,
): string {
  if (item.type === 'event') return EVENTS_LANE;
  if (mode === 'speaker') return item.lane;
  return partyOfSpeaker(item.lane) ?? OTHER_LANE;
}
