import type { CompiledDataset, CompiledSource } from '../dataset/types';
import type { PlaceMarker } from '../map/places';
import type { Story } from '../schema';
import {
  dayStart,
  describeDateBasis,
  formatDateValue,
  formatFuzzyDate,
  parseDateValue,
} from '../dates/fuzzy-date';
import { controlMapContext, controlMapStateAt } from '../map/map-state';
import type { RegionShade } from '../map/shade';
import { citeSource, type TooltipSource } from '../map/tooltip';
import { shareInterval } from '../measure/describe';
import { resolveStory, type DayFrom } from './steps';

/** What the map of a slide says about one highlighted region, with the source of the figure. */
export interface SlideRegion {
  id: string;
  name: string;
  /** "Kherson": the short name, for a slide's caption. */
  shortName?: string;
  figure: string;
  /** The map label's words (">70%", "partly · old"), for a slide's caption; `figure` in full. */
  label?: string;
  asOf?: string;
  statedBy?: string;
  notes: string[];
  source?: TooltipSource;
  /** The source's publisher, for short captions ("Reuters"). */
  publisher?: string;
}

/**
 * One step of a story as plain, serialisable data for the presentation, the presenter view
 * and the handout: every string in words, every fact with its source, and the map's shading.
 */
export interface Slide {
  index: number;
  kind: 'statement' | 'event' | 'date';
  /** Fact id (or a synthetic id for a date step). */
  id: string;
  /** "Vladimir Putin, President of Russia" / "Event" / the date step's title. */
  heading: string;
  /** The quote, paraphrase, report or event title: the large text. */
  text: string;
  /** "quote" when `text` is the speaker's own words. */
  textKind: 'quote' | 'paraphrase' | 'report' | 'event' | 'date';
  /** Our one-sentence paraphrase or the event's description, when there is one. */
  detail?: string;
  via?: string;
  /** "18 March 2014" */
  dateLabel: string;
  /** "stated in the source" … */
  dateBasis: string;
  /** The day the map shows, YYYY-MM-DD, and in words. */
  day: string;
  dayLabel: string;
  /** Why the map shows `day`, when the fact's source gives no date of its own. */
  dayNote?: string;
  source?: TooltipSource;
  /** "Reuters, 30 Sep 2022": the source in short, for the projected slide (the title is in `source`). */
  sourceShort?: string;
  /** Region ids outlined on the map. */
  highlight: string[];
  /**
   * What the map says about the outlined regions; on a date step that outlines none, about
   * every region with a reported figure (the map's story on that day), most held first.
   */
  regions: SlideRegion[];
  note?: string;
  /** Map shading on `day`, for applySvgState / controlMapSvg. */
  shades: Record<string, RegionShade>;
  activeGroups: string[];
  /** The place markers of the day (absent in decks built before places). */
  places?: PlaceMarker[];
}

/** The title of a story and its slides. */
export interface Deck {
  id: string;
  /** The dataset the story is told from (its pages live under /<datasetId>/). */
  datasetId: string;
  title: string;
  description?: string;
  /** For the slides' legend: the party whose share is shaded, and the staleness window. */
  mapPartyName?: string;
  staleAfterDays?: number;
  slides: Slide[];
}

/** "Reuters, 30 Sep 2022": publisher and date, for the slide (its link has the title). */
function shortSource(source: { publisher: string; published?: string | null } | undefined) {
  if (!source) return {};
  const date = source.published ? formatDateValue(source.published) : 'undated';
  return { sourceShort: `${source.publisher}, ${date}` };
}

/** The few words a slide's caption gives a region: its map label, else what kind of gap it is. */
function captionLabel(shade: RegionShade | undefined): string | undefined {
  if (!shade) return undefined;
  if (shade.label) return shade.label;
  if (shade.kind === 'no-recent') return 'no recent figure';
  if (shade.kind === 'no-data') return 'no figure for this date';
  return undefined;
}

/** Said under the map of a step whose fact has no date of its own. */
const DAY_NOTES: Record<DayFrom, string> = {
  before: 'The source gives no date, only that it was no later than this: the map shows that day.',
  after: 'The source gives no date, only that it was no earlier than this: the map shows that day.',
  'previous-step': "The source gives no date: the map stays on the previous step's day.",
  'next-step': "The source gives no date: the map shows the next step's day.",
};

