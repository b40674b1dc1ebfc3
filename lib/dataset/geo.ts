import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

/** A dataset's boundary files: its regions and the neighbouring countries drawn for context. */
export interface DatasetGeo {
  regions: FeatureCollection<Geometry>;
  neighbours: FeatureCollection<Geometry> | null;
}

const cache = new Map<string, DatasetGeo>();

/**
 * Reads a dataset's boundary files on the server (for the server-rendered map and exports).
 * The regions file is validated by loadDataset; neighbours.geojson is optional.
 */
export function loadDatasetGeo(id: string): DatasetGeo {
  const key = id;
  const hit = cache.get(key);
  if (hit) return hit;
  // Statically scoped to data/ so the bundler traces only those files.
  const read = (name: string) =>
    JSON.parse(
      readFileSync(path.join(process.cwd(), 'data', id, name), 'utf8'),
    ) as FeatureCollection<Geometry>;
  let neighbours: FeatureCollection<Geometry> | null = null;
  try {
    neighbours = read('neighbours.geojson');
  } catch {
    neighbours = null;
  }
  const geo = { regions: read('regions.geojson'), neighbours };
  cache.set(key, geo);
  return geo;
}
