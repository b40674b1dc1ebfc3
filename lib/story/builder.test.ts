import { describe, expect, it } from 'vitest';
import {
  addStep,
  moveStep,
  removeStep,
  setStepMap,
  setStepNote,
  setStepTitle,
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

describe('editing a step', () => {
  it('setStepTitle heads a date step in the teacher’s words; empty removes; facts keep theirs', () => {
    const titled = setStepTitle(draft, 2, 'The invasion');
    expect(titled.steps[2]).toEqual({ date: '2022-02-24', title: 'The invasion' });
    expect(setStepTitle(titled, 2, '  ').steps[2]).toEqual({ date: '2022-02-24' });
    expect(setStepTitle(draft, 0, 'x').steps[0]).toEqual({ event: 'a' });
    expect(draft.steps[2]).toEqual({ date: '2022-02-24' });
  });

  it('setStepMap sets and clears the map day and the outlined regions, keeping the other', () => {
    const dated = setStepMap(draft, 0, { asOf: '2022-03-01' });
    expect(dated.steps[0]).toEqual({ event: 'a', map: { asOf: '2022-03-01' } });
    const both = setStepMap(dated, 0, { highlight: ['UA-65', 'UA-65', 'UA-23'] });
    expect(both.steps[0]).toEqual({
      event: 'a',
      map: { asOf: '2022-03-01', highlight: ['UA-65', 'UA-23'] },
    });
    // [] outlines nothing, which is not the same as the fact's own regions (no key).
    expect(setStepMap(both, 0, { highlight: [] }).steps[0]).toEqual({
      event: 'a',
      map: { asOf: '2022-03-01', highlight: [] },
    });
    const cleared = setStepMap(setStepMap(both, 0, { asOf: null }), 0, { highlight: null });
    expect(cleared.steps[0]).toEqual({ event: 'a' });
  });

  it('an edited step still makes a valid story file', () => {
    const edited = setStepMap(setStepTitle(draft, 2, 'Day one'), 1, {
      asOf: '2022-03',
      highlight: ['UA-65'],
    });
    const file = storyFileFromDraft(edited);
    expect(file.ok).toBe(true);
    if (file.ok)
      expect(file.story.steps[1]).toEqual({
        statement: 'b',
        map: { asOf: '2022-03', highlight: ['UA-65'] },
      });
  });
});