/** The title a person held on a day, when exactly one dated role covers it. */
function roleOn(
  roles: readonly { title: string; from?: string; to?: string }[],
  day: string,
): string | undefined {
  const t = dayStart(day);
  const covering = roles.filter((r) => {
    if (!r.from) return false;
    const from = parseDateValue(r.from);
    const to = r.to ? parseDateValue(r.to) : null;
    return from !== null && from.start <= t && (r.to === undefined || (to !== null && t < to.end));
  });
  return covering.length === 1 ? covering[0]?.title : undefined;
}

/** Turns a story into slides against a compiled dataset (server side; the output is plain data). */
/**
 * What a deck is built from: a compiled dataset, or the lighter one the build publishes for
 * embeds and drafts (no article texts, notes or stories).
 */
export type DeckDataset = Omit<CompiledDataset, 'sources' | 'notes' | 'stories'> & {
  sources: Omit<CompiledSource, 'body'>[];
};

export function storyDeck(dataset: DeckDataset, story: Story): Deck {
  const people = new Map(dataset.conflict.people.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const ctx = controlMapContext(dataset);
  const shortNames = new Map(dataset.regions.map((r) => [r.id, r.nameEn]));
  const slides = resolveStory(story, dataset).map((step): Slide => {
    const state = controlMapStateAt(dataset, dayStart(step.day), ctx);
    // Most held first: by the middle of the share the figure allows (unknown shares last).
    const held = (id: string) => {
      const share = state.shades[id]?.share;
      const i = share ? shareInterval(share) : null;
      return i ? (i.lo + i.hi) / 2 : -1;
    };
    const named =
      step.kind === 'date' && step.highlight.length === 0
        ? dataset.regions
            .map((r) => r.id)
            .filter((id) => state.shades[id]?.kind === 'figure')
            .sort((a, b) => held(b) - held(a))
        : step.highlight;
    const regions = named.map((id): SlideRegion => {
      const t = state.tooltips[id];
      const publisher = t?.source ? sources.get(t.source.id)?.publisher : undefined;
      return {
        id,
        name: t?.name ?? id,
        ...(shortNames.get(id) ? { shortName: shortNames.get(id) } : {}),
        ...(captionLabel(state.shades[id]) ? { label: captionLabel(state.shades[id]) } : {}),
        figure: t?.figure ?? 'No data for this date',
        notes: t?.notes ?? [],
        ...(t?.asOf ? { asOf: t.asOf } : {}),
        ...(t?.statedBy ? { statedBy: t.statedBy } : {}),
        ...(t?.source ? { source: t.source } : {}),
        ...(publisher ? { publisher } : {}),
      };
    });
    const common = {
      index: step.index,
      id: step.id,
      dateLabel: formatFuzzyDate(step.date, { longMonth: true }),
      dateBasis: describeDateBasis(step.date),
      day: step.day,
      dayLabel: formatDateValue(step.day, { longMonth: true }),
      ...(step.kind !== 'date' && step.dayFrom ? { dayNote: DAY_NOTES[step.dayFrom] } : {}),
      highlight: step.highlight,
      regions,
      shades: state.shades,
      activeGroups: state.activeGroups,
      places: state.places,
      ...(step.note !== undefined ? { note: step.note } : {}),
    };
    if (step.kind === 'statement') {
      const s = step.fact;
      const person = people.get(s.speaker);
      const role = s.role ?? roleOn(person?.roles ?? [], step.day);
      return {
        ...common,
        kind: 'statement',
        heading: [person?.name ?? s.speaker, role].filter(Boolean).join(', '),
        text: s.text,
        textKind: s.kind,
        ...(s.summary ? { detail: s.summary } : {}),
        ...(s.via ? { via: s.via } : {}),
        source: citeSource(sources.get(s.source), s.source),
        ...shortSource(sources.get(s.source)),
      };
    }
    if (step.kind === 'event') {
      const e = step.fact;
      return {
        ...common,
        kind: 'event',
        heading: 'Event',
        text: e.title,
        textKind: 'event',
        ...(e.description ? { detail: e.description } : {}),
        source: citeSource(sources.get(e.source), e.source),
        ...shortSource(sources.get(e.source)),
      };
    }
    // The date is already the slide's dateline: the words say what the step is about.
    return {
      ...common,
      kind: 'date',
      heading: 'The map on this date',
      text: step.title ?? 'Who controls what',
      textKind: 'date',
    };
  });
  return {
    id: story.id,
    datasetId: dataset.id,
    title: story.title,
    ...(story.description ? { description: story.description } : {}),
    mapPartyName:
      dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
      dataset.conflict.mapParty,
    staleAfterDays: dataset.conflict.staleAfterDays,
    slides,
  };
}
