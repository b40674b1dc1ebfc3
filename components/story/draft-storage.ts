import type { StoryDraft } from '@/lib/story/builder';
import { perDatasetStore } from '@/components/storage/per-dataset-store';

/** Where the story builder keeps each conflict's draft in this browser (localStorage). */
export const DRAFT_KEY = 'faultline-story-draft';
export const EMPTY_DRAFT: StoryDraft = { title: '', steps: [] };

const store = perDatasetStore(DRAFT_KEY);
export const draftKey = store.key;
export const readRawDraft = store.read;
export const setAsideDraft = store.setAside;
export const writeDraft: (datasetId: string, draft: StoryDraft) => boolean = store.write;
