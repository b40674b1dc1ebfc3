import type { Geometry, Position } from 'geojson';
import type { Conflict, Place } from '../schema';
import type { Finding } from './check';
import type { CompiledDataset, CompiledPlace, Region } from './types';

/** Whether [x, y] is inside a closed ring (even-odd rule; a point on an edge may go either way). */
function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether a [lon, lat] point lies in a (Multi)Polygon: inside one polygon's outer ring and
 * in none of that polygon's holes. Planar in lon/lat, as the boundary files are drawn; any
 * other geometry (or none) contains nothing.
 */
export function geometryContains(geometry: Geometry | null | undefined, point: Position): boolean {
  if (!geometry) return false;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  const [x, y] = point as [number, number];
  return polygons.some(
    (rings) =>
      rings[0] !== undefined &&
      inRing(x, y, rings[0]) &&
      !rings.slice(1).some((h) => inRing(x, y, h)),
  );
}

/** Places of a conflict with their region's name (the region id when it is unknown). */
export function compilePlaces(conflict: Conflict, regions: readonly Region[]): CompiledPlace[] {
  const names = new Map(regions.map((r) => [r.id, r.nameEn]));
  return (conflict.places ?? []).map((p: Place) => ({
    ...p,
    regionName: names.get(p.region) ?? p.region,
  }));
}

/** The places of a dataset that lie in a region, in file order. */
export function placesOfRegion(
  dataset: Pick<CompiledDataset, 'places'>,
  regionId: string,
): CompiledPlace[] {
  return (dataset.places ?? []).filter((p) => p.region === regionId);
}

/**
 * Each place with a point must lie inside its own region's polygon in regions.geojson (holes
 * respected). `geometries` maps region id to its boundary; places of an unknown region are
 * reported by checkDataset, not here.
 */
export function checkPlacePoints(
  conflictFile: string,
  conflict: Conflict,
  regions: readonly Region[],
  geometries: ReadonlyMap<string, Geometry | null>,
  regionsFile = 'regions.geojson',
): Finding[] {
  const findings: Finding[] = [];
  const names = new Map(regions.map((r) => [r.id, r.nameEn]));
  (conflict.places ?? []).forEach((p, i) => {
    if (!p.point || !geometries.has(p.region)) return;
    const geometry = geometries.get(p.region);
    const at = ['places', i, 'point'];
    const where = `[${p.point[0]}, ${p.point[1]}]`;
    const region = `"${p.region}" (${names.get(p.region) ?? p.region})`;
    if (!geometry) {
      findings.push({
        file: conflictFile,
        segments: at,
        message: `place "${p.id}" has a point ${where} but its region ${region} has no boundary in ${regionsFile} to check it against`,
      });
      return;
    }
    if (geometryContains(geometry, p.point)) return;
    const inside = [...geometries]
      .filter(([, g]) => geometryContains(g, p.point!))
      .map(([id]) => `"${id}" (${names.get(id) ?? id})`);
    findings.push({
      file: conflictFile,
      segments: at,
      message: `place "${p.id}" at ${where} lies outside its region ${region} in ${regionsFile}${inside.length ? `; the point falls in ${inside.join(', ')}` : '; the point falls in no region'}`,
    });
  });
  return findings;
}
