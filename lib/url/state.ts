import { isValidDateValue } from '../dates/fuzzy-date';
import { EMPTY_FILTERS, type Filters } from '../explore/filters';

/** The part of the explorer's state a link carries. */
export interface ShareableState {
  date: string;
  selectedItemId: string | null;
  selectedRegionId: string | null;
  /** A place whose panel is open (absent in links from before places). */
  selectedPlaceId?: string | null;
  compareDate: string | null;
  filters: Filters;
  /** The party whose share the map shades, when not the dataset's default. */
  mapParty?: string | null;
  /** Claimed figures fill the map (labelled as claims). */
  includeClaims?: boolean;
  /** The map's place shows charts of control over time instead of the map. */
  tab?: 'map' | 'chart';
}

/** What a decoder may accept: anything else in a URL is ignored. */
export interface UrlContext {
  itemIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
  speakerIds: ReadonlySet<string>;
  partyIds: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
  /** Parties whose share the map can shade (absent: the parameter is ignored). */
  mapPartyIds?: ReadonlySet<string>;
  /** Regions and groups a filter may name. */
  placeIds: ReadonlySet<string>;
  /** Places (towns, bases, camps) a link may open (absent: the parameter is ignored). */
  markerPlaceIds?: ReadonlySet<string>;
  /** First and last day the date may take. */
  bounds: [string, string];
}

const MAX_TEXT = 200;
const MAX_LIST = 50;

const isDay = (v: string | null): v is string =>
  v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) && isValidDateValue(v);
const inBounds = (d: string, [lo, hi]: [string, string]) => d >= lo && d <= hi;

/** A link's day (YYYY-MM-DD, a real day within `bounds`), else null. */
export function linkDay(value: unknown, bounds: [string, string]): string | null {
  return typeof value === 'string' && isDay(value) && inBounds(value, bounds) ? value : null;
}
const list = (v: string | null, allowed: ReadonlySet<string>) =>
  v === null ? [] : [...new Set(v.split(',').filter((x) => allowed.has(x)))].slice(0, MAX_LIST);

/**
 * Reads a query string into state, keeping only what is valid for this dataset: unknown
 * ids, impossible or out-of-range dates, over-long text and unknown parameters are dropped,
 * never thrown on.
 */
export function decodeUrlState(search: string, ctx: UrlContext): Partial<ShareableState> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const out: Partial<ShareableState> = {};
  const date = params.get('date');
  const day = linkDay(date, ctx.bounds);
  if (day) out.date = day;
  const item = params.get('item');
  if (item && ctx.itemIds.has(item)) out.selectedItemId = item;
  const region = params.get('region');
  if (region && ctx.regionIds.has(region)) out.selectedRegionId = region;
  const place = params.get('place');
  if (place && ctx.markerPlaceIds?.has(place)) out.selectedPlaceId = place;
  const compare = params.get('compare');
  if (isDay(compare) && inBounds(compare, ctx.bounds)) out.compareDate = compare;

  const filters: Filters = {
    speakers: list(params.get('speakers'), ctx.speakerIds),
    parties: list(params.get('parties'), ctx.partyIds),
    topics: list(params.get('topics'), ctx.topicIds),
    regions: list(params.get('regions'), ctx.placeIds),
    text: (params.get('q') ?? '').slice(0, MAX_TEXT),
    from: null,
    to: null,
  };
  const from = params.get('from');
  const to = params.get('to');
  if (isDay(from) && inBounds(from, ctx.bounds)) filters.from = from;
  if (isDay(to) && inBounds(to, ctx.bounds)) filters.to = to;
  if (filters.from && filters.to && filters.from > filters.to)
    [filters.from, filters.to] = [filters.to, filters.from];
  out.filters = filters;
  const party = params.get('party');
  if (party && ctx.mapPartyIds?.has(party)) out.mapParty = party;
  if (params.get('claims') === '1') out.includeClaims = true;
  if (params.get('tab') === 'chart') out.tab = 'chart';
  return out;
}

/**
 * Writes state as a query string ("?date=…&item=…"), leaving out what equals the default so
 * links stay short. Keys are written in a fixed order so the same state gives the same URL.
 */
export function encodeUrlState(
  state: ShareableState,
  defaults: { date: string; mapParty?: string },
): string {
  const p = new URLSearchParams();
  if (state.date !== defaults.date) p.set('date', state.date);
  if (state.selectedItemId) p.set('item', state.selectedItemId);
  if (state.selectedRegionId) p.set('region', state.selectedRegionId);
  if (state.selectedPlaceId) p.set('place', state.selectedPlaceId);
  if (state.compareDate) p.set('compare', state.compareDate);
  const f = state.filters ?? EMPTY_FILTERS;
  if (f.speakers.length) p.set('speakers', f.speakers.join(','));
  if (f.parties.length) p.set('parties', f.parties.join(','));
  if (f.topics.length) p.set('topics', f.topics.join(','));
  if (f.regions.length) p.set('regions', f.regions.join(','));
  if (f.text.trim()) p.set('q', f.text.trim());
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (state.mapParty && state.mapParty !== defaults.mapParty) p.set('party', state.mapParty);
  if (state.includeClaims) p.set('claims', '1');
  if (state.tab === 'chart') p.set('tab', 'chart');
  const s = p.toString();
  return s ? `?${s}` : '';
}
