import { describe, expect, it } from 'vitest';
import {
  addStep,
  moveStep,
  removeStep,
  setStepNote,
  storyIdFromTitle,
  type StoryDraft,
} from './builder';
import { storyFileFromDraft } from './story-file';

const draft: StoryDraft = {
  title: 'Lesson',
  steps: [{ event: 'a' }, { statement: 'b' }, { date: '2022-02-24' }],
};
const keys = (d: StoryDraft) =>
  d.steps.map((s) => ('event' in s ? s.event : 'statement' in s ? s.statement : s.date));

describe('story builder', () => {
  it('addStep(draft, step) appends, and ignores a fact already in the story', () => {
    expect(keys(addStep(draft, { event: 'c' }))).toEqual(['a', 'b', '2022-02-24', 'c']);
    expect(addStep(draft, { event: 'a' })).toBe(draft);
    expect(keys(addStep(draft, { date: '2022-02-25' }))).toHaveLength(4);
  });

  it('moveStep(draft, from, by) reorders and clamps at the ends', () => {
    expect(keys(moveStep(draft, 0, 1))).toEqual(['b', 'a', '2022-02-24']);
    expect(keys(moveStep(draft, 2, -1))).toEqual(['a', '2022-02-24', 'b']);
    expect(moveStep(draft, 0, -1)).toBe(draft);
    expect(keys(moveStep(draft, 0, 9))).toEqual(['b', '2022-02-24', 'a']);
  });

  it('removeStep(draft, index) and setStepNote(draft, index, note)', () => {
    expect(keys(removeStep(draft, 1))).toEqual(['a', '2022-02-24']);
    const noted = setStepNote(draft, 1, 'Ask why');
    expect(noted.steps[1]).toEqual({ statement: 'b', note: 'Ask why' });
    expect(setStepNote(noted, 1, '  ').steps[1]).toEqual({ statement: 'b' });
  });

  it('storyIdFromTitle(title) makes a schema-valid id', () => {
    expect(storyIdFromTitle('Key moments of 2022!')).toBe('key-moments-of-2022');
    expect(storyIdFromTitle('Zaporiżżja — été')).toBe('zaporizzja-ete');
    expect(storyIdFromTitle('!!!')).toBe('story');
  });

  it('storyFileFromDraft(draft) gives a valid story file, or says what is missing', () => {
    const r = storyFileFromDraft(draft);
    expect(r.ok && r.story).toMatchObject({
      schemaVersion: 1,
      id: 'lesson',
      title: 'Lesson',
      steps: draft.steps,
    });
    expect(storyFileFromDraft({ title: 'x', steps: [] })).toEqual({
      ok: false,
      error: 'Add at least one step first.',
    });
  });
});
