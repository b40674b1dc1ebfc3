import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../dataset/types';
import type { FuzzyDate } from '../schema';
import { timeSpanOf } from '../dataset/compile';
import { timelineLanes } from './lanes';
import { cullBefore, markLayoutDefaults, timelineMarks, type LaneEntry } from './marks';
import { stageHeight, timelineModel } from './model';
import { timelineTicks } from './ticks';
import { keyboardStep, laneStep } from './keyboard';
import fc from 'fast-check';
import { timelineDescriber } from './describe';
import { syntheticTimeline } from '../synthetic/timeline';

const DAY = 86_400_000;
const context = {
  parties: [
    { id: 'russia', name: 'Russia' },
    { id: 'ukraine', name: 'Ukraine' },
    { id: 'united-states', name: 'United States', shortName: 'US' },
  ],
  people: [
    { id: 'putin', name: 'Vladimir Putin', party: 'russia' },
    { id: 'zelensky', name: 'Volodymyr Zelensky', party: 'ukraine' },
    { id: 'biden', name: 'Joe Biden', party: 'united-states' },
    { id: 'lavrov', name: 'Sergei Lavrov', party: 'russia' },
    { id: 'nyt', name: 'The New York Times' },
  ],
};
const item = (id: string, lane: string, date: FuzzyDate): TimelineItem => ({
  id,
  type: lane === 'events' ? 'event' : 'statement',
  date,
  span: timeSpanOf(date),
  lane,
  label: id,
  regions: [],
  source: 's',
});
const day = (v: string): FuzzyDate => ({ value: v, basis: 'explicit' });

describe('timelineLanes(items, context, mode)', () => {
  const items = [
    item('a', 'zelensky', day('2022-02-24')),
    item('b', 'putin', day('2022-02-24')),
    item('c', 'events', day('2014')),
    item('d', 'nyt', { basis: 'unknown' }),
    item('e', 'lavrov', day('2020-01-01')),
    item('f', 'biden', day('2014-03-18')),
  ];
  it('puts events first, then speakers grouped by party in party order, unaffiliated last', () => {
    expect(timelineLanes(items, context, 'speaker').map((l) => l.key)).toEqual([
      'events',
      'lavrov',
      'putin',
      'zelensky',
      'biden',
      'nyt',
    ]);
  });
  it('keeps only lanes that hold an item, with short labels', () => {
    const lanes = timelineLanes([item('b', 'putin', day('2022-02-24'))], context, 'speaker');
    expect(lanes).toEqual([
      { key: 'putin', label: 'Vladimir Putin', shortLabel: 'Putin', party: 'russia', rows: 1 },
    ]);
  });
  it('condenses to one lane per party in party mode', () => {
    expect(timelineLanes(items, context, 'party').map((l) => [l.key, l.shortLabel])).toEqual([
      ['events', 'Events'],
      ['russia', 'Russia'],
      ['ukraine', 'Ukraine'],
      ['united-states', 'US'],
      ['other', 'Others'],
    ]);
  });
});

describe('timelineModel(items, context, mode)', () => {
  const items = [
    item('y', 'events', day('2014')),
    item('m', 'putin', day('2014-03')),
    item('d', 'putin', day('2014-03-18')),
    item('u', 'nyt', { basis: 'unknown', before: '2025-01-21' }),
  ];
  const model = timelineModel(items, context, 'speaker');
  it('lists undated items apart and never places them on the axis', () => {
    expect(model.undated.map((i) => items[i]!.id)).toEqual(['u']);
    expect(model.entries.flat().map((e) => items[e.index]!.id)).not.toContain('u');
    expect(model.orderOf[3]).toBe(-1);
  });
  it('marks month- and year-precision items as spans across their month or year', () => {
    const byId = new Map(model.entries.flat().map((e) => [items[e.index]!.id, e]));
    expect(byId.get('y')).toMatchObject({
      span: true,
      start: Date.UTC(2014, 0, 1),
      end: Date.UTC(2015, 0, 1),
    });
    expect(byId.get('m')).toMatchObject({
      span: true,
      start: Date.UTC(2014, 2, 1),
      end: Date.UTC(2014, 3, 1),
    });
    expect(byId.get('d')).toMatchObject({ span: false, start: Date.UTC(2014, 2, 18) });
  });
  it('orders the keyboard by time, coarser first on a tie', () => {
    expect(model.order.map((i) => items[i]!.id)).toEqual(['y', 'm', 'd']);
    expect(model.extent).toEqual([Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)]);
  });
});

