import { describe, expect, it } from 'vitest';
import type { ConflictEvent, Statement, Story } from '../schema';
import { highlightRegions, resolveStory, type StoryDataset } from './steps';

// Synthetic facts, labelled as such; not real statements.
const statement: Statement = {
  id: 'st-a',
  source: 'src',
  evidence: { type: 'citation' },
  speaker: 'ann',
  date: { value: '2020-03-09', basis: 'explicit' },
  kind: 'quote',
  text: 'Synthetic words',
  topics: [],
  regions: ['XX-02', 'eastern'],
};
const event: ConflictEvent = {
  id: 'ev-a',
  source: 'src',
  evidence: { type: 'citation' },
  date: { value: '2020-05', basis: 'explicit' },
  title: 'Synthetic event',
  regions: ['XX'],
};
const undated: ConflictEvent = { ...event, id: 'ev-undated', date: { basis: 'unknown' } };
const ds: StoryDataset = {
  statements: [statement],
  events: [event, undated],
  conflict: {
    country: { id: 'XX' },
    regionGroups: [{ id: 'eastern', name: 'The East', members: ['XX-01', 'XX-02'], aliases: [] }],
  },
  regions: [{ id: 'XX-01' }, { id: 'XX-02' }, { id: 'XX-03' }],
};
const story = (steps: Story['steps']): Story => ({
  schemaVersion: 1,
  id: 's',
  title: 'Synthetic',
  steps,
});

describe('resolveStory(story, dataset)', () => {
  it('highlightRegions(places) expands groups, drops the country and unknown ids, keeps order without duplicates', () => {
    expect(highlightRegions(['XX-02', 'eastern'], ds)).toEqual(['XX-02', 'XX-01']);
    expect(highlightRegions(['XX'], ds)).toEqual([]);
    expect(highlightRegions(['nowhere', 'XX-03'], ds)).toEqual(['XX-03']);
  });

  it('resolves a statement step to its fact, the first day of its date and the regions it names', () => {
    const [s] = resolveStory(story([{ statement: 'st-a', note: 'Ask why.' }]), ds);
    expect(s).toMatchObject({
      index: 0,
      kind: 'statement',
      id: 'st-a',
      day: '2020-03-09',
      highlight: ['XX-02', 'XX-01'],
      note: 'Ask why.',
    });
  });

  it('uses the first day of a month-precision date, and map.asOf / map.highlight when the step sets them', () => {
    const steps = resolveStory(
      story([
        { event: 'ev-a' },
        { event: 'ev-a', map: { asOf: '2020-06-15', highlight: ['XX-03'] } },
      ]),
      ds,
    );
    expect(steps.map((s) => [s.day, s.highlight])).toEqual([
      ['2020-05-01', []],
      ['2020-06-15', ['XX-03']],
    ]);
  });

  it('resolves a date step to that day with its own title, and numbers steps after skipping unknown ids', () => {
    const steps = resolveStory(
      story([{ event: 'missing' }, { date: '2021', title: 'A year on' }]),
      ds,
    );
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      index: 0,
      kind: 'date',
      day: '2021-01-01',
      title: 'A year on',
      highlight: [],
    });
  });

  it('keeps an undated fact as a step: its map shows the bound its source gives, else a neighbouring step', () => {
    const before: ConflictEvent = {
      ...event,
      id: 'ev-before',
      date: { basis: 'unknown', before: '2021-01-21' },
    };
    const after: ConflictEvent = {
      ...event,
      id: 'ev-after',
      date: { basis: 'unknown', after: '2019' },
    };
    const withBounds = { ...ds, events: [event, undated, before, after] };
    const steps = resolveStory(
      story([
        { event: 'ev-undated' },
        { statement: 'st-a' },
        { event: 'ev-undated', note: 'kept' },
        { event: 'ev-before' },
        { event: 'ev-after' },
      ]),
      withBounds,
    );
    expect(
      steps.map((s) => [s.index, s.id, s.day, 'dayFrom' in s ? s.dayFrom : undefined]),
    ).toEqual([
      [0, 'ev-undated', '2020-03-09', 'next-step'],
      [1, 'st-a', '2020-03-09', undefined],
      [2, 'ev-undated', '2020-03-09', 'previous-step'],
      [3, 'ev-before', '2021-01-21', 'before'],
      [4, 'ev-after', '2019-01-01', 'after'],
    ]);
    expect(steps[2]?.note).toBe('kept');
  });

  it('leaves out an undated fact only when no step of the story has a date to show', () => {
    expect(resolveStory(story([{ event: 'ev-undated' }]), ds)).toEqual([]);
  });
});
