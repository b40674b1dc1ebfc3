import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { TimelineItem } from '../dataset/types';
import type { FuzzyDate } from '../schema';
import type { MarkView } from './hit-test';
import { labelDefaults, labelText, placeLabels, type LabelView } from './labels';
import { timelineModel } from './model';
import { timelinePalette } from './palette';
import { shapeBox } from './shapes';
import { timelineStage } from './stage';
import { LABEL_FONTS, textWidth } from './text-width';
import { frameView } from './view-model';

const day = (v: string): FuzzyDate => ({ value: v, basis: 'explicit' });
const item = (id: string, lane: string, date: string, label = id): TimelineItem => ({
  id,
  type: lane === 'events' ? 'event' : 'statement',
  date: day(date),
  span: timeSpanOf(day(date)),
  lane,
  label,
  regions: [],
  source: 's',
});
const context = {
  people: [
    { id: 'putin', name: 'Vladimir Putin', party: 'russia' },
    { id: 'zelensky', name: 'Volodymyr Zelensky', party: 'ukraine' },
  ],
  parties: [
    { id: 'russia', name: 'Russia' },
    { id: 'ukraine', name: 'Ukraine' },
  ],
};
const palette = timelinePalette([
  { id: 'russia', color: '#D55E00' },
  { id: 'ukraine', color: '#0072B2' },
]);

/** Lays `items` out across `width` px showing [from, to], and labels them. */
function layout(
  items: TimelineItem[],
  width: number,
  from: string,
  to: string,
  first?: string,
  keepClear: readonly number[] = [],
) {
  const model = timelineModel(items, context, 'speaker');
  const stage = timelineStage(model.lanes, 'speaker', width);
  const x = scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, stage.plotW]);
  const view = frameView(model, stage, x, palette, {
    textOf: (i) => items[i]!.label,
    first: first === undefined ? null : model.indexOf.get(first),
    keepClear,
  });
  return { view, stage, x, byId: new Map(view.labels.map((l) => [l.id, l])) };
}

