import { describe, expect, it } from 'vitest';
import type { Story } from '../schema';
import { readStoryFragment, readStoryText, storyFragment, STORY_FRAGMENT } from './share-link';

const story: Story = {
  schemaVersion: 1,
  id: 'two-steps',
  title: 'Two steps — «Херсон» and الفاشر',
  steps: [
    { statement: 'st-1', note: 'Ask why.' },
    { date: '2022-09-30', title: 'Annexation day', map: { asOf: '2022-10-01' } },
  ],
} as Story;

describe('story links', () => {
  it('a story survives the trip through a link fragment, every character included', async () => {
    const fragment = await storyFragment(story);
    expect(fragment.startsWith(`${STORY_FRAGMENT}=`)).toBe(true);
    expect(fragment).toMatch(/^story=[A-Za-z0-9_-]+$/);
    const back = await readStoryFragment(`#${fragment}&other=1`);
    expect(back).toEqual({ ok: true, story: expect.objectContaining(story) });
  });
  it('no story key is no story; a damaged one says so', async () => {
    expect(await readStoryFragment('#date=2022-01-01')).toBeNull();
    const fragment = await storyFragment(story);
    const cut = await readStoryFragment(`#${fragment.slice(0, -12)}`);
    expect(cut).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or cut short/) });
    expect(await readStoryFragment('#story=<script>')).toMatchObject({ ok: false });
  });
  it('a link that inflates past the limit is refused, not decoded into memory', async () => {
    const huge = {
      ...story,
      steps: Array.from({ length: 20000 }, (_, i) => ({
        statement: `st-${i}`,
        note: 'x'.repeat(20),
      })),
    };
    const fragment = await storyFragment(huge as Story);
    const read = await readStoryFragment(`#${fragment}`);
    expect(read).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
  it('a well-formed link to something that is not a story names the problem and where', async () => {
    const notStory = await storyFragment({ ...story, steps: [] } as Story);
    const read = await readStoryFragment(`#${notStory}`);
    expect(read).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^It is not a Faultline story: steps/),
    });
  });
});

describe('readStoryText', () => {
  it('reads a story file and names the file in every error', () => {
    expect(readStoryText(JSON.stringify(story), 'a.json')).toMatchObject({ ok: true });
    expect(readStoryText('{"title":', 'b.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^b\.json is not valid JSON/),
    });
    expect(readStoryText('{"title":"x"}', 'c.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^c\.json: It is not a Faultline story/),
    });
    expect(readStoryText(' '.repeat(300 * 1024), 'd.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
  });
});
