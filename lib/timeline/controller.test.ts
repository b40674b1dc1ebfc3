import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../dataset/types';
import { timeSpanOf } from '../dataset/compile';
import type { FuzzyDate } from '../schema';
import { timelineController, type TimelinePort } from './controller';
import type { TimelineFacts } from './describe';
import { identityTransform, type ViewTransform } from './domain';

const DAY = 86_400_000;
const day = (v: string): FuzzyDate => ({ value: v, basis: 'explicit' });
const item = (id: string, lane: string, date: FuzzyDate, party?: string): TimelineItem => ({
  id,
  type: lane === 'events' ? 'event' : 'statement',
  date,
  span: timeSpanOf(date),
  lane,
  label: id,
  regions: [],
  source: 's',
  ...(party ? { party } : {}),
});

const facts: TimelineFacts = {
  statements: [],
  events: [],
  people: [
    { id: 'putin', name: 'Vladimir Putin', aliases: [], party: 'russia', roles: [] },
    { id: 'biden', name: 'Joe Biden', aliases: [], party: 'us', roles: [] },
  ],
  parties: [
    { id: 'russia', name: 'Russia', color: '#D55E00' },
    { id: 'us', name: 'United States', color: '#009E73' },
  ],
  sources: [],
};
// Lanes (speaker mode): events, putin, biden. Five statements crowd the last week of Feb 2022.
const items: TimelineItem[] = [
  item('ev-2014', 'events', day('2014')),
  item('b-2014', 'biden', day('2014-03-18'), 'us'),
  ...[20, 21, 22, 23, 24].map((d) => item(`p-${d}`, 'putin', day(`2022-02-${d}`), 'russia')),
  item('b-2022', 'biden', day('2022-02-25'), 'us'),
  item('undated', 'putin', { basis: 'unknown' }, 'russia'),
];

/** A port that asks nothing of the page. */
const quietPort = (): TimelinePort => ({
  select() {},
  hover() {},
  clear() {},
  moveTo() {},
  zoomBy() {},
  panBy() {},
  paintState() {},
  clusterList() {},
  tooltip() {},
  pointerOver() {},
});

/** A controller wired to a port that records what it asks and, like the page, repaints. */
function setup(
  width = 800,
  state = { date: null, selectedId: null, hoveredId: null },
  list: TimelineItem[] = items,
) {
  const calls: string[] = [];
  const tips: (string | null)[] = [];
  const port: TimelinePort = {
    select: (id) => calls.push(`select ${id}`),
    hover: (id) => calls.push(`hover ${id}`),
    clear: () => calls.push('clear'),
    moveTo(t: ViewTransform, how) {
      calls.push(`moveTo ${how}`);
      ctl.setTransform(t);
      if (how === 'now') ctl.frame();
    },
    zoomBy: (factor, at) => calls.push(`zoomBy ${factor} ${at === undefined ? '-' : 'at'}`),
    panBy: (px) => calls.push(`panBy ${px}`),
    paintState: () => calls.push('paintState'),
    clusterList: (list) => calls.push(`clusterList ${list ? list.title : null}`),
    tooltip: (tip) => tips.push(tip && tip.heading),
    pointerOver: (on) => calls.push(`over ${on}`),
  };
  const ctl = timelineController({ items: list, facts, state, narrowWidth: 640 }, port);
  ctl.measure(width);
  ctl.frame();
  const centreOf = (id: string) => {
    const v = ctl.marks().find((m) => m.mark.kind === 'item' && items[m.mark.index]!.id === id)!;
    const s = v.shape as { cx: number; cy: number };
    return [s.cx, s.cy] as const;
  };
  const cluster = () => ctl.marks().find((m) => m.mark.kind === 'cluster');
  const take = () => calls.splice(0);
  return { ctl, calls, tips, take, centreOf, cluster };
}

