import { z } from 'zod';

/** Unit of a numeric measure: a share of the target's area, or an area. */
export const measureUnit = z.enum(['percent', 'km2']);

const withText = {
  /** The source's own wording of the figure ("about a fifth", "slivers"), kept for display. */
  text: z.string().optional(),
};
const numeric = { value: z.number().nonnegative(), unit: measureUnit, ...withText };

/**
 * A figure exactly as precise as its source: an exact number, a bound, an approximation, a
 * range, or words with no number at all. Never a number the source did not state.
 */
export const measure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), ...numeric }).strict(),
  z.object({ kind: z.literal('approximately'), ...numeric }).strict(),
  z.object({ kind: z.literal('more-than'), ...numeric }).strict(),
  z.object({ kind: z.literal('less-than'), ...numeric }).strict(),
  z
    .object({
      kind: z.literal('range'),
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
      unit: measureUnit,
      ...withText,
    })
    .strict(),
  z.object({ kind: z.literal('all'), ...withText }).strict(),
  z.object({ kind: z.literal('almost-all'), ...withText }).strict(),
  z.object({ kind: z.literal('most'), ...withText }).strict(),
  z.object({ kind: z.literal('partial'), ...withText }).strict(),
  z.object({ kind: z.literal('none'), ...withText }).strict(),
  /** Fought over, a grey zone: neither side is said to hold it. */
  z.object({ kind: z.literal('contested'), ...withText }).strict(),
]);

export type MeasureUnit = z.infer<typeof measureUnit>;
export type Measure = z.infer<typeof measure>;
export type MeasureKind = Measure['kind'];