describe('timelineMarks(lanes, rows, x, options)', () => {
  const x = (ms: number) => (ms - Date.UTC(2020, 0, 1)) / DAY; // 1 px per day
  const at = (index: number, d: number, span = false, days = 1): LaneEntry => ({
    index,
    start: Date.UTC(2020, 0, 1) + d * DAY,
    end: Date.UTC(2020, 0, 1) + (d + days) * DAY,
    span,
  });
  it('has the expected defaults', () => {
    expect(markLayoutDefaults).toEqual({ width: 800, radius: 5, gap: 2, clusterWidth: 28 });
  });
  it('draws a day item as a point at the middle of its day', () => {
    expect(timelineMarks([[at(0, 100)]], [1], x)).toEqual([
      { kind: 'item', index: 0, lane: 0, row: 0, x0: 100.5, x1: 100.5, span: false },
    ]);
  });
  it('stacks overlapping items in the rows of their lane', () => {
    const marks = timelineMarks([[at(0, 100), at(1, 103), at(2, 112), at(3, 200)]], [3], x);
    expect(marks.map((m) => (m.kind === 'item' ? [m.index, m.row] : m.kind))).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
  });
  it('merges items into a cluster with a count when the lane has no row left', () => {
    const marks = timelineMarks([[at(0, 100), at(1, 101), at(2, 102), at(3, 300)]], [2], x);
    expect(marks[0]).toMatchObject({
      kind: 'cluster',
      indices: [0, 1, 2],
      start: Date.UTC(2020, 0, 1) + 100 * DAY,
      end: Date.UTC(2020, 0, 1) + 103 * DAY,
    });
    expect(marks[1]).toMatchObject({ kind: 'item', index: 3 });
  });
  it('expands a cluster back into items when zoomed in', () => {
    const entries = [[at(0, 100), at(1, 101), at(2, 102)]];
    const zoomed = (ms: number) => x(ms) * 20 - 1900;
    expect(timelineMarks(entries, [1], zoomed).every((m) => m.kind === 'item')).toBe(true);
  });
  it('culls items outside the plot', () => {
    const marks = timelineMarks([[at(0, -50), at(1, 10), at(2, 900)]], [1], x);
    expect(marks.map((m) => (m.kind === 'item' ? m.index : -1))).toEqual([1]);
  });
  it('draws a span across its whole extent and keeps one that starts off-screen', () => {
    const marks = timelineMarks([[at(0, -30, true, 365)]], [1], x);
    expect(marks).toEqual([
      { kind: 'item', index: 0, lane: 0, row: 0, x0: -30, x1: 335, span: true },
    ]);
  });
  it('keeps the number of marks bounded at 10,000 items', () => {
    const data = syntheticTimeline(10_000, { seed: 7 });
    const model = timelineModel(data.items, data.facts, 'speaker');
    const [s, e] = model.extent!;
    const marks = timelineMarks(
      model.entries,
      model.lanes.map((l) => l.rows),
      (ms) => ((ms - s) / (e - s)) * 1000,
      { width: 1000 },
    );
    expect(marks.length).toBeLessThan(1500);
    const counted = marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.indices.length : 1), 0);
    expect(counted).toBe(model.order.length);
  });
});

describe('timelineTicks(domain, width)', () => {
  it('uses years when zoomed out, months, then days as the reader zooms in', () => {
    expect(timelineTicks([Date.UTC(2014, 0, 1), Date.UTC(2026, 0, 1)], 1000).unit.name).toBe(
      'year',
    );
    expect(timelineTicks([Date.UTC(2014, 0, 1), Date.UTC(2026, 0, 1)], 300).unit.name).toBe(
      '5 years',
    );
    expect(timelineTicks([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)], 1000).unit.name).toBe(
      'month',
    );
    expect(timelineTicks([Date.UTC(2022, 1, 1), Date.UTC(2022, 1, 11)], 1000).unit.name).toBe(
      'day',
    );
  });
  it('labels ticks in words and names the year at January', () => {
    const t = timelineTicks([Date.UTC(2021, 10, 1), Date.UTC(2022, 2, 1)], 1000);
    expect(t.ticks.map((x) => x.label)).toEqual(['Nov', 'Dec', '2022', 'Feb', 'Mar']);
  });
});

describe('keyboardStep(count, current, key)', () => {
  it('moves one step in time order and stops at the ends', () => {
    expect(keyboardStep(3, 1, 'ArrowRight')).toBe(2);
    expect(keyboardStep(3, 2, 'ArrowRight')).toBe(2);
    expect(keyboardStep(3, 0, 'ArrowLeft')).toBe(0);
    expect(keyboardStep(3, 1, 'ArrowLeft')).toBe(0);
  });
  it('jumps with Home/End and starts from an end when nothing is active', () => {
    expect(keyboardStep(5, 2, 'Home')).toBe(0);
    expect(keyboardStep(5, 2, 'End')).toBe(4);
    expect(keyboardStep(5, null, 'ArrowRight')).toBe(0);
    expect(keyboardStep(5, null, 'ArrowLeft')).toBe(4);
    expect(keyboardStep(0, null, 'Home')).toBeNull();
  });
});

