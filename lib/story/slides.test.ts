import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { storyDeck } from './slides';

// The synthetic mini dataset (lib/dataset/fixtures/mini): st-1 by ann-example, ev-1 in 2020.
const loaded = loadDataset(path.resolve('lib/dataset/fixtures/mini'));
if (!loaded.ok) throw new Error('fixture does not load');
const ds = loaded.dataset;

describe('storyDeck(dataset, story)', () => {
  it('turns steps into slides with text, speaker, date in words, source and the map day', () => {
    const deck = storyDeck(ds, {
      schemaVersion: 1,
      id: 'lesson',
      title: 'Synthetic lesson',
      steps: [
        { statement: 'st-1', note: 'Teacher note', map: { highlight: ['eastern'] } },
        { event: 'ev-1' },
        { date: '2021-06-01', title: 'Later' },
      ],
    });
    expect(deck.slides.map((s) => [s.kind, s.day, s.highlight])).toEqual([
      ['statement', '2020-03-09', ['XX-01', 'XX-02']],
      ['event', '2020-01-01', []],
      ['date', '2021-06-01', []],
    ]);
    const [st] = deck.slides;
    const fact = ds.statements.find((s) => s.id === 'st-1')!;
    expect(st).toMatchObject({ text: fact.text, note: 'Teacher note', dateLabel: '9 March 2020' });
    expect(st?.heading).toContain('Ann Example');
    expect(st?.source?.id).toBe(fact.source);
    expect(st?.source?.text).toContain(ds.sources.find((s) => s.id === fact.source)!.publisher);
    // Each highlighted region says what the map shows there, in words, with a shade for every region.
    expect(st?.regions.map((r) => r.id)).toEqual(['XX-01', 'XX-02']);
    expect(st?.regions.every((r) => r.figure.length > 0)).toBe(true);
    expect(Object.keys(st?.shades ?? {}).sort()).toEqual(['XX-01', 'XX-02', 'XX-03']);
    expect(deck.slides[2]?.text).toBe('Later');
    expect(deck.slides[2]?.heading).toBe('The map on this date');
  });
  it('on a date step that outlines nothing, says what the map reports for every region with a figure', () => {
    const deck = storyDeck(ds, {
      schemaVersion: 1,
      id: 'd',
      title: 'Dates',
      steps: [{ date: '2021-06-01' }, { date: '2021-06-02', map: { highlight: ['XX-03'] } }],
    });
    const [all, one] = deck.slides;
    expect(all?.text).toBe('Who controls what');
    expect(all?.highlight).toEqual([]);
    const withFigure = Object.entries(all!.shades)
      .filter(([, sh]) => sh.kind === 'figure')
      .map(([id]) => id)
      .sort();
    expect(withFigure.length).toBeGreaterThan(0);
    expect(all?.regions.map((r) => r.id).sort()).toEqual(withFigure);
    expect(all?.regions.every((r) => r.figure.length > 0)).toBe(true);
    // Most held first.
    const mid = (id: string) => {
      const m = all!.shades[id]!.share;
      return m && 'value' in m ? m.value : m?.kind === 'all' ? 100 : m?.kind === 'none' ? 0 : 50;
    };
    const order = all!.regions.map((r) => mid(r.id));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    // An outlined region is the only one named.
    expect(one?.regions.map((r) => r.id)).toEqual(['XX-03']);
  });
});

describe('storyDeck(dataset, story) with a fact its source does not date', () => {
  it('keeps the step, says "date not stated" and why the map shows its day', () => {
    const ev = ds.events.find((e) => e.id === 'ev-1')!;
    const undated = {
      ...ev,
      id: 'ev-undated',
      date: { basis: 'unknown' as const, before: '2021-01-21' },
    };
    const deck = storyDeck(
      { ...ds, events: [...ds.events, undated] },
      {
        schemaVersion: 1,
        id: 'undated',
        title: 'Synthetic',
        steps: [{ event: 'ev-1' }, { event: 'ev-undated', note: 'Still here' }],
      },
    );
    expect(deck.slides).toHaveLength(2);
    const slide = deck.slides[1]!;
    expect(slide.dateLabel).toBe('date not stated (before 21 January 2021)');
    expect(slide.day).toBe('2021-01-21');
    expect(slide.dayNote).toMatch(/no date, only that it was no later than this/);
    expect(slide.note).toBe('Still here');
    expect(deck.slides[0]?.dayNote).toBeUndefined();
  });
});
