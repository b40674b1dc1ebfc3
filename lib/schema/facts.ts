import { z } from 'zod';
import { fuzzyDate, dateValue } from './fuzzy-date';
import { measure } from './measure';
import { placeId, schemaVersionField, slugId } from './ids';
import { SOURCE_KINDS } from './source-kinds';

/**
 * Where a fact was read. `sentence`: the exact sentence of a shipped source text (validation
 * checks it verbatim). `citation`: the text does not ship, so the source's citation stands in;
 * `quote` keeps a short verbatim excerpt where one was recorded.
 */
export const evidence = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sentence'), text: z.string().min(1) }).strict(),
  z
    .object({
      type: z.literal('citation'),
      quote: z.string().optional(),
      note: z.string().optional().describe('our own words on what the source says'),
    })
    .strict(),
]);

/** Review state of a fact drafted by the ingest tool. Absent means curated by hand. */
export const review = z.enum(['pending', 'accepted', 'rejected']);

const factBase = {
  id: slugId,
  source: slugId,
  evidence,
  review: review.optional(),
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional().describe('a judgement made while reading the source'),
};

export const statementKind = z.enum(['quote', 'paraphrase', 'report']);

export const statement = z
  .object({
    ...factBase,
    speaker: slugId.describe('person id'),
    role: z
      .string()
      .optional()
      .describe("the speaker's role at the time, when the source gives it"),
    date: fuzzyDate,
    kind: statementKind,
    text: z.string().min(1),
    summary: z.string().optional().describe('a one-sentence paraphrase in our own words'),
    via: z.string().optional().describe('channel: "Kremlin website", "CNN report"'),
    topics: z.array(z.string()).default([]),
    regions: z.array(placeId).default([]),
    /** Ids of places of conflict.json; absent means none (optional: older facts lack it). */
    places: z.array(slugId).optional().describe('ids of places of conflict.json'),
  })
  .strict();

export const event = z
  .object({
    ...factBase,
    date: fuzzyDate,
    title: z.string().min(1),
    description: z.string().optional(),
    regions: z.array(placeId).default([]),
    /** Ids of places of conflict.json; absent means none (optional: older facts lack it). */
    places: z.array(slugId).optional().describe('ids of places of conflict.json'),
  })
  .strict();

export const controlStatus = z.enum(['assessed', 'claimed']);

export const controlObservation = z
  .object({
    ...factBase,
    target: placeId.describe('region id, region-group id, place id, or the country id'),
    controller: slugId.describe('party id'),
    controllerDetail: z.string().optional(),
    asOf: fuzzyDate,
    measure,
    areaKm2: z.number().positive().optional(),
    status: controlStatus,
    claimant: z
      .string()
      .optional()
      .describe('who asserts the figure, when a party to the conflict does'),
    claimantParty: slugId
      .optional()
      .describe('the party the claimant speaks for (colours the claim on the map)'),
  })
  .strict()
  .refine((o) => o.status === 'assessed' || o.claimant !== undefined, {
    message: 'a claimed figure names its claimant',
    path: ['claimant'],
  });

export const claim = z
  .object({
    ...factBase,
    claimant: slugId.describe('party id'),
    regions: z.array(placeId).min(1),
    since: fuzzyDate.optional(),
    text: z.string().optional().describe('the claim in words'),
  })
  .strict();

export const sourceKind = z.enum(SOURCE_KINDS);

export const source = z
  .object({
    id: slugId,
    publisher: z.string().min(1),
    title: z.string().min(1),
    // Web pages only: a javascript:, data: or file: URL would be a link that runs or leaks.
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
    author: z.string().optional(),
    published: dateValue.nullable().describe('null when the page gives no date'),
    updated: z.string().optional(),
    language: z.string().optional(),
    // A plain file name, so a data file can only name a text beside itself (never "../…").
    text: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.txt$/, {
        error: 'text must be a plain .txt file name beside this file (letters, digits, . _ -)',
      })
      .optional()
      .describe('file name of the shipped article text, beside this file'),
    licence: z.string().optional(),
    kind: sourceKind
      .optional()
      .describe('what kind of publisher this is, so a reader can weigh it (validate requires it)'),
    party: slugId
      .optional()
      .describe('for state media: the party (conflict.json parties) whose state runs it'),
    note: z.string().optional(),
  })
  .strict();

/** One file of `sources/`: one article (or one curated list) and every fact read from it. */
export const sourceFile = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: schemaVersionField,
    sources: z.array(source).min(1),
    statements: z.array(statement).default([]),
    events: z.array(event).default([]),
    control: z.array(controlObservation).default([]),
    claims: z.array(claim).default([]),
    notes: z.array(z.string()).default([]).describe('judgements made while reading, in words'),
  })
  .strict();

export type Evidence = z.infer<typeof evidence>;
export type Statement = z.infer<typeof statement>;
export type StatementKind = z.infer<typeof statementKind>;
export type ConflictEvent = z.infer<typeof event>;
export type ControlObservation = z.infer<typeof controlObservation>;
export type ControlStatus = z.infer<typeof controlStatus>;
export type Claim = z.infer<typeof claim>;
export type Source = z.infer<typeof source>;
export type SourceFile = z.infer<typeof sourceFile>;
export type SourceFileInput = z.input<typeof sourceFile>;
