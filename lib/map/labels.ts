/**
 * Where the map's labels go: pure layout, no DOM. Each label wants to sit on its anchor (a
 * region's label point, projected to pixels); labels are placed in rank order (figures first,
 * then larger regions), each nudged to the first free spot near its anchor (up or down, then
 * sideways) and kept inside the frame. A label with no free spot tries its compact form (the
 * figure without the name); if even that finds no room it is hidden — the region keeps its
 * shading, tooltip and keyboard stop — unless it must stay (selected or focused), in which
 * case it sits on its anchor anyway. Boxes already taken (group labels, place markers) are
 * kept clear.
 */

export interface Size {
  w: number;
  h: number;
}

/** [x0, y0, x1, y1] in pixels. */
export type Box = [number, number, number, number];

export interface LabelRequest {
  id: string;
  /** The anchor, in pixels from the map's top left. */
  x: number;
  y: number;
  size: Size;
  /** Lower is placed first. */
  rank: number;
  /** Tie-break after rank: larger first (a region's area). */
  weight: number;
  /** Must stay visible (the selected or focused region). */
  keep?: boolean;
  /**
   * Has no compact form worth showing: a group member's figure is only "part of Donbas",
   * which without the name says nothing the group's own label does not.
   */
  noCompact?: boolean;
}

export type LabelPlacement =
  | { id: string; hidden: false; crowded: boolean; x: number; y: number; box: Box }
  | { id: string; hidden: true; crowded: boolean };

/** Offsets tried around the anchor, in label widths (x) and heights (y). */
const NUDGES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -0.8],
  [0, 0.8],
  [0, -1.6],
  [0, 1.6],
  [-0.6, 0],
  [0.6, 0],
  [-0.6, -0.8],
  [0.6, 0.8],
];

const overlaps = (a: Box, b: Box) =>
  !(a[2] <= b[0] || a[0] >= b[2] || a[3] <= b[1] || a[1] >= b[3]);

/** A centre point kept inside a frame of `frame` size for a box of `size`. */
export function clampCentre(x: number, y: number, size: Size, frame: Size): [number, number] {
  return [
    Math.min(Math.max(x, size.w / 2), frame.w - size.w / 2),
    Math.min(Math.max(y, size.h / 2), frame.h - size.h / 2),
  ];
}

const boxAt = (x: number, y: number, { w, h }: Size): Box => [
  x - w / 2,
  y - h / 2,
  x + w / 2,
  y + h / 2,
];

/**
 * Places `labels` in `frame` around the boxes in `taken` (which is not changed).
 * `compactSize(id)` gives a label's size without its name, asked only when it is crowded.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  frame: Size,
  taken: readonly Box[] = [],
  compactSize: (id: string) => Size = (id) => labels.find((l) => l.id === id)!.size,
): LabelPlacement[] {
  const placed: Box[] = [...taken];
  const free = (b: Box) => placed.every((p) => !overlaps(b, p));
  const spot = (x: number, y: number, size: Size): [number, number] | null => {
    for (const [kx, ky] of NUDGES) {
      const [cx, cy] = clampCentre(x + kx * size.w, y + ky * size.h, size, frame);
      if (free(boxAt(cx, cy, size))) return [cx, cy];
    }
    return null;
  };
  const order = [...labels].sort((a, b) => a.rank - b.rank || b.weight - a.weight);
  const out: LabelPlacement[] = [];
  for (const l of order) {
    let size = l.size;
    let crowded = false;
    let at = spot(l.x, l.y, size);
    if (!at && !l.noCompact) {
      crowded = true;
      size = compactSize(l.id);
      at = spot(l.x, l.y, size);
    }
    if (!at && l.keep) at = clampCentre(l.x, l.y, size, frame);
    if (!at) {
      out.push({ id: l.id, hidden: true, crowded });
      continue;
    }
    const box = boxAt(at[0], at[1], size);
    placed.push(box);
    out.push({ id: l.id, hidden: false, crowded, x: at[0], y: at[1], box });
  }
  return out;
}

/** A group's label sits between its members' anchors, inside the frame. */
export function groupLabelCentre(
  anchors: readonly [number, number][],
  size: Size,
  frame: Size,
): [number, number] | null {
  if (!anchors.length) return null;
  const gx = anchors.reduce((a, p) => a + p[0], 0) / anchors.length;
  const gy = anchors.reduce((a, p) => a + p[1], 0) / anchors.length;
  return clampCentre(gx, gy, size, frame);
}

export { boxAt };
