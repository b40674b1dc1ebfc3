import { describe, expect, it } from 'vitest';
import type { ConflictEvent, Statement } from '../schema';
import { getDataset } from '../dataset/server';
import { fromTimelineJs } from '../import/timelinejs';
import {
  dateValueOf,
  timelineJsDate,
  timelineJsProblems,
  toTimelineJs,
  type TimelineJsInput,
} from './timelinejs';

const statement: Statement = {
  id: 's-1',
  source: 'src',
  speaker: 'putin',
  date: { value: '2014-03', basis: 'context', note: 'the month of the speech' },
  kind: 'quote',
  text: 'Crimea has always been an inseparable part of Russia.',
  via: 'Kremlin website',
  topics: ['crimea'],
  regions: ['UA-43'],
  evidence: {
    type: 'sentence',
    text: 'He said “Crimea has always been an inseparable part of Russia.”',
  },
};
const span: ConflictEvent = {
  id: 'e-1',
  source: 'src',
  date: { value: '2022-06-15', end: '2022-06-16', basis: 'explicit' },
  title: 'Summit <b>',
  regions: [],
  evidence: { type: 'citation', note: 'n' },
};
const undated: ConflictEvent = {
  id: 'e-2',
  source: 'src',
  date: { basis: 'unknown', before: '2025-01-21' },
  title: 'Something happened',
  regions: [],
  evidence: { type: 'citation' },
};
const input: TimelineJsInput = {
  title: 'T',
  dataset: { id: 'd', version: 'v' },
  statements: [statement],
  events: [undated, span],
  people: [
    { id: 'putin', name: 'Vladimir Putin', aliases: [], roles: [], party: 'russia' },
  ] as unknown as TimelineJsInput['people'],
  parties: [
    { id: 'russia', name: 'Russia', color: '#000' },
  ] as unknown as TimelineJsInput['parties'],
  sources: [
    {
      id: 'src',
      publisher: 'Pub',
      title: 'Title',
      published: '2025-01-21',
      url: 'https://example.org/a',
    },
  ] as unknown as TimelineJsInput['sources'],
};

describe('timelineJsDate', () => {
  it('timelineJsDate(value) keeps the precision: no month for a year, no day for a month', () => {
    expect(timelineJsDate('2014')).toEqual({ year: 2014, display_date: '2014' });
    expect(timelineJsDate('2014-03')).toEqual({ year: 2014, month: 3, display_date: 'March 2014' });
    expect(timelineJsDate('2014-03-18')).toEqual({
      year: 2014,
      month: 3,
      day: 18,
      display_date: '18 Mar 2014',
    });
    expect(timelineJsDate('2014-02-30')).toBeNull();
  });
  it('dateValueOf(date) is its inverse', () => {
    for (const v of ['2014', '2014-03', '2014-03-18'])
      expect(dateValueOf(timelineJsDate(v)!)).toBe(v);
    expect(dateValueOf({ year: 2014, month: 13 })).toBeNull();
  });
});

describe('toTimelineJs', () => {
  const doc = toTimelineJs(input);
  it('toTimelineJs(input) writes slides with TimelineJS field names only', () => {
    expect(timelineJsProblems(doc)).toEqual([]);
    expect(doc.events.map((e) => e.unique_id)).toEqual(['s-1', 'e-1']);
    const [s, e] = doc.events;
    expect(s!.start_date).toEqual({ year: 2014, month: 3, display_date: 'March 2014' });
    expect(s!.group).toBe('Russia');
    expect(s!.text.headline).toBe(
      'Vladimir Putin: “Crimea has always been an inseparable part of Russia.”',
    );
    expect(s!.text.text).toContain('<a href="https://example.org/a">Pub');
    expect(e!.end_date).toEqual({ year: 2022, month: 6, day: 16, display_date: '16 Jun 2022' });
    expect(e!.display_date).toBe('15 Jun 2022 – 16 Jun 2022');
    expect(e!.group).toBe('Events');
  });
  it('toTimelineJs(input) escapes HTML in the slide text', () => {
    expect(doc.events[1]!.text.text).not.toContain('<b>');
  });
  it('toTimelineJs(input) keeps facts with no stated date apart (TimelineJS needs a start date)', () => {
    expect(doc.faultline?.undated.map((x) => x.fact.id)).toEqual(['e-2']);
  });
});

describe('fromTimelineJs', () => {
  it('fromTimelineJs(toTimelineJs(x)) gives back every fact unchanged', () => {
    const back = fromTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(input))), {
      sourceId: 'imported',
    });
    expect(back.problems).toEqual([]);
    expect(back.statements).toEqual([statement]);
    expect(back.events.sort((a, b) => a.id.localeCompare(b.id))).toEqual([span, undated]);
  });
  it('fromTimelineJs(doc) round-trips the whole Ukraine dataset', () => {
    const d = getDataset('ukraine');
    const doc = toTimelineJs({
      title: d.conflict.title,
      dataset: d,
      statements: d.statements,
      events: d.events,
      people: d.conflict.people,
      parties: d.conflict.parties,
      sources: d.sources,
    });
    expect(timelineJsProblems(doc)).toEqual([]);
    const back = fromTimelineJs(JSON.parse(JSON.stringify(doc)), { sourceId: 'x' });
    const byId = <T extends { id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.statements)).toEqual(byId(d.statements));
    expect(byId(back.events)).toEqual(byId(d.events));
  });
  it('fromTimelineJs(doc) reads plain TimelineJS slides as draft events at their precision', () => {
    const back = fromTimelineJs(
      {
        events: [
          {
            start_date: { year: 2020, month: 5 },
            text: { headline: 'A <i>thing</i>', text: '<p>More &amp; more</p>' },
            group: 'G',
          },
          { start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: 'A thing' } },
          { start_date: { month: 3 }, text: { headline: 'no year' } },
        ],
      },
      { sourceId: 'tl' },
    );
    expect(
      back.events.map((e) => [e.date.value, e.date.end, e.title, e.description, e.review]),
    ).toEqual([
      ['2020-05', undefined, 'A thing', 'More & more', 'pending'],
      ['2020', '2021', 'A thing', undefined, 'pending'],
    ]);
    expect(new Set(back.events.map((e) => e.id)).size).toBe(2);
    expect(back.problems.map((p) => p.path)).toContain('$.events[2].start_date.year');
  });
  it('timelineJsProblems(doc) names fields TimelineJS does not know', () => {
    expect(
      timelineJsProblems({
        events: [{ start_date: { year: 2020, mnth: 1 }, text: { title: 'x' }, colour: 'red' }],
        foo: 1,
      }).map((p) => p.path),
    ).toEqual([
      '$.foo',
      '$.events[0].colour',
      '$.events[0].start_date.mnth',
      '$.events[0].text.title',
    ]);
  });
});
