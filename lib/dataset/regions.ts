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
  name_uk?: string;
  name_uk_short?: string;
  type?: string;
}

const labelOf = (f: Feature): { labelPoint?: [number, number] } => {
  const p = labelPoint(f, LABEL_GRID);
  return p ? { labelPoint: p } : {};
};

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
      nameUk: p.name_uk ?? '',
      nameUkShort: p.name_uk_short ?? '',
      type: p.type ?? 'region',
      areaKm2: Math.round(geoArea(f) * EARTH_RADIUS_KM * EARTH_RADIUS_KM),
      ...labelOf(f),
    };
  });
}
