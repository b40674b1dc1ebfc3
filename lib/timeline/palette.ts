import type { Party } from '../schema';
import type { TimelineItem } from '../dataset/types';
import { EVENTS_LANE, type TimelineLane } from './lanes';

/** Events are drawn in a neutral slate, whoever reports them. */
export const EVENT_COLOUR = '#4f5663';
/** A speaker who speaks for no party of the conflict. */
export const OTHER_COLOUR = '#8a8f98';
/** Outlines and text. */
export const INK = '#1a1d23';

/** The colours of a timeline's items and lanes. */
export interface TimelinePalette {
  item: (item: Pick<TimelineItem, 'type' | 'party'>) => string;
  lane: (lane: Pick<TimelineLane, 'key' | 'party'>) => string;
}

/**
 * The party-colour rule, once: an event is slate; a statement (or a speaker's lane) takes its
 * party's colour, grey when it speaks for no party. Marks, rings, lane keys and the legend ask here.
 */
export function timelinePalette(parties: readonly Pick<Party, 'id' | 'color'>[]): TimelinePalette {
  const colours = new Map(parties.map((p) => [p.id, p.color]));
  const colour = (event: boolean, party: string | undefined) =>
    event ? EVENT_COLOUR : (party && colours.get(party)) || OTHER_COLOUR;
  return {
    item: (item) => colour(item.type === 'event', item.party),
    lane: (lane) => colour(lane.key === EVENTS_LANE, lane.party),
  };
}
