import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Story } from '../schema';
import { loadDataset } from '../dataset/load';
import { checkStory, type StoryReferences } from './check';

const refs: StoryReferences = {
  statements: new Map([
    ['st-1', { date: { value: '2020-03-09', basis: 'explicit' } }],
    ['st-undated', { date: { basis: 'unknown' } }],
  ]),
  events: new Map([['ev-1', { date: { value: '2020', basis: 'explicit' } }]]),
  places: new Set(['XX-01', 'eastern', 'XX']),
};
const story = (steps: Story['steps']): Story => ({
  schemaVersion: 1,
  id: 's',
  title: 'Synthetic',
  steps,
});
const messages = (s: Story) =>
  checkStory('mini/stories/s.json', s, refs).map((f) => `${f.segments.join('.')}: ${f.message}`);

describe('checkStory(file, story, refs)', () => {
  it('accepts steps that name known, dated facts, real dates and known places', () => {
    expect(
      messages(
        story([
          { statement: 'st-1' },
          { event: 'ev-1', map: { highlight: ['eastern', 'XX-01'], asOf: '2020-02-29' } },
          { date: '2020-12' },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports unknown statement and event ids with the step path', () => {
    expect(messages(story([{ statement: 'st-nope' }, { event: 'ev-nope' }]))).toEqual([
      'steps.0.statement: unknown statement "st-nope"',
      'steps.1.event: unknown event "ev-nope"',
    ]);
  });

  it('reports impossible dates, undated facts and unknown highlighted places', () => {
    expect(
      messages(
        story([
          { date: '2021-02-30' },
          { statement: 'st-undated' },
          { date: '2020', map: { highlight: ['XX-99'], asOf: '2020-13' } },
        ]),
      ),
    ).toEqual([
      'steps.0.date: impossible date "2021-02-30"',
      'steps.1.statement: statement "st-undated" has no known date, so the map cannot show it',
      'steps.2.map.asOf: impossible date "2020-13"',
      'steps.2.map.highlight.0: unknown region or group "XX-99"',
    ]);
  });
});

describe('loadDataset(dir) with stories/', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const withStory = (json: unknown) => {
    const root = mkdtempSync(path.join(tmpdir(), 'faultline-story-'));
    dirs.push(root);
    const dir = path.join(root, 'mini');
    cpSync(path.resolve('lib/dataset/fixtures/mini'), dir, { recursive: true });
    mkdirSync(path.join(dir, 'stories'));
    writeFileSync(path.join(dir, 'stories/lesson.json'), JSON.stringify(json, null, 2));
    return loadDataset(dir);
  };

  it('exposes valid stories on the compiled dataset', () => {
    const r = withStory({
      schemaVersion: 1,
      id: 'lesson',
      title: 'Synthetic lesson',
      steps: [{ statement: 'st-1' }, { event: 'ev-1', note: 'n' }],
    });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.dataset.stories?.map((s) => [s.id, s.steps.length])).toEqual([['lesson', 2]]);
  });

  it('fails with the file, JSON path and line of an unknown fact id', () => {
    const r = withStory({
      schemaVersion: 1,
      id: 'lesson',
      title: 'Synthetic lesson',
      steps: [{ statement: 'st-1' }, { event: 'ev-typo' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual([
        expect.objectContaining({
          file: 'mini/stories/lesson.json',
          path: '$.steps[1].event',
          message: 'unknown event "ev-typo"',
        }),
      ]);
  });

  it('fails on a schema error in a story (a step with no fact and no date)', () => {
    const r = withStory({
      schemaVersion: 1,
      id: 'lesson',
      title: 'Synthetic lesson',
      steps: [{ note: 'only a note' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'mini/stories/lesson.json' });
  });
});
