import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { controlAt, mentionDays } from '../control/control-at';
import { parseDateValue } from '../dates/fuzzy-date';
import { conflict as conflictSchema } from '../schema';
import { loadDataset, type LoadResult } from './load';
import { datasetLookup, placeName } from './lookup';
import { geometryContains, placesOfRegion } from './places';
import { formatProblem } from './problems';
import { RESERVED_CONFLICT_IDS } from './reserved';

// A made-up two-party conflict with three regions (XX-02 has a hole, filled by an enclave of
// XX-03) and two places: north-town (a point, in XX-01) and east-base (no point, in XX-02).
const FIXTURE = path.resolve('lib/dataset/fixtures/towns');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
/** Copies the fixture into a folder named `name`, lets `edit` change its JSON, and loads it. */
function load(
  edit: (files: { conflict: Json; source: Json }) => void = () => {},
  options: {
    name?: string;
    without?: string[];
    regions?: (geo: { features: Json[] }) => void;
  } = {},
): LoadResult {
  const root = mkdtempSync(path.join(tmpdir(), 'faultline-places-'));
  dirs.push(root);
  const dir = path.join(root, options.name ?? 'towns');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const name of options.without ?? [])
    rmSync(path.join(dir, name), { recursive: true, force: true });
  const conflictPath = path.join(dir, 'conflict.json');
  const sourcePath = path.join(dir, 'sources/wire.json');
  const files = {
    conflict: JSON.parse(readFileSync(conflictPath, 'utf8')) as Json,
    source: JSON.parse(readFileSync(sourcePath, 'utf8')) as Json,
  };
  edit(files);
  if (options.regions) {
    const geoPath = path.join(dir, 'regions.geojson');
    const geo = JSON.parse(readFileSync(geoPath, 'utf8')) as { features: Json[] };
    options.regions(geo);
    writeFileSync(geoPath, JSON.stringify(geo));
  }
  writeFileSync(conflictPath, JSON.stringify(files.conflict, null, 2));
  writeFileSync(sourcePath, JSON.stringify(files.source, null, 2));
  return loadDataset(dir);
}
const problems = (r: LoadResult) => (r.ok ? [] : r.problems.map(formatProblem));
const place = (c: Json, i: number) => (c.places as Json[])[i]!;
const dayOf = (v: string) => parseDateValue(v)!.start;

