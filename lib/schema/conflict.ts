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
    gazetteer: z.array(gazetteerEntry).default([]),
    baseline: baseline.optional(),
    /** A figure older than this (days) is marked old, in the map's pattern and in words. */
    staleAfterDays: z.number().int().positive().default(365),
    defaultDate: dateValue.optional(),
    topics: z.array(z.object({ id: slugId, label: z.string() }).strict()).default([]),
  })
  .strict();

export type Party = z.infer<typeof party>;
export type Person = z.infer<typeof person>;
export type RegionGroup = z.infer<typeof regionGroup>;
export type GazetteerEntry = z.infer<typeof gazetteerEntry>;
export type Baseline = z.infer<typeof baseline>;
export type Conflict = z.infer<typeof conflict>;
export type ConflictInput = z.input<typeof conflict>;