const H = LABEL_FONTS.mark.size + 1;
const boxOf = (l: LabelView): [number, number, number, number] => [
  l.x,
  l.cy - H / 2,
  l.x + l.width,
  l.cy + H / 2,
];
const meet = (a: number[], b: number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

/** The rules every placement keeps, whatever the data and the zoom. */
function expectSound(
  labels: LabelView[],
  marks: MarkView[],
  plotW: number,
  lines: readonly number[] = [],
) {
  labels.forEach((l, i) => {
    const box = boxOf(l);
    for (const cx of lines)
      expect(l.x <= cx + 1 && cx - 1 <= l.x + l.width, `${l.id} across the line at ${cx}`).toBe(
        false,
      );
    expect(l.x).toBeGreaterThanOrEqual(0);
    expect(l.x + l.width).toBeLessThanOrEqual(plotW + 1e-9);
    for (const m of marks) expect(meet(box, shapeBox(m.shape)), `${l.id} over a mark`).toBe(false);
    for (const other of labels.slice(i + 1))
      expect(meet(box, boxOf(other)), `${l.id} over ${other.id}`).toBe(false);
    if (l.text !== l.full) {
      expect(l.text.endsWith('…')).toBe(true);
      expect(l.full.startsWith(l.text.slice(0, -1))).toBe(true);
      expect(l.text.length).toBeGreaterThanOrEqual(labelDefaults.minChars);
    }
    expect(l.width).toBeLessThanOrEqual(textWidth(l.text, LABEL_FONTS.mark) + 1e-9);
  });
}

describe('placeLabels', () => {
  it('labels a lone mark in full, to its right', () => {
    const { view, byId } = layout(
      [item('e1', 'events', '2022-02-24', 'Russia invades Ukraine')],
      800,
      '2022-01-01',
      '2022-12-31',
    );
    const l = byId.get('e1')!;
    expect(l.text).toBe('Russia invades Ukraine');
    expect(l.side).toBe('right');
    const [, , x1] = shapeBox(view.marks[0]!.shape);
    expect(l.x).toBeGreaterThan(x1);
  });

  it('puts a label left of a mark at the right edge of the plot', () => {
    const { byId } = layout(
      [item('e1', 'events', '2022-12-30', 'Year-end summit')],
      800,
      '2022-01-01',
      '2022-12-31',
    );
    expect(byId.get('e1')!.side).toBe('left');
  });

  it('cuts a label to the room before the next mark, else moves it to the other side', () => {
    const long = 'A longer statement than fits';
    const items = [
      item('a', 'putin', '2022-03-01', long),
      item('b', 'putin', '2022-03-06', long),
      item('c', 'putin', '2022-04-02', long),
    ];
    // About 3.6 px a day: a and b are 18 px apart, b and c 96 px.
    const { view, stage, byId } = layout(items, 1600, '2022-01-01', '2022-12-31');
    expect(view.marks.every((m) => m.mark.kind === 'item')).toBe(true);
    // The latest first: c has the room to its right.
    expect(byId.get('c')!).toMatchObject({ text: long, side: 'right' });
    // b has 78 px before c: cut to fit there.
    const b = byId.get('b')!;
    expect(b.side).toBe('right');
    expect(b.text).not.toBe(long);
    expect(b.x + b.width).toBeLessThan(shapeBox(view.marks[2]!.shape)[0]);
    // a has no room right of it (b is too close): in full on its left.
    expect(byId.get('a')!).toMatchObject({ text: long, side: 'left' });
    expectSound(view.labels, view.marks, stage.plotW);
  });

  it('keeps clear of the "as of" line: cut short of it, else on the mark\'s other side', () => {
    const long = 'Long enough to cross it';
    const items = [
      item('a', 'putin', '2022-03-01', long),
      item('b', 'zelensky', '2022-06-01', long),
    ];
    const free = layout(items, 1000, '2022-01-01', '2022-12-31');
    const a0 = free.byId.get('a')!;
    expect(a0).toMatchObject({ text: long, side: 'right' });
    // A line 100 px right of a's label start: the label is cut to end before it.
    const near = a0.x + 100;
    const cut = layout(items, 1000, '2022-01-01', '2022-12-31', undefined, [near]);
    const a1 = cut.byId.get('a')!;
    expect(a1.side).toBe('right');
    expect(a1.text).not.toBe(long);
    expect(a1.x + a1.width).toBeLessThan(near - 1);
    // A line hard by the mark leaves too little room to its right: the label moves left.
    const b0 = free.byId.get('b')!;
    const tight = layout(items, 1000, '2022-01-01', '2022-12-31', undefined, [b0.x + 10]);
    expect(tight.byId.get('b')!.side).toBe('left');
    expectSound(tight.view.labels, tight.view.marks, tight.stage.plotW, [b0.x + 10]);
  });

  it('places the selected item first, then events, then the latest statements', () => {
    const label = 'A statement, in full here';
    const items = [
      item('c', 'putin', '2022-10-25', label),
      item('a', 'putin', '2022-11-01', label),
      item('b', 'putin', '2022-12-30', label),
      item('ev', 'events', '2022-11-01', 'An event of the same day'),
    ];
    // a and b compete for the gap between them (b is at the plot's right edge, c right
    // before a): whichever goes first takes it.
    const plain = layout(items, 800, '2022-02-28', '2022-12-31');
    expect(plain.byId.get('b')!.side).toBe('left');
    expect(plain.byId.has('a')).toBe(false);
    expect(plain.byId.get('ev')!.text).toBe('An event of the same day');
    const picked = layout(items, 800, '2022-02-28', '2022-12-31', 'a');
    expect(picked.byId.get('a')!.side).toBe('right');
    expect(picked.byId.has('b')).toBe(false);
    expect(picked.byId.get('ev')!.text).toBe('An event of the same day');
  });

  it('gives no labels when the view is too dense to read', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      item(
        `s${i}`,
        i % 2 ? 'putin' : 'zelensky',
        `2022-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`,
      ),
    );
    const { view } = layout(many, 1200, '2022-01-01', '2022-12-31');
    expect(view.labels.length).toBeGreaterThan(0);
    const model = timelineModel(many, context, 'speaker');
    const stage = timelineStage(model.lanes, 'speaker', 1200);
    const itemMarks = view.marks.filter((m) => m.mark.kind === 'item').length;
    const place = (maxMarks: number) =>
      placeLabels(view.marks, many, stage.plotW, (i) => many[i]!.label, { maxMarks });
    expect(place(itemMarks)).toEqual(view.labels);
    expect(place(itemMarks - 1)).toEqual([]);
  });

  it('never overlaps a mark, another label, a day line or the plot edge, at any data and zoom', () => {
    const lanes = ['events', 'putin', 'zelensky'];
    const arbItem = fc.record({
      lane: fc.constantFrom(...lanes),
      day: fc.integer({ min: 0, max: 700 }),
      precision: fc.constantFrom('day', 'day', 'day', 'month', 'year'),
      words: fc.integer({ min: 1, max: 14 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbItem, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 280, max: 1600 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 5, max: 700 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 2 }),
        (specs, width, from, span, lineAt) => {
          const items = specs.map((s, i) => {
            const d = new Date(Date.UTC(2022, 0, 1) + s.day * 86_400_000).toISOString();
            const value =
              s.precision === 'day'
                ? d.slice(0, 10)
                : s.precision === 'month'
                  ? d.slice(0, 7)
                  : d.slice(0, 4);
            return item(
              `i${i}`,
              s.lane,
              value,
              Array.from({ length: s.words }, () => 'word').join(' '),
            );
          });
          const t0 = Date.UTC(2022, 0, 1) + from * 86_400_000;
          const lines = lineAt.map((f) => f * (width - 200));
          const { view, stage } = layout(
            items,
            width,
            new Date(t0).toISOString(),
            new Date(t0 + span * 86_400_000).toISOString(),
            undefined,
            lines,
          );
          expectSound(view.labels, view.marks, stage.plotW, lines);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('labelText', () => {
  const st = item('s', 'putin', '2022-02-24', 'We will not allow');
  const ev = item('e', 'events', '2022-02-24', 'Invasion begins');
  const name = (id: string) => context.people.find((p) => p.id === id)?.name;
  it('names the speaker by surname when the lane does not', () => {
    expect(labelText(st, name, false)).toBe('Putin: We will not allow');
    expect(labelText(st, name, true)).toBe('We will not allow');
    expect(labelText(ev, name, false)).toBe('Invasion begins');
  });
});
