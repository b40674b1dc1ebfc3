import { story as storySchema, type Story } from '../schema';
import { storyIdFromTitle, type StoryDraft } from './builder';

/**
 * The story file for a draft, checked against the story schema: the file a teacher downloads
 * and drops into data/<conflict>/stories/. Errors are in words.
 */
export function storyFileFromDraft(
  draft: StoryDraft,
): { ok: true; story: Story } | { ok: false; error: string } {
  const title = draft.title.trim() || 'Untitled story';
  const candidate = {
    $schema: '../../../schemas/story.schema.json',
    schemaVersion: 1,
    id: storyIdFromTitle(title),
    title,
    ...(draft.description?.trim() ? { description: draft.description.trim() } : {}),
    steps: draft.steps,
  };
  const parsed = storySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, story: parsed.data };
  return {
    ok: false,
    error:
      draft.steps.length === 0
        ? 'Add at least one step first.'
        : parsed.error.issues.map((i) => i.message).join('; '),
  };
}
