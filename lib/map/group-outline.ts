import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';

/** Rings (closed position lists) of a polygonal geometry; other geometries have none. */
function ringsOf(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(ringsOf);
  return [];
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * The outline of a group of regions that share exact borders: every ring edge of the members
 * that no other member also has (in either direction). Shared borders between members drop
 * out, so the group reads as one shape. Edges are joined back into lines where they meet.
 */
export function groupOutline(members: readonly Geometry[]): MultiLineString {
  const edges: [Position, Position][] = [];
  const count = new Map<string, number>();
  const edgeKey = (a: Position, b: Position) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  for (const g of members) {
    for (const ring of ringsOf(g)) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        if (a[0] === b[0] && a[1] === b[1]) continue;
        edges.push([a, b]);
        const k = edgeKey(a, b);
        count.set(k, (count.get(k) ?? 0) + 1);
      }
    }
  }
  const lines: Position[][] = [];
  let current: Position[] | null = null;
  for (const [a, b] of edges) {
    if (count.get(edgeKey(a, b))! > 1) {
      current = null;
      continue;
    }
    const last = current?.[current.length - 1];
    if (current && last && last[0] === a[0] && last[1] === a[1]) current.push(b);
    else {
      current = [a, b];
      lines.push(current);
    }
  }
  return { type: 'MultiLineString', coordinates: lines };
}

/** One outline feature per group (feature id = group id) from the region features. */
export function groupOutlines(
  regions: FeatureCollection,
  groups: readonly { id: string; members: readonly string[] }[],
): FeatureCollection<MultiLineString, { group: string }> {
  const byId = new Map<string, Feature>();
  for (const f of regions.features) byId.set(String(f.id), f);
  return {
    type: 'FeatureCollection',
    features: groups.map((g) => ({
      type: 'Feature',
      id: g.id,
      properties: { group: g.id },
      geometry: groupOutline(
        g.members.flatMap((m) => (byId.get(m)?.geometry ? [byId.get(m)!.geometry] : [])),
      ),
    })),
  };
}
