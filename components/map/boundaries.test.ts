import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundaryUrls, fetchBoundaries } from './boundaries';

const square = (id: string) => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
});
const collection = (...ids: string[]) => ({ type: 'FeatureCollection', features: ids.map(square) });

/** A fetch that answers from a table of URL → body (or status), counting calls per URL. */
function stubFetch(table: Record<string, unknown | number>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    const body = table[url];
    if (body === undefined || typeof body === 'number')
      return new Response('', { status: typeof body === 'number' ? body : 404 });
    return new Response(JSON.stringify(body), { status: 200 });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchBoundaries', () => {
  it('fetches each address once for the page and outlines the groups', async () => {
    const urls = { regions: '/t1/regions.geojson', neighbours: '/t1/neighbours.geojson' };
    const calls = stubFetch({
      [urls.regions]: collection('a', 'b'),
      [urls.neighbours]: collection('n'),
    });
    const groups = [{ id: 'ab', members: ['a', 'b'] }];
    const [one, two] = await Promise.all([
      fetchBoundaries(urls, groups),
      fetchBoundaries(urls, groups),
    ]);
    expect(one).toBe(two);
    expect(calls).toEqual([urls.regions, urls.neighbours]);
    expect(one.regions.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(one.neighbours?.features).toHaveLength(1);
    expect(one.groups.features.map((f) => f.properties?.group)).toEqual(['ab']);
  });

  it('draws without neighbours when that file is missing', async () => {
    const urls = { regions: '/t2/regions.geojson', neighbours: '/t2/neighbours.geojson' };
    stubFetch({ [urls.regions]: collection('a') });
    const geo = await fetchBoundaries(urls, []);
    expect(geo.neighbours).toBeNull();
    expect(geo.regions.features).toHaveLength(1);
  });

  it('names the file that failed, and tries again on the next call', async () => {
    const urls = { regions: '/t3/regions.geojson', neighbours: null };
    const calls = stubFetch({ [urls.regions]: 503 });
    await expect(fetchBoundaries(urls, [])).rejects.toThrow('/t3/regions.geojson: 503');
    stubFetch({ [urls.regions]: collection('a') });
    await expect(fetchBoundaries(urls, [])).resolves.toMatchObject({ neighbours: null });
    expect(calls).toEqual([urls.regions]);
  });

  it('serves a conflict’s files from its own folder', () => {
    expect(boundaryUrls('sudan')).toEqual({
      regions: '/data/sudan/regions.geojson',
      neighbours: '/data/sudan/neighbours.geojson',
    });
  });
});
