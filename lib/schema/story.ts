import { z } from 'zod';
import { dateValue } from './fuzzy-date';
import { placeId, slugId } from './ids';

/**
 * What the map shows on a step: regions to highlight (region or group ids). Absent means the
 * regions the step's fact mentions.
 */
export const storyMapView = z
  .object({
    highlight: z
      .array(placeId)
      .optional()
      .describe('region or group ids to outline; default: the regions the fact names'),
    asOf: dateValue.optional().describe("the day the map shows, when not the step's own date"),
  })
  .strict();

const stepBase = {
  note: z.string().optional().describe("the teacher's note, shown only in the presenter view"),
  map: storyMapView.optional(),
};

/** A step shows a statement, an event, or simply a date (the map as of that day). */
export const storyStep = z.union([
  z.object({ statement: slugId.describe('statement id'), ...stepBase }).strict(),
  z.object({ event: slugId.describe('event id'), ...stepBase }).strict(),
  z
    .object({
      date: dateValue.describe('a day, month or year; the map shows its first day'),
      title: z.string().optional().describe('a heading for a date-only step, in our own words'),
      ...stepBase,
    })
    .strict(),
]);

/** A story: an ordered walk through a conflict's facts, for presenting and printing. */
export const story = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id: slugId,
    title: z.string().min(1),
    description: z.string().optional(),
    steps: z.array(storyStep).min(1),
  })
  .strict();

export type StoryMapView = z.infer<typeof storyMapView>;
export type StoryStep = z.infer<typeof storyStep>;
export type Story = z.infer<typeof story>;