describe('places', () => {
  it('load and compile: each with its region name, in file order, with a series', () => {
    const r = loadDataset(FIXTURE);
    expect(r.ok && r.warnings).toEqual([]);
    if (!r.ok) return;
    const ds = r.dataset;
    expect(ds.places.map((p) => [p.id, p.region, p.regionName, p.point ?? null])).toEqual([
      ['north-town', 'XX-01', 'Northland', [30.5, 50.5]],
      ['east-base', 'XX-02', 'Eastland', null],
    ]);
    expect(ds.series['north-town']?.map((e) => [e.observation.id, e.via])).toEqual([
      ['cf-town', 'region'],
    ]);
    expect(ds.series['east-base']?.map((e) => e.observation.id)).toEqual(['cf-base-claim']);
    expect(ds.timeline.find((t) => t.id === 'st-town')?.places).toEqual(['north-town']);
    expect(ds.timeline.find((t) => t.id === 'ev-base')?.places).toEqual(['east-base']);
    expect(placesOfRegion(ds, 'XX-02').map((p) => p.id)).toEqual(['east-base']);
    expect(placesOfRegion(ds, 'XX-03')).toEqual([]);
    const lookup = datasetLookup(ds);
    expect(lookup.itemsByPlace.get('north-town')).toEqual(['st-town']);
    expect(placeName(ds, lookup, 'east-base')).toBe('East Base (Eastland)');
    expect(mentionDays(ds).get('north-town')).toEqual([dayOf('2020-03-09')]);
    // Mentioning a place is not mentioning its region.
    expect(mentionDays(ds).get('XX-01')).toBeUndefined();
  });

  it("never put a place's figure on its region's series, nor the region's on the place's", () => {
    const r = loadDataset(FIXTURE);
    if (!r.ok) throw new Error(problems(r).join('\n'));
    const { series } = r.dataset;
    for (const [id, entries] of Object.entries(series))
      for (const e of entries)
        if (e.via === 'region') expect(e.observation.target, `series of ${id}`).toBe(id);
    expect(series['XX-01']?.map((e) => e.observation.id)).toEqual(['cf-northland']);
    expect(series['XX-02']).toEqual([]);
  });

  it('controlAt works on a place: its own figure, and claims kept apart', () => {
    const r = loadDataset(FIXTURE);
    if (!r.ok) throw new Error(problems(r).join('\n'));
    const { series } = r.dataset;
    const opts = { staleAfterDays: 365 };
    const town = controlAt(series['north-town'], 'north-town', dayOf('2020-03-20'), opts);
    expect(town.status).toBe('figure');
    if (town.status !== 'figure') return;
    expect(town.entry.observation.measure.kind).toBe('all');
    expect(town.entry.observation.controller).toBe('red');
    expect(town.ageDays).toBe(12);
    // Its region says "parts of", the town "all": each keeps its own.
    const region = controlAt(series['XX-01'], 'XX-01', dayOf('2020-03-20'), opts);
    expect(region.status === 'figure' && region.entry.observation.measure.kind).toBe('partial');
    // Before the town's figure there is nothing (no baseline in this fixture).
    const before = controlAt(series['north-town'], 'north-town', dayOf('2020-03-01'), opts);
    expect(before.status === 'none' && before.reason).toBe('before-first-figure');
    // A claimed figure never fills the place; it is returned as a claim.
    const base = controlAt(series['east-base'], 'east-base', dayOf('2020-03-20'), opts);
    expect(base.status).toBe('none');
    expect(base.claims.map((c) => c.observation.id)).toEqual(['cf-base-claim']);
  });

  it('refuses a point outside its region, naming place, region, point, file and path', () => {
    const r = load(({ conflict }) => {
      place(conflict, 0).point = [31.5, 50.2];
    });
    expect(r.ok).toBe(false);
    expect(problems(r)).toEqual([
      expect.stringMatching(
        /^towns\/conflict\.json:\d+ \$\.places\[0\]\.point: place "north-town" at \[31\.5, 50\.2\] lies outside its region "XX-01" \(Northland\) in towns\/regions\.geojson; the point falls in "XX-02" \(Eastland\)$/,
      ),
    ]);
    expect(r.ok || r.problems[0]?.line).toBeGreaterThan(1);
  });

  it("respects holes: a point in a region's hole is outside it", () => {
    const r = load(({ conflict }) => {
      Object.assign(place(conflict, 1), {
        point: [31.5, 50.5],
        pointSource: { text: '50°30′N 31°30′E' },
      });
    });
    expect(problems(r)).toEqual([
      expect.stringContaining(
        'place "east-base" at [31.5, 50.5] lies outside its region "XX-02" (Eastland) in towns/regions.geojson; the point falls in "XX-03" (Southland)',
      ),
    ]);
    const hole = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 4],
          [4, 4],
          [4, 0],
          [0, 0],
        ],
        [
          [1, 1],
          [3, 1],
          [3, 3],
          [1, 3],
          [1, 1],
        ],
      ],
    };
    expect(geometryContains(hole, [0.5, 0.5])).toBe(true);
    expect(geometryContains(hole, [2, 2])).toBe(false);
    expect(geometryContains(null, [2, 2])).toBe(false);
  });

  it('refuses unknown places in facts, an unknown region, id clashes and unknown sources', () => {
    const r = load(({ conflict, source }) => {
      place(conflict, 1).region = 'XX-09';
      place(conflict, 0).pointSource = { source: 'nowhere', text: '50°30′N 30°30′E' };
      (conflict.places as Json[]).push(
        { id: 'xx', name: 'Clash', kind: 'site', region: 'XX-01' },
        { id: 'eastern', name: 'Clash', kind: 'site', region: 'XX-01' },
        { id: 'north-town', name: 'Twice', kind: 'site', region: 'XX-01' },
      );
      (conflict.country as Json).id = 'xx';
      ((source.statements as Json[])[0]!.places as string[]).push('atlantis');
      ((source.events as Json[])[0]!.places as string[]).push('el-dorado');
      (source.control as Json[])[0]!.target = 'shangri-la';
    });
    const text = problems(r).join('\n');
    expect(text).toMatch(
      /towns\/conflict\.json:\d+ \$\.places\[1\]\.region: place "east-base" lies in unknown region "XX-09"/,
    );
    expect(text).toMatch(/\$\.places\[0\]\.pointSource\.source: unknown source "nowhere"/);
    expect(text).toMatch(/\$\.places\[2\]\.id: place id "xx" is also the country's id/);
    expect(text).toMatch(/\$\.places\[3\]\.id: place id "eastern" is also a region group id/);
    expect(text).toMatch(/\$\.places\[4\]\.id: duplicate place id "north-town"/);
    expect(text).toMatch(
      /towns\/sources\/wire\.json:\d+ \$\.statements\[0\]\.places\[1\]: unknown place "atlantis"/,
    );
    expect(text).toMatch(/\$\.events\[0\]\.places\[1\]: unknown place "el-dorado"/);
    expect(text).toMatch(/\$\.control\[0\]\.target: unknown region, group or place "shangri-la"/);
  });

  it('refuses a place id that is a region id', () => {
    const r = load(
      ({ conflict }) => {
        (conflict.places as Json[]).push({
          id: 'south',
          name: 'Clash',
          kind: 'site',
          region: 'XX-01',
        });
      },
      {
        regions: (geo) => {
          geo.features[2]!.id = 'south';
        },
      },
    );
    expect(problems(r)).toEqual([
      expect.stringMatching(/\$\.places\[2\]\.id: place id "south" is also a region id$/),
    ]);
  });

  it('refuses a point without its source, and a credit link that is not https', () => {
    const base = JSON.parse(readFileSync(path.join(FIXTURE, 'conflict.json'), 'utf8')) as Json;
    const bad = structuredClone(base);
    delete place(bad, 0).pointSource;
    (bad.map as { credits: Json[] }).credits[1]!.href = 'http://example.org';
    const r = conflictSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'places.0.pointSource: a point needs a pointSource citing the coordinates',
      'map.credits.1.href: a credit link must be an https address',
    ]);
    expect(conflictSchema.safeParse(base).success).toBe(true);
  });
});

