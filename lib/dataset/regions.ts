import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { labelPoint, LABEL_GRID } from '../map/view';
import type { Region } from './types';

/** Mean Earth radius (km) used to turn steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;

export interface RegionProperties {
  iso_3166_2?: string;
  name_en?: string;
  name_en_full?: string;
  /** The name in the country's own language, its short form, and the language's BCP 47 tag. */
  name_local?: string;
  name_local_short?: string;
  name_local_lang?: string;
  /** Ukrainian names, as the Ukrainian boundaries carry them (read as name_local in "uk"). */
  name_uk?: string;
  name_uk_short?: string;
  type?: string;
}

const labelOf = (f: Feature): { labelPoint?: [number, number] } => {
  const p = labelPoint(f, LABEL_GRID);
  return p ? { labelPoint: p } : {};
};

/** The local names of a region: `name_local*`, else the Ukrainian `name_uk*`. */
function localNames(
  p: RegionProperties,
): Pick<Region, 'nameLocal' | 'nameLocalShort' | 'localLang'> {
  if (p.name_local)
    return {
      nameLocal: p.name_local,
      nameLocalShort: p.name_local_short ?? p.name_local,
      localLang: p.name_local_lang ?? '',
    };
  if (p.name_uk)
    return { nameLocal: p.name_uk, nameLocalShort: p.name_uk_short ?? p.name_uk, localLang: 'uk' };
  return { nameLocal: '', nameLocalShort: '', localLang: '' };
}

/** Region records from a boundary file; area from the geometry (rings wound for d3-geo). */
export function regionsFromGeoJson(
  collection: FeatureCollection<Geometry, RegionProperties | null>,
): Region[] {
  return collection.features.map((f: Feature<Geometry, RegionProperties | null>) => {
    const p = f.properties ?? {};
    const id = String(f.id ?? p.iso_3166_2 ?? '');
    return {
      id,
      nameEn: p.name_en ?? id,
      nameEnFull: p.name_en_full ?? p.name_en ?? id,
      ...localNames(p),
      type: p.type ?? 'region',
      areaKm2: Math.round(geoArea(f) * EARTH_RADIUS_KM * EARTH_RADIUS_KM),
      ...labelOf(f),
    };
  });
}

/** A problem in a boundary file, by JSON path inside the file. */
export interface RegionFault {
  segments: (string | number)[];
  message: string;
}

/** The properties regionsFromGeoJson reads; each must be a string when present. */
const READ_PROPERTIES = [
  'iso_3166_2',
  'name_en',
  'name_en_full',
  'name_local',
  'name_local_short',
  'name_local_lang',
  'name_uk',
  'name_uk_short',
  'type',
] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `v` is an array of `depth` levels ending in positions ([x, y], finite numbers). */
function positionsFault(v: unknown, depth: number, at: (string | number)[]): RegionFault | null {
  if (!Array.isArray(v)) return { segments: at, message: 'coordinates must be an array' };
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (depth === 0) {
      if (
        !Array.isArray(item) ||
        item.length < 2 ||
        !item.every((n) => typeof n === 'number' && Number.isFinite(n))
      )
        return { segments: [...at, i], message: 'a position must be [longitude, latitude]' };
    } else {
      const inner = positionsFault(item, depth - 1, [...at, i]);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * What in a parsed boundary file regionsFromGeoJson could not use: features that are not
 * objects, geometries other than (Multi)Polygon or null, malformed coordinates, odd ids. The
 * loader reports these instead of letting the area and label code trip over them.
 */
export function regionFeatureFaults(features: readonly unknown[]): RegionFault[] {
  const faults: RegionFault[] = [];
  features.forEach((f, i) => {
    const at = ['features', i];
    if (!isObject(f) || f.type !== 'Feature') {
      faults.push({ segments: at, message: 'not a GeoJSON Feature' });
      return;
    }
    if (f.id !== undefined && typeof f.id !== 'string' && typeof f.id !== 'number')
      faults.push({ segments: [...at, 'id'], message: 'a feature id must be a string' });
    if (f.properties !== undefined && f.properties !== null && !isObject(f.properties))
      faults.push({ segments: [...at, 'properties'], message: 'properties must be an object' });
    else if (isObject(f.properties)) {
      for (const k of READ_PROPERTIES) {
        const v = f.properties[k];
        if (v !== undefined && v !== null && typeof v !== 'string')
          faults.push({ segments: [...at, 'properties', k], message: `${k} must be a string` });
      }
    }
    const g = f.geometry;
    if (g === null || g === undefined) return;
    if (!isObject(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      faults.push({
        segments: [...at, 'geometry'],
        message: 'geometry must be a Polygon, a MultiPolygon or null',
      });
      return;
    }
    const fault = positionsFault(g.coordinates, g.type === 'Polygon' ? 1 : 2, [
      ...at,
      'geometry',
      'coordinates',
    ]);
    if (fault) faults.push(fault);
  });
  return faults;
}
