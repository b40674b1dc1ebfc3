import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { labelPoint, LABEL_GRID } from '../map/view';
import { regionsFromGeoJson } from './regions';
import { loadDataset } from './load';

describe('regionsFromGeoJson(collection) on the bundled Ukraine dataset (integration)', () => {
  // An L-shaped region: its bounding box's centre (1.5, 1.5) lies outside it.
  const collection: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'XX-01',
        properties: { name_en: 'Ell' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [0, 3],
              [1, 3],
              [1, 1],
              [3, 1],
              [3, 0],
              [0, 0],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        id: 'XX-02',
        properties: { name_en: 'Nowhere' },
        geometry: null as unknown as Geometry,
      },
    ],
  };
  it('places the label inside the region, once, as the map would', () => {
    const [ell, nowhere] = regionsFromGeoJson(collection);
    expect(ell!.labelPoint).toEqual(labelPoint(collection.features[0]!, LABEL_GRID));
    const [x, y] = ell!.labelPoint!;
    expect(x < 1 || y < 1).toBe(true);
    expect(nowhere!.labelPoint).toBeUndefined();
  });
  it('reads local names with their language: name_local*, else the Ukrainian name_uk*', () => {
    const feature = (properties: Record<string, string>) => ({
      type: 'Feature' as const,
      id: 'XX-09',
      properties,
      geometry: null as unknown as Geometry,
    });
    const [local, uk, none] = regionsFromGeoJson({
      type: 'FeatureCollection',
      features: [
        feature({ name_en: 'Khartoum', name_local: 'الخرطوم', name_local_lang: 'ar' }),
        feature({ name_en: 'Kyiv', name_uk: 'Київська область', name_uk_short: 'Київська' }),
        feature({ name_en: 'Plain' }),
      ],
    });
    expect(local).toMatchObject({
      nameLocal: 'الخرطوم',
      nameLocalShort: 'الخرطوم',
      localLang: 'ar',
    });
    expect(uk).toMatchObject({
      nameLocal: 'Київська область',
      nameLocalShort: 'Київська',
      localLang: 'uk',
    });
    expect(none).toMatchObject({ nameLocal: '', nameLocalShort: '', localLang: '' });
  });
  it('gives every region of the bundled dataset a label point', () => {
    const loaded = loadDataset('data/ukraine');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.dataset.regions.length).toBe(27);
    expect(loaded.dataset.regions.every((r) => r.labelPoint !== undefined)).toBe(true);
  });
});
