import { describe, expect, it } from 'vitest';
import { groupLabelCentre, placeLabels, type LabelRequest } from './labels';

const frame = { w: 400, h: 300 };
const label = (
  id: string,
  x: number,
  y: number,
  extra: Partial<LabelRequest> = {},
): LabelRequest => ({
  id,
  x,
  y,
  size: { w: 80, h: 20 },
  rank: 1,
  weight: 0,
  ...extra,
});
const overlap = (a: number[], b: number[]) =>
  !(a[2]! <= b[0]! || a[0]! >= b[2]! || a[3]! <= b[1]! || a[1]! >= b[3]!);

describe('map label placement', () => {
  it('puts a lone label on its anchor', () => {
    const [p] = placeLabels([label('a', 200, 150)], frame);
    expect(p).toMatchObject({ id: 'a', hidden: false, crowded: false, x: 200, y: 150 });
  });

  it('nudges a second label off the first, and no two placed labels overlap', () => {
    const out = placeLabels([label('a', 200, 150), label('b', 205, 152)], frame);
    const boxes = out.flatMap((p) => (p.hidden ? [] : [p.box]));
    expect(boxes).toHaveLength(2);
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it('places figures before names, and larger regions before smaller ones', () => {
    const out = placeLabels(
      [
        label('small', 200, 150, { weight: 1 }),
        label('figure', 200, 150, { rank: 0 }),
        label('big', 200, 150, { weight: 9 }),
      ],
      frame,
    );
    expect(out.map((p) => p.id)).toEqual(['figure', 'big', 'small']);
    expect(out[0]).toMatchObject({ x: 200, y: 150 });
  });

  it('keeps labels inside the frame', () => {
    const [p] = placeLabels([label('edge', 5, 295)], frame);
    expect(p).toMatchObject({ hidden: false, x: 40, y: 290 });
  });

  it('a crowded label tries its compact form, then hides, unless it must stay', () => {
    const taken: [number, number, number, number][] = [[0, 0, 400, 300]];
    const compact = () => ({ w: 30, h: 20 });
    const [hidden] = placeLabels([label('a', 200, 150)], frame, taken, compact);
    expect(hidden).toEqual({ id: 'a', hidden: true, crowded: true });
    const [kept] = placeLabels([label('a', 200, 150, { keep: true })], frame, taken, compact);
    expect(kept).toMatchObject({ hidden: false, crowded: true, x: 200, y: 150 });
    // With room for the short form only, the compact size is used.
    const room: [number, number, number, number][] = [
      [0, 0, 185, 300],
      [215, 0, 400, 300],
    ];
    const [short] = placeLabels([label('a', 200, 150)], frame, room, compact);
    expect(short).toMatchObject({ hidden: false, crowded: true, box: [185, 140, 215, 160] });
    // A group member has no compact form ("part of Donbas" without its name): it hides.
    const [member] = placeLabels([label('a', 200, 150, { noCompact: true })], frame, room, compact);
    expect(member).toEqual({ id: 'a', hidden: true, crowded: false });
  });

  it('a group label sits between its members, inside the frame', () => {
    expect(
      groupLabelCentre(
        [
          [100, 100],
          [200, 200],
        ],
        { w: 60, h: 20 },
        frame,
      ),
    ).toEqual([150, 150]);
    expect(groupLabelCentre([[395, 10]], { w: 60, h: 20 }, frame)).toEqual([370, 10]);
    expect(groupLabelCentre([], { w: 60, h: 20 }, frame)).toBeNull();
  });
});