describe('timelineController(options, port)', () => {
  it('has the expected defaults: speaker lanes, the whole span shown, nothing active', () => {
    const { ctl } = setup();
    expect(ctl.model().mode).toBe('speaker');
    expect(ctl.model().lanes.map((l) => l.key)).toEqual(['events', 'putin', 'biden']);
    expect(ctl.transform()).toEqual(identityTransform);
    expect(ctl.active()).toBeNull();
    expect(ctl.hovered()).toBeNull();
    expect(ctl.activeOption()).toBeNull();
    const [d0, d1] = ctl.domain();
    expect(d0).toBeLessThan(Date.UTC(2014, 0, 1));
    expect(d1).toBeGreaterThan(Date.UTC(2022, 1, 26));
    expect(ctl.undated()).toEqual([{ id: 'undated', name: expect.stringContaining('Putin') }]);
  });

  it('condenses to party lanes below the narrow width, and says so', () => {
    const { ctl } = setup();
    expect(ctl.measure(500)).toBe(true);
    expect(ctl.model().mode).toBe('party');
    expect(ctl.model().lanes.map((l) => l.key)).toEqual(['events', 'russia', 'us']);
    expect(ctl.measure(520)).toBe(false);
  });

  it('draws a crowded week as one cluster at full view, coloured by its lane', () => {
    const { cluster } = setup();
    const c = cluster()!;
    expect(c.mark.kind === 'cluster' && c.mark.indices.map((i) => items[i]!.id)).toEqual([
      'p-20',
      'p-21',
      'p-22',
      'p-23',
      'p-24',
    ]);
    expect(c.colour).toBe('#D55E00');
  });

  it('hover: entering an item shows its tooltip and hovers it; the same mark again does nothing', () => {
    const { ctl, take, tips, centreOf } = setup();
    const [x, y] = centreOf('b-2014');
    ctl.pointerMove(x, y);
    expect(take()).toEqual(['over true', 'hover b-2014']);
    expect(tips).toEqual(['Joe Biden']);
    ctl.pointerMove(x + 1, y);
    expect(take()).toEqual([]);
    ctl.clearHover();
    expect(take()).toEqual(['over false', 'hover null']);
    expect(tips.at(-1)).toBeNull();
  });

  it('hover: from an item to a cluster un-hovers the item and shows the cluster’s count', () => {
    const { ctl, take, tips, centreOf, cluster } = setup();
    ctl.pointerMove(...centreOf('b-2014'));
    take();
    const pill = cluster()!.shape as { x0: number; x1: number; cy: number };
    ctl.pointerMove((pill.x0 + pill.x1) / 2, pill.cy);
    expect(take()).toEqual(['over true', 'hover null']);
    expect(tips.at(-1)).toBe('5 items');
    expect(ctl.hovered()?.kind).toBe('cluster');
  });

  it('click: an item is selected and becomes the keyboard’s', () => {
    const { ctl, take, centreOf } = setup();
    ctl.click(...centreOf('b-2022'));
    expect(take()).toEqual(['select b-2022']);
    expect(ctl.active()).toBe(items.findIndex((t) => t.id === 'b-2022'));
    ctl.click(5, 20); // over the axis band: nothing
    expect(take()).toEqual([]);
  });

  it('click: a cluster zooms in until its items come apart', () => {
    const { ctl, take, cluster } = setup();
    const pill = cluster()!.shape as { x0: number; x1: number; cy: number };
    ctl.click((pill.x0 + pill.x1) / 2, pill.cy);
    expect(take()).toEqual(['moveTo ease']);
    // 2015–2021 hold nothing and are drawn compressed, so 2022 needs less zoom than linearly.
    expect(ctl.transform().k).toBeGreaterThan(50);
    ctl.frame();
    expect(cluster()).toBeUndefined();
    const [d0, d1] = ctl.domain();
    expect(d0).toBeLessThan(Date.UTC(2022, 1, 20));
    expect(d1).toBeGreaterThan(Date.UTC(2022, 1, 25));
  });

  it('click: a cluster of one day cannot come apart, so it opens the list of its items', () => {
    const sameDay = [
      ...items.slice(0, 2),
      ...[1, 2, 3, 4].map((n) => item(`q-${n}`, 'putin', day('2025-01-20'), 'russia')),
    ];
    const { ctl, take, tips, cluster } = setup(800, undefined, sameDay);
    const c = cluster()!;
    const pill = c.shape as { x0: number; x1: number; cy: number };
    ctl.pointerMove((pill.x0 + pill.x1) / 2, pill.cy);
    expect(tips.pop()).toBe('4 items');
    take();
    ctl.click((pill.x0 + pill.x1) / 2, pill.cy);
    // No zoom: the list, titled with the one date as given.
    expect(take()).toEqual(['over false', 'clusterList 4 items, 20 Jan 2025']);
    expect(ctl.transform()).toEqual(identityTransform);
  });

  it('focus picks the first item in view, shows it, and names it as the listbox option', () => {
    const { ctl, take, tips } = setup();
    ctl.focus();
    expect(ctl.active()).toBe(0);
    expect(take()).toEqual(['hover ev-2014', 'paintState']);
    expect(tips).toEqual(['Event']);
    expect(ctl.activeOption()).toMatchObject({ id: 'ev-2014', selected: false });
    ctl.blur();
    expect(take()).toEqual(['hover null']);
  });

  it('focus takes the selected item when there is one', () => {
    const { ctl } = setup(800, { date: null, selectedId: 'b-2022', hoveredId: null } as never);
    ctl.focus();
    expect(ctl.activeOption()).toMatchObject({ id: 'b-2022', selected: true });
  });

  it('keys: arrows step in time order, Home/End jump, Enter selects, Escape clears', () => {
    const { ctl, take } = setup();
    expect(ctl.key({ key: 'ArrowRight' })).toBe(true);
    expect(ctl.activeOption()?.id).toBe('ev-2014');
    ctl.key({ key: 'ArrowRight' });
    expect(ctl.activeOption()?.id).toBe('b-2014');
    ctl.key({ key: 'End' });
    expect(ctl.activeOption()?.id).toBe('b-2022');
    ctl.key({ key: 'ArrowRight' }); // the end does not wrap
    expect(ctl.activeOption()?.id).toBe('b-2022');
    ctl.key({ key: 'ArrowUp' }); // the lane above: Putin's, nearest in time
    expect(ctl.activeOption()?.id).toBe('p-24');
    take();
    expect(ctl.key({ key: 'Enter' })).toBe(true);
    expect(ctl.key({ key: 'Escape' })).toBe(true);
    expect(take()).toEqual(['select p-24', 'clear']);
    expect(ctl.key({ key: 'Home' })).toBe(true);
    expect(ctl.activeOption()?.id).toBe('ev-2014');
  });

  it('keys: stepping reveals an item that is out of view, panning without zooming', () => {
    const { ctl, take } = setup();
    ctl.setTransform({ k: 10, x: 0 }); // zoomed in on the first tenth (2014)
    ctl.frame();
    take();
    ctl.key({ key: 'End' });
    expect(take()).toEqual(['moveTo now', 'paintState', 'hover b-2022']);
    expect(ctl.transform().k).toBeCloseTo(10, 6);
    const [d0, d1] = ctl.domain();
    expect(d0).toBeLessThan(Date.UTC(2022, 1, 25));
    expect(d1).toBeGreaterThan(Date.UTC(2022, 1, 26));
  });

  it('keys: +/− zoom about the active item, 0 fits, Shift+arrows pan, others are not taken', () => {
    const { ctl, take } = setup();
    expect(ctl.key({ key: '+' })).toBe(true);
    ctl.key({ key: 'Home' });
    take();
    ctl.key({ key: '=' });
    ctl.key({ key: '-' });
    ctl.key({ key: '0' });
    ctl.key({ key: 'ArrowLeft', shiftKey: true });
    ctl.key({ key: 'ArrowRight', shiftKey: true });
    const plotW = ctl.stage().plotW;
    expect(take()).toEqual([
      'zoomBy 1.6 at',
      `zoomBy ${1 / 1.6} at`,
      'moveTo ease',
      `panBy ${plotW / 4}`,
      `panBy ${-plotW / 4}`,
    ]);
    expect(ctl.key({ key: 'a' })).toBe(false);
    expect(ctl.key({ key: 'ArrowRight', ctrlKey: true })).toBe(false);
    expect(take()).toEqual([]);
  });

  it('keys: Up/Down and Enter need an active item; Up in the top lane is taken but stays', () => {
    const { ctl, take } = setup();
    expect(ctl.key({ key: 'ArrowDown' })).toBe(false);
    expect(ctl.key({ key: 'Enter' })).toBe(false);
    ctl.key({ key: 'Home' });
    take();
    expect(ctl.key({ key: 'ArrowUp' })).toBe(true);
    expect(ctl.activeOption()?.id).toBe('ev-2014');
    expect(take()).toEqual([]);
  });

  it('update: a selection made elsewhere becomes active and comes into view', () => {
    const { ctl, take } = setup();
    ctl.setTransform({ k: 10, x: 0 });
    ctl.frame();
    ctl.update({ selectedId: 'b-2022' });
    expect(take()).toEqual(['moveTo now', 'paintState']);
    expect(ctl.activeOption()).toMatchObject({ id: 'b-2022', selected: true });
  });

  it('update: a new date pans the cursor into view, and the overlay rings the selection', () => {
    const { ctl, take } = setup();
    ctl.setTransform({ k: 10, x: 0 });
    ctl.frame();
    ctl.update({ date: '2022-02-25' });
    expect(take()).toEqual(['moveTo now', 'paintState']);
    const overlay = ctl.overlay();
    expect(overlay.cursor.visible).toBe(true);
    expect(overlay.cursor.label).toBe('As of 25 Feb 2022');
    ctl.update({ selectedId: 'b-2022', hoveredId: 'b-2014' });
    expect(ctl.overlay().rings.map((r) => [r.kind, r.id])).toEqual([
      ['hover', 'b-2014'],
      ['selected', 'b-2022'],
    ]);
    expect(ctl.overlay().rings[1]!.fill).toBe('#009E73');
  });

  it('setItems: a new model; the keyboard and the pointer start again', () => {
    const { ctl, centreOf } = setup();
    ctl.key({ key: 'Home' });
    ctl.pointerMove(...centreOf('b-2014'));
    ctl.setItems(items.slice(0, 2));
    expect(ctl.active()).toBeNull();
    expect(ctl.hovered()).toBeNull();
    expect(ctl.model().lanes.map((l) => l.key)).toEqual(['events', 'biden']);
  });

  it('an empty result keeps the axis last shown: its span, its compressed stretch and its ticks', () => {
    const { ctl } = setup();
    const before = ctl.frame();
    expect(before.breaks).toHaveLength(1); // 2014 to 2022 is drawn compressed
    ctl.setItems([]);
    ctl.measure(800);
    const after = ctl.frame();
    expect(after.marks).toEqual([]);
    expect(after.domain).toEqual(before.domain);
    expect(after.breaks).toEqual(before.breaks);
    expect(after.ticks.map((t) => t.label)).toEqual(before.ticks.map((t) => t.label));
    // A later result with dates brings its own axis: one week has no break.
    ctl.setItems(items.slice(2, 7));
    ctl.measure(800);
    expect(ctl.frame().breaks).toEqual([]);
  });

  it('with nothing dated from the start it shows the axis it was given, breaks and all', () => {
    const full = setup().ctl.frame();
    const ctl = timelineController(
      {
        items: [],
        facts,
        state: { date: null, selectedId: null, hoveredId: null },
        narrowWidth: 640,
        emptyAxis: {
          extent: [items[0]!.span.start!, items[7]!.span.end!],
          breaks: full.breaks.map(({ start, end }) => ({ start, end })),
        },
      },
      quietPort(),
    );
    ctl.measure(800);
    const frame = ctl.frame();
    expect(frame.domain).toEqual(full.domain);
    expect(frame.breaks).toEqual(full.breaks);
    expect(frame.ticks.map((t) => t.label)).toEqual(full.ticks.map((t) => t.label));
  });

  it('over a compressed stretch the pointer learns what it is; "Even time" draws it to scale', () => {
    const { ctl, tips, take } = setup();
    const [b] = ctl.frame().breaks;
    ctl.pointerMove((b!.x0 + b!.x1) / 2, 60);
    expect(tips.at(-1)).toBe('No statement or event');
    ctl.pointerMove((b!.x0 + b!.x1) / 2 + 1, 61); // still over it: no new tooltip
    expect(tips.filter((t) => t === 'No statement or event')).toHaveLength(1);
    ctl.pointerMove(b!.x1 + 40, 60);
    expect(tips.at(-1)).toBeNull();
    take();

    expect(ctl.hasBreaks()).toBe(true);
    const compressed = ctl.frame();
    ctl.setEvenTime(true);
    ctl.measure(800);
    const even = ctl.frame();
    expect(ctl.evenTime()).toBe(true);
    expect(even.breaks).toEqual([]);
    expect(even.rangeText).not.toContain('compressed');
    // To scale, 2014–2022 takes most of the width; compressed, the break takes 28 px of it.
    const x2015 = (f: typeof even) => f.x(Date.UTC(2015, 0, 1));
    const x2021 = (f: typeof even) => f.x(Date.UTC(2021, 0, 1));
    expect(x2021(even) - x2015(even)).toBeGreaterThan(400);
    expect(x2021(compressed) - x2015(compressed)).toBeLessThan(150);
    // The model keeps its breaks, so turning it off again compresses once more.
    expect(ctl.hasBreaks()).toBe(true);
    ctl.setEvenTime(false);
    ctl.measure(800);
    expect(ctl.frame().breaks).toEqual(compressed.breaks);
  });

  it('keeps the visible span across a resize unless the view was fitted', () => {
    const { ctl } = setup();
    ctl.setTransform({ k: 4, x: -600 });
    ctl.frame();
    const before = ctl.domain();
    ctl.measure(1000);
    ctl.frame();
    const after = ctl.domain();
    expect(Math.abs(after[0] - before[0])).toBeLessThan(DAY);
    expect(Math.abs(after[1] - before[1])).toBeLessThan(DAY);
    expect(ctl.transform().k).toBeGreaterThan(1);
    ctl.setTransform(identityTransform);
    ctl.measure(900);
    expect(ctl.transform()).toEqual(identityTransform);
  });
});
