import { z } from 'zod';

/** "2014" (year), "2025-01" (month) or "2025-01-20" (day). */
export const dateValue = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

/** How a date was obtained from the source. */
export const dateBasis = z.enum(['explicit', 'relative', 'publication', 'context', 'unknown']);

/**
 * A date as precise as its source, and no more. `value` is absent only when the source gives
 * no date (`basis: "unknown"`); `before`/`after` then bound it where the text allows.
 */
export const fuzzyDate = z
  .object({
    value: dateValue.optional(),
    end: dateValue.optional().describe('last day/month/year of a span ("June 15-16")'),
    basis: dateBasis,
    note: z
      .string()
      .optional()
      .describe('how the date was read, e.g. "on Monday" in an article of 21 Jan 2025'),
    before: dateValue.optional().describe('when the date is unknown: it is no later than this'),
    after: dateValue.optional().describe('when the date is unknown: it is no earlier than this'),
  })
  .strict()
  .refine((d) => d.value !== undefined || d.basis === 'unknown', {
    message: 'a date without a value must have basis "unknown"',
    path: ['value'],
  });

export type DateValue = z.infer<typeof dateValue>;
export type DateBasis = z.infer<typeof dateBasis>;
export type FuzzyDate = z.infer<typeof fuzzyDate>;
