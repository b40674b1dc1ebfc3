import type { FeatureCollection, Geometry } from 'geojson';
import { groupOutlines } from '@/lib/map/group-outline';
import type { SvgGeo } from './svg-map';

/** Where a conflict's boundary files are served (copied into public/ at build). */
export function boundaryUrls(datasetId: string): { regions: string; neighbours: string } {
  return {
    regions: `/data/${datasetId}/regions.geojson`,
    neighbours: `/data/${datasetId}/neighbours.geojson`,
  };
}

const cache = new Map<string, Promise<SvgGeo>>();

async function getJson(url: string): Promise<FeatureCollection<Geometry>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as FeatureCollection<Geometry>;
}

/**
 * The regions, their neighbours (optional: a missing file leaves the sea around them) and the
 * groups' outlines, fetched once per address for the page: the live map, the SVG map and the
 * exports share one download. A failed download is forgotten, so a later call tries again.
 */
export function fetchBoundaries(
  urls: { regions: string; neighbours: string | null },
  groups: readonly { id: string; members: readonly string[] }[],
): Promise<SvgGeo> {
  const key = `${urls.regions}\n${urls.neighbours ?? ''}`;
  let p = cache.get(key);
  if (!p) {
    p = Promise.all([
      getJson(urls.regions),
      urls.neighbours ? getJson(urls.neighbours).catch(() => null) : Promise.resolve(null),
    ]).then(([regions, neighbours]) => ({
      regions,
      neighbours,
      groups: groupOutlines(regions, groups),
    }));
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}
