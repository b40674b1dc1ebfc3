import type {
  Claim,
  Conflict,
  ConflictEvent,
  ControlObservation,
  FuzzyDate,
  LonLatBox,
  MapCredit,
  Place,
  Source,
  Statement,
  Story,
} from '../schema';
import type { DatePrecision } from '../dates/fuzzy-date';

/** A first-level region, read from regions.geojson (geometry kept apart). */
export interface Region {
  /** ISO 3166-2 code, e.g. "UA-14". */
  id: string;
  nameEn: string;
  nameEnFull: string;
  /**
   * The name in the country's own language and script ("Запорізька область"), short form
   * ("Запорізька"), and that language's BCP 47 tag ("uk"); empty strings when the boundary
   * file has none.
   */
  nameLocal: string;
  nameLocalShort: string;
  localLang: string;
  type: string;
  /** Land area computed from the boundary (km², rounded to whole km²). */
  areaKm2: number;
  /**
   * Where its label and keyboard marker go [lon, lat]: well inside the region, computed from
   * the boundary once when the data is loaded (browsers would otherwise spend ~150 ms on it).
   */
  labelPoint?: [number, number];
}

/** A place of conflict.json, with the name of the region it lies in. */
export interface CompiledPlace extends Place {
  /** `nameEn` of the place's region. */
  regionName: string;
}

/**
 * How the map opens and the boundary credit line: conflict.json's `map` with the zooms
 * filled in, or, when it has none, a view derived from the regions' extent (`derived: true`,
 * no credits).
 */
export interface DatasetMap {
  homeBounds: LonLatBox;
  maxBounds: LonLatBox;
  minZoom: number;
  maxZoom: number;
  credits: MapCredit[];
  derived: boolean;
}

/** A source, with the file it came from and, when it ships, the article text. */
export interface CompiledSource extends Source {
  file: string;
  /** What kind of publisher it is, in words ("news agency", "state media of Russia"). */
  kindWords: string;
  /** The article text, when it ships with the dataset. */
  body?: string;
}

/** Where a fact sits in time, precomputed for views: [start, end) UTC ms, null when unknown. */
export interface TimeSpan {
  precision: DatePrecision | 'unknown';
  start: number | null;
  end: number | null;
}

/** One mark of the timeline: a statement or an event, in date order. */
export interface TimelineItem {
  id: string;
  type: 'statement' | 'event';
  date: FuzzyDate;
  span: TimeSpan;
  /** Lane key: the speaker's person id for statements, "events" for events. */
  lane: string;
  /** Party of the speaker, when known. */
  party?: string;
  /** Short text for labels and accessible names. */
  label: string;
  regions: string[];
  /** Place ids the statement or event mentions (absent in releases pinned before places). */
  places?: string[];
  source: string;
}

/**
 * A control observation put on a region's or a place's series: its own figure, a group
 * figure applied to the region, or the dataset's baseline. A place's series holds only the
 * place's own figures ("region": the target's own) and the baseline; a place's figure is never
 * put on its region's series (a town held is not the region held), nor a region's or a group's
 * on the place's.
 */
export interface SeriesEntry {
  observation: ControlObservation;
  /** How this entry reaches the region or place ("region": the target's own figure). */
  via: 'region' | 'group' | 'baseline';
  /** Group id when via = "group". */
  group?: string;
  span: TimeSpan;
  /** Publication time of the source (UTC ms), for tie-breaking; null when undated. */
  published: number | null;
}

/** The dataset after validation: plain, serialisable data handed from server to views. */
export interface CompiledDataset {
  id: string;
  /** Content hash of every file the dataset was compiled from (for pinning embeds). */
  version: string;
  conflict: Conflict;
  regions: Region[];
  /** Places of conflict.json, in file order, each with its region's name. */
  places: CompiledPlace[];
  /** The map's opening view, bounds, zooms and boundary credits. */
  map: DatasetMap;
  sources: CompiledSource[];
  /** Sorted by date (unknown dates last), then id. */
  statements: Statement[];
  events: ConflictEvent[];
  control: ControlObservation[];
  claims: Claim[];
  timeline: TimelineItem[];
  /** Per region id and per place id: every entry that can speak for it, sorted by date. */
  series: Record<string, SeriesEntry[]>;
  /** Reading notes of each source file, keyed by file name. */
  notes: Record<string, string[]>;
  /** First and last dated day of the dataset (UTC ms, [start, end)). */
  extent: { start: number; end: number };
  /** Stories of stories/*.json, validated against the facts (absent when none ship). */
  stories?: Story[];
}

/** Why a region has no figure on a date. */
export type NoDataReason = 'no-data' | 'before-first-figure';

/**
 * What holds for one region on one date (see lib/control/control-at.ts for the precedence
 * rule): the winning entry, the others of the same date ("other sources"), how old the figure
 * is, the claims drawn apart, and the region's own figure when a group's decides.
 */
export type ControlAt =
  | {
      regionId: string;
      day: number;
      status: 'none';
      reason: NoDataReason;
      /** Claimed figures of the region, drawn as claims (never as control by default). */
      claims: SeriesEntry[];
    }
  | {
      regionId: string;
      day: number;
      status: 'figure';
      entry: SeriesEntry;
      /** Entries of the same date that lost the tie-break, kept as "other sources". */
      others: SeriesEntry[];
      /** Days from the figure's date to the asked date. */
      ageDays: number;
      /** Older than the dataset's staleness window (the baseline included). */
      stale: boolean;
      /** Claimed figures newer than the winner, latest per claimant, drawn as claims. */
      claims: SeriesEntry[];
      /** The region's own latest figure when a newer group figure decides the shading. */
      own: { entry: SeriesEntry; ageDays: number; stale: boolean } | null;
      /**
       * The first day of a later report that puts the winner in question (a report about a
       * region still at its baseline, or a claim to a region a source said none of was held).
       */
      overtakenBy: number | null;
    };
