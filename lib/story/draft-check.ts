import { z } from 'zod';
import { storyStep } from '../schema/story';
import type { StoryDraft } from './builder';

/** A story draft as kept in a browser: checked with the story schema's own step type. */
export const storedStoryDraft = z.object({
  title: z.string(),
  description: z.string().optional(),
  steps: z.array(storyStep),
});

/** Why a stored draft cannot be used, in words: the first problem, with where it is. */
function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not a story draft';
  const [head, index] = issue.path;
  const where =
    head === 'steps' && typeof index === 'number'
      ? `step ${index + 1}`
      : issue.path.length
        ? issue.path.join('.')
        : 'the draft';
  return `${where}: ${issue.message}`;
}

/**
 * A stored draft parsed and checked: another tab, an older version of the app, an extension
 * or a person with the developer tools may have written anything under the key.
 */
export function parseStoredDraft(
  raw: string,
): { ok: true; draft: StoryDraft } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const parsed = storedStoryDraft.safeParse(value);
  return parsed.success
    ? { ok: true, draft: parsed.data }
    : { ok: false, reason: problemOf(parsed.error) };
}
