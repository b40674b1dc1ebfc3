import type { StoryDraft } from '@/lib/story/builder';

/** Where the story builder keeps its draft in this browser (localStorage). */
export const DRAFT_KEY = 'faultline-story-draft';
/** Where an unreadable draft is moved, so nothing a person made is ever deleted. */
export const SET_ASIDE_PREFIX = `${DRAFT_KEY}-unreadable`;
export const EMPTY_DRAFT: StoryDraft = { title: '', steps: [] };

/** The stored draft as written, or null when there is none or storage is disabled. */
export function readRawDraft(): string | null {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

/**
 * Moves an unreadable draft out of the builder's way, under a key of its own (with the time,
 * so an earlier one is not overwritten). The key it was kept under, or null when storage
 * refused (the draft then stays where it was until the builder next writes).
 */
export function setAsideDraft(raw: string, now = new Date()): string | null {
  const key = `${SET_ASIDE_PREFIX}-${now.toISOString()}`;
  try {
    localStorage.setItem(key, raw);
    localStorage.removeItem(DRAFT_KEY);
    return key;
  } catch {
    return null;
  }
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