describe('reserved conflict ids', () => {
  it('lists the app routes in one constant', () => {
    expect(RESERVED_CONFLICT_IDS).toEqual(
      expect.arrayContaining(['about', 'data', 'embed', 'embed.html', 'api', '_next', 'og']),
    );
  });

  it('refuses a conflict id or a dataset folder named like an app route', () => {
    const byId = load(({ conflict }) => {
      conflict.id = 'present';
    });
    expect(problems(byId)).toEqual([
      expect.stringMatching(
        /^towns\/conflict\.json:\d+ \$\.id: conflict id "present" is the name of an app route; pick another \(reserved: about, data, embed/,
      ),
    ]);
    const byFolder = load(() => {}, { name: 'embed.html' });
    expect(problems(byFolder)).toEqual([
      expect.stringMatching(
        /^embed\.html \$: dataset folder "embed\.html" is the name of an app route/,
      ),
    ]);
  });
});

describe('map view and boundary credits', () => {
  it("derives the view from the regions' extent when conflict.json has no map, and warns", () => {
    const r = load(({ conflict }) => {
      delete conflict.map;
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.dataset.map;
    expect(m.derived).toBe(true);
    expect(m.credits).toEqual([]);
    const [w, s, e, n] = m.homeBounds;
    // Regions span [30, 49, 32, 51]: home holds them with a margin, max is wider still.
    expect(w < 30 && s < 49 && e > 32 && n > 51).toBe(true);
    expect(w > 29.5 && n < 51.5).toBe(true);
    const [mw, ms, me, mn] = m.maxBounds;
    expect(mw < w && ms < s && me > e && mn > n).toBe(true);
    expect(r.warnings.map(formatProblem)).toEqual([
      'towns/conflict.json:1 $: no map.credits but the dataset ships boundaries (regions.geojson): add "map" with the attribution line their licence requires (see licences/)',
    ]);
  });

  it('keeps the given map, zooms defaulted', () => {
    const r = loadDataset(FIXTURE);
    expect(r.ok && r.dataset.map).toEqual({
      homeBounds: [29.8, 48.8, 32.2, 51.2],
      maxBounds: [28, 47, 34, 53],
      minZoom: 4,
      maxZoom: 9,
      credits: [
        { text: 'Boundaries: ' },
        { text: 'Test Survey', href: 'https://example.org/survey' },
        { text: ' (CC0)' },
      ],
      derived: false,
    });
  });

  it('warns on empty credits, a missing licence note, and home bounds outside max bounds', () => {
    const r = load(
      ({ conflict }) => {
        (conflict.map as Json).credits = [];
      },
      { without: ['licences'] },
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/^towns\/licences \$: no licence note for the boundaries/),
      expect.stringMatching(
        /^towns\/conflict\.json:\d+ \$\.map\.credits: map\.credits is empty but the dataset ships boundaries/,
      ),
    ]);
    const wide = load(({ conflict }) => {
      (conflict.map as Json).homeBounds = [20, 48.8, 32.2, 51.2];
    });
    expect(problems(wide)).toEqual([
      expect.stringMatching(
        /\$\.map\.homeBounds: homeBounds \[20, 48\.8, 32\.2, 51\.2\] reach outside maxBounds/,
      ),
    ]);
  });
});
