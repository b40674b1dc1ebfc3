import { z } from 'zod';
import { SOURCE_KINDS } from '../schema';

/**
 * The most article text the /ingest page keeps in a browser's storage (characters). Browsers
 * give a site about 5 million characters in all, shared with the story builder's draft.
 */
export const MAX_KEPT_TEXT = 1_000_000;

/** A review on /ingest as kept in a browser between visits. */
export const storedIngestWork = z
  .object({
    version: z.literal(1),
    raw: z.string().max(MAX_KEPT_TEXT),
    published: z.string().max(40),
    publisher: z.string().max(1000),
    /** The kind of publisher chosen (absent in work kept before kinds). */
    kind: z.enum(SOURCE_KINDS).optional(),
    /** Whether facts had been extracted: they are extracted again from the same text. */
    extracted: z.boolean(),
    reviews: z.record(z.string(), z.enum(['pending', 'accepted', 'rejected'])),
    edits: z.record(
      z.string(),
      z.object({ text: z.string().optional(), date: z.string().optional() }).strict(),
    ),
  })
  .strict();

export type StoredIngestWork = z.infer<typeof storedIngestWork>;

/**
 * Stored ingest work parsed and checked (anything may have been written under the key); the
 * reason is in words.
 */
export function parseStoredIngestWork(
  raw: string,
): { ok: true; work: StoredIngestWork } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const parsed = storedIngestWork.safeParse(value);
  if (parsed.success) return { ok: true, work: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    reason: issue ? `${issue.path.join('.') || 'the whole'}: ${issue.message}` : 'unreadable',
  };
}
