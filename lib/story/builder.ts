// No schema here: the explorer loads the checker (zod) only when a story file is made.
import type { StoryStep } from '../schema';

/** A story being built in the explorer: a title, a description and its steps, in order. */
export interface StoryDraft {
  title: string;
  /** A sentence or two on what the story shows (the handout's cover prints it). */
  description?: string;
  steps: StoryStep[];
}

/** The key a step is known by in a draft (a fact id, or "date:YYYY-MM-DD"). */
export function stepKey(step: StoryStep): string {
  return 'statement' in step ? step.statement : 'event' in step ? step.event : `date:${step.date}`;
}

/** The draft with a step added at the end; a step already in the story is not added twice. */
export function addStep(draft: StoryDraft, step: StoryStep): StoryDraft {
  if (draft.steps.some((s) => stepKey(s) === stepKey(step))) return draft;
  return { ...draft, steps: [...draft.steps, step] };
}

/** The draft with step `from` moved by `by` places (clamped to the list). */
export function moveStep(draft: StoryDraft, from: number, by: number): StoryDraft {
  const to = Math.min(draft.steps.length - 1, Math.max(0, from + by));
  const step = draft.steps[from];
  if (!step || to === from) return draft;
  const steps = draft.steps.filter((_, i) => i !== from);
  steps.splice(to, 0, step);
  return { ...draft, steps };
}

/** The draft without step `index`. */
export function removeStep(draft: StoryDraft, index: number): StoryDraft {
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index) };
}

/** The draft with a teacher's note set on step `index` (an empty note removes it). */
export function setStepNote(draft: StoryDraft, index: number, note: string): StoryDraft {
  return {
    ...draft,
    steps: draft.steps.map((s, i) => {
      if (i !== index) return s;
      const { note: _old, ...rest } = s;
      return note.trim() ? { ...rest, note } : rest;
    }) as StoryStep[],
  };
}

/** "Key moments of 2022!" → "key-moments-of-2022"; "story" when nothing is left. */
export function storyIdFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'story';
}

/** The draft with step `index` replaced by `edit(step)`. */
function editStep(draft: StoryDraft, index: number, edit: (s: StoryStep) => StoryStep) {
  return { ...draft, steps: draft.steps.map((s, i) => (i === index ? edit(s) : s)) };
}

/**
 * The draft with a heading set on a date step (`index`), in the teacher's own words; an empty
 * title removes it. A statement or event step is headed by its speaker or "Event": unchanged.
 */
export function setStepTitle(draft: StoryDraft, index: number, title: string): StoryDraft {
  return editStep(draft, index, (s) => {
    if (!('date' in s)) return s;
    const { title: _old, ...rest } = s;
    return title.trim() ? { ...rest, title } : rest;
  });
}

/**
 * The draft with what step `index`'s map shows changed: `asOf` the day it shows instead of
 * the step's own (null: the step's own), `highlight` the regions it outlines (null: the
 * regions the fact names; [] outlines none). Keys not given are kept; an empty map is removed.
 */
export function setStepMap(
  draft: StoryDraft,
  index: number,
  patch: { asOf?: string | null; highlight?: readonly string[] | null },
): StoryDraft {
  return editStep(draft, index, (s) => {
    const map = { ...s.map };
    if (patch.asOf !== undefined) {
      if (patch.asOf) map.asOf = patch.asOf;
      else delete map.asOf;
    }
    if (patch.highlight !== undefined) {
      if (patch.highlight) map.highlight = [...new Set(patch.highlight)];
      else delete map.highlight;
    }
    const { map: _old, ...rest } = s;
    return (Object.keys(map).length ? { ...rest, map } : rest) as StoryStep;
  });
}
