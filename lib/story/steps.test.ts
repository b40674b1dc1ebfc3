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

  it('resolves a date step to that day with its own title, and numbers steps after skipping bad ones', () => {
    const steps = resolveStory(
      story([{ event: 'missing' }, { event: 'ev-undated' }, { date: '2021', title: 'A year on' }]),
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
});
