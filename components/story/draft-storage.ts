import type { StoryDraft } from '@/lib/story/builder';

/** Where the story builder keeps its draft in this browser (localStorage). */
export const DRAFT_KEY = 'faultline-story-draft';
export const EMPTY_DRAFT: StoryDraft = { title: '', steps: [] };

/** The draft kept in this browser, or an empty one when there is none or it is unreadable. */
export function readDraft(): StoryDraft {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    const v: unknown = raw ? JSON.parse(raw) : null;
    if (
      v &&
      typeof v === 'object' &&
      Array.isArray((v as StoryDraft).steps) &&
      typeof (v as StoryDraft).title === 'string'
    )
      return v as StoryDraft;
  } catch {
    // unreadable draft or storage disabled: start afresh
  }
  return EMPTY_DRAFT;
}

/** Keeps the draft in this browser; false when storage is disabled or full. */
export function writeDraft(draft: StoryDraft): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
