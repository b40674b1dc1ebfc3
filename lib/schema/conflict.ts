import { z } from 'zod';
import { dateValue, fuzzyDate } from './fuzzy-date';
import { measure } from './measure';
import { placeId, schemaVersionField, slugId } from './ids';

export const party = z
  .object({
    id: slugId,
    name: z.string().min(1),
    shortName: z.string().optional(),
    /** CSS colour; chosen from a colour-blind-safe palette. */
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    /** Other names sources use for the party ("the army", "RSF"), for search and ingest. */
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const role = z
  .object({
    title: z.string().min(1),
    from: dateValue.optional(),
    to: dateValue.optional(),
  })
  .strict();

export const person = z
  .object({
    id: slugId,
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    party: slugId
      .optional()
      .describe('party id, when the person speaks for a party to the conflict'),
    affiliation: z.string().optional().describe('country or organisation, when not a party'),
    roles: z.array(role).default([]),
  })
  .strict();

export const regionGroup = z
  .object({
    id: slugId,
    name: z.string().min(1),
    members: z.array(placeId).min(2),
    aliases: z.array(z.string()).default([]),
    note: z.string().optional(),
  })
  .strict();

/** Every spelling a source may use for a region or group. */
export const gazetteerEntry = z
  .object({
    target: placeId,
    names: z.array(z.string().min(1)).min(1),
  })
  .strict();

/**
 * The state every region is assumed to be in before any source speaks, e.g. "held by Ukraine
 * before 20 February 2014". Shown as the baseline wherever it is used.
 */
export const baseline = z
  .object({
    controller: slugId,
    measure,
    asOf: fuzzyDate,
    label: z.string().min(1),
  })
  .strict();

export const placeKind = z.enum(['city', 'town', 'village', 'camp', 'base', 'site']);

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

/**
 * A named place reporting is about ("the RSF took El Fasher"): a city, a base, a camp. It can
 * be the target of a control observation and be mentioned by statements and events. Its
 * `region` is the region it lies in; a `point` is drawn only where a source gives coordinates,
 * and then `pointSource` cites them.
 */
export const place = z
  .object({
    id: slugId,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    kind: placeKind,
    region: placeId.describe('ISO 3166-2 id of the region of this dataset the place lies in'),
    point: z.tuple([longitude, latitude]).optional().describe('[longitude, latitude], WGS84'),
    pointSource: z
      .object({
        source: slugId.optional().describe('id of a source of this dataset'),
        text: z.string().min(1).describe('the coordinates as the source gives them'),
      })
      .strict()
      .optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((p) => p.point === undefined || p.pointSource !== undefined, {
    message: 'a point needs a pointSource citing the coordinates',
    path: ['pointSource'],
  });

/** [west, south, east, north] in degrees. */
export const lonLatBox = z
  .tuple([longitude, latitude, longitude, latitude])
  .refine(([w, s, e, n]) => w < e && s < n, {
    message: 'a box is [west, south, east, north] with west < east and south < north',
  });

/** One piece of the map's boundary credit line: words, or words linking to a page. */
export const mapCredit = z
  .object({
    text: z.string().min(1),
    href: z
      .url({ protocol: /^https$/, error: 'a credit link must be an https address' })
      .optional(),
  })
  .strict();

/**
 * How the map opens and how far it goes, and the credit line its boundary files require.
 * Without it the loader derives the view from the regions' extent and has no credits (which
 * validation refuses for a dataset that ships boundaries).
 */
export const mapView = z
  .object({
    /** The view the map opens on and a reset returns to. */
    homeBounds: lonLatBox,
    /** Panning stops here (the neighbours file is cut at this box). */
    maxBounds: lonLatBox,
    minZoom: z.number().min(0).max(24).optional(),
    maxZoom: z.number().min(0).max(24).optional(),
    /** The boundary attribution line, in order: plain pieces and linked pieces. */
    credits: z.array(mapCredit).default([]),
    /**
     * What the boundaries are and how the map draws disputed lines, in plain words, for the
     * About page (e.g. which recognised boundaries it follows; what it leaves out).
     */
    about: z.string().min(1).max(1200).optional(),
  })
  .strict();

export const conflict = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: schemaVersionField,
    id: slugId,
    title: z.string().min(1),
    description: z.string().min(1),
    country: z
      .object({ id: placeId, name: z.string(), areaKm2: z.number().positive().optional() })
      .strict(),
    /** The party whose share the map shades by default (a reader may pick another). */
    mapParty: slugId,
    /**
     * The parties that hold territory, whose share the map can shade (a party picker appears
     * when there are more than two). Other parties (mediators, allies) speak but hold nothing.
     */
    controlParties: z.array(slugId).min(1),
    /**
     * True when exactly two parties hold everything between them, so a figure stated as one
     * party's share ("Ukraine holds about 30%") may be converted into the other's.
     */
    complement: z.boolean().default(false),
    parties: z.array(party).min(1),
    people: z.array(person).default([]),
    regionGroups: z.array(regionGroup).default([]),
    /**
     * Named places (cities, bases, camps) that facts can be about; absent means none. (Optional
     * rather than defaulted so that conflicts written before places, and pinned releases,
     * keep their type.)
     */
    places: z.array(place).optional(),
    gazetteer: z.array(gazetteerEntry).default([]),
    baseline: baseline.optional(),
    /** A figure older than this (days) is marked old, in the map's pattern and in words. */
    staleAfterDays: z.number().int().positive().default(365),
    defaultDate: dateValue.optional(),
    topics: z.array(z.object({ id: slugId, label: z.string() }).strict()).default([]),
    map: mapView.optional(),
  })
  .strict();

export type Party = z.infer<typeof party>;
export type Person = z.infer<typeof person>;
export type RegionGroup = z.infer<typeof regionGroup>;
export type GazetteerEntry = z.infer<typeof gazetteerEntry>;
export type Baseline = z.infer<typeof baseline>;
export type PlaceKind = z.infer<typeof placeKind>;
export type Place = z.infer<typeof place>;
export type LonLatBox = z.infer<typeof lonLatBox>;
export type MapCredit = z.infer<typeof mapCredit>;
export type MapView = z.infer<typeof mapView>;
export type Conflict = z.infer<typeof conflict>;
export type ConflictInput = z.input<typeof conflict>;