describe('laneStep(model, index, direction)', () => {
  const items = [
    item('e1', 'events', day('2022-02-24')),
    item('p1', 'putin', day('2014-03-18')),
    item('p2', 'putin', day('2022-02-20')),
    item('p3', 'putin', day('2022-03-30')),
    item('b1', 'biden', day('2022-02-26')),
    item('n1', 'nyt', { value: '2022', basis: 'explicit' }),
  ];
  const model = timelineModel(items, context, 'speaker');
  const id = (i: number | null) => (i === null ? null : items[i]!.id);
  it('moves down to the item nearest in time in the next lane', () => {
    expect(model.lanes.map((l) => l.key)).toEqual(['events', 'putin', 'biden', 'nyt']);
    expect(id(laneStep(model, 0, 1))).toBe('p2');
    expect(id(laneStep(model, 2, 1))).toBe('b1');
    expect(id(laneStep(model, 4, -1))).toBe('p2');
  });
  it('compares the middles of spans, so a year item reaches the item nearest mid-year', () => {
    expect(id(laneStep(model, 5, -1))).toBe('b1');
    expect(id(laneStep(model, 4, 1))).toBe('n1');
  });
  it('stops at the top and bottom lanes', () => {
    expect(laneStep(model, 0, -1)).toBeNull();
    expect(laneStep(model, 5, 1)).toBeNull();
  });
});

describe('timelineMarks culling with cullBefore', () => {
  it('lays out exactly the same marks as visiting every entry, at any zoom and pan', () => {
    const data = syntheticTimeline(3_000, { seed: 11 });
    const model = timelineModel(data.items, data.facts, 'speaker');
    const [s, e] = model.extent!;
    const rows = model.lanes.map((l) => l.rows);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (at, fraction) => {
          const d0 = s + (e - s) * at * (1 - fraction);
          const d1 = d0 + (e - s) * fraction;
          const k = 1000 / (d1 - d0);
          const x = (ms: number) => (ms - d0) * k;
          const all = timelineMarks(model.entries, rows, x, { width: 1000 });
          const culled = timelineMarks(model.entries, rows, x, {
            width: 1000,
            skipBefore: cullBefore(model.maxLength, d0, 5 / k),
          });
          expect(culled).toEqual(all);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('timelineDescriber(facts)(item)', () => {
  const describeItem = timelineDescriber({
    statements: [
      {
        id: 'q',
        source: 's',
        evidence: { type: 'citation' },
        speaker: 'biden',
        role: 'Vice President',
        date: day('2014-03-18'),
        kind: 'quote',
        text: 'nothing more than a land grab',
        topics: [],
        regions: [],
      },
      {
        id: 'p',
        source: 's',
        evidence: { type: 'citation' },
        speaker: 'putin',
        date: day('2024'),
        kind: 'paraphrase',
        text: 'He said talks could start',
        topics: [],
        regions: [],
      },
    ],
    events: [],
    people: [
      { id: 'biden', name: 'Joe Biden', aliases: [], party: 'united-states', roles: [] },
      {
        id: 'putin',
        name: 'Vladimir Putin',
        aliases: [],
        party: 'russia',
        roles: [{ title: 'President of Russia', from: '2012-05-07' }],
      },
    ],
    parties: [{ id: 'united-states', name: 'United States', color: '#009E73' }],
    sources: [
      {
        id: 's',
        publisher: 'RFE/RL',
        title: 'Annexation',
        published: '2014-03-18',
        url: 'https://example.org/a',
      },
    ],
  });
  it('names the speaker, role, date with precision, the quote and the source', () => {
    const d = describeItem({ ...item('q', 'biden', day('2014-03-18')), party: 'united-states' });
    expect(d).toMatchObject({
      heading: 'Joe Biden',
      role: 'Vice President',
      partyName: 'United States',
      date: '18 Mar 2014',
      precision: 'exact day',
      kindLabel: 'Quote',
      verbatim: true,
      source: { publisher: 'RFE/RL', published: '18 Mar 2014', url: 'https://example.org/a' },
    });
    expect(d.name).toBe('Joe Biden, 18 Mar 2014: quote, “nothing more than a land grab”');
  });
  it('marks a paraphrase as such, takes the role held then, and says a year is a year', () => {
    const d = describeItem(item('p', 'putin', day('2024')));
    expect(d).toMatchObject({
      kindLabel: 'Paraphrase',
      verbatim: false,
      role: 'President of Russia',
      date: '2024',
      precision: 'year only',
    });
  });
});

describe('syntheticTimeline(n, options)', () => {
  it('is deterministic and labelled synthetic', () => {
    const a = syntheticTimeline(50, { seed: 3 });
    expect(syntheticTimeline(50, { seed: 3 })).toEqual(a);
    expect(a.synthetic).toBe(true);
    expect(a.items).toHaveLength(50);
    expect(a.items.every((t) => /synthetic/i.test(t.label))).toBe(true);
    expect(a.facts.sources[0]!.title).toMatch(/synthetic/i);
  });
});

describe('stageHeight(model)', () => {
  it('adds the axis band, each lane’s rows and padding, and the bottom margin', () => {
    const model = timelineModel(
      [item('a', 'events', day('2022-02-24')), item('b', 'putin', day('2022-02-24'))],
      context,
      'speaker',
    );
    // Events lane: 3 rows; Putin's lane: 1 row.
    expect(stageHeight(model)).toBe(44 + (3 * 12 + 8) + (1 * 12 + 8) + 4);
  });
});
