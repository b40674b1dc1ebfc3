import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { TimelineItem } from '../dataset/types';
import { dayStart } from '../dates/fuzzy-date';
import { captionAt } from './caption';

const item = (
  id: string,
  value: string,
  type: TimelineItem['type'] = 'statement',
  label = `said ${id}`,
): TimelineItem => {
  const date = { value, basis: 'explicit' as const };
  return {
    id,
    type,
    date,
    span: timeSpanOf(date),
    lane: type === 'event' ? 'events' : 'p1',
    label,
    regions: [],
    source: 's',
  };
};
const name = (id: string) => (id === 'p1' ? 'Ada Speaker' : id);

describe('the caption that follows the date', () => {
  const timeline = [
    item('a', '2024-01-10'),
    item('b', '2024-02-01', 'event', 'Town taken'),
    item('c', '2024-02-20'),
  ];

  it('says the latest item on or before the date, with its speaker', () => {
    expect(captionAt(timeline, dayStart('2024-02-10'), name)).toMatchObject({
      itemId: 'b',
      when: '1 Feb 2024',
      what: 'Town taken',
      gap: '9 days before',
    });
    expect(captionAt(timeline, dayStart('2024-02-20'), name)).toMatchObject({
      itemId: 'c',
      what: 'Ada Speaker: said c',
      gap: 'on this date',
    });
  });

  it('is empty before the first item', () => {
    expect(captionAt(timeline, dayStart('2023-12-31'), name)).toBeNull();
  });

  it('a year-precision item stays a year: no age counted from 1 January', () => {
    const t = [item('y', '2014')];
    expect(captionAt(t, dayStart('2014-06-01'), name)).toMatchObject({
      when: '2014',
      gap: 'dated only to 2014',
    });
    expect(captionAt(t, dayStart('2016-01-01'), name)?.gap).toMatch(
      /^dated only to 2014, at least/,
    );
  });

  it('on the same day, an event comes before a statement; a long quote is cut with an ellipsis', () => {
    const long =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
    const t = [
      item('e', '2024-05-01', 'event', 'Talks open'),
      item('s', '2024-05-01', 'statement', long),
    ];
    expect(captionAt(t, dayStart('2024-05-01'), name)?.itemId).toBe('e');
    expect(captionAt([t[1]!], dayStart('2024-05-01'), name)?.what).toBe(
      'Ada Speaker: one two three four five six seven eight nine ten eleven twelve thirteen fourteen…',
    );
  });
});
