import { createHash } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { z } from 'zod';
import {
  conflict as conflictSchema,
  sourceFile as sourceFileSchema,
  story as storySchema,
  type Conflict,
  type Story,
} from '../schema';
import { checkStory } from '../story/check';
import { checkDataset, checkSourcing, type LoadedSourceFile } from './check';
import { compileDataset } from './compile';
import { boundsOf } from './map-view';
import { checkPlacePoints } from './places';
import { formatJsonPath, lineLocator, type PathSegment, type Problem } from './problems';
import { parseDataJson } from './parse-json';
import { isInside, readDataFile, realDatasetRoot } from './read-file';
import { regionFeatureFaults, regionsFromGeoJson, type RegionProperties } from './regions';
import { RESERVED_CONFLICT_IDS, isReservedConflictId } from './reserved';
import type { CompiledDataset } from './types';

export { MAX_FILE_BYTES } from './read-file';

/**
 * `problems` stop the dataset from loading. `warnings` do not (the data itself is sound) but
 * `npm run validate`, and so every build, refuses them for the datasets of data/: today they
 * are licence lapses, boundaries shipped without a licence note or without the credit line
 * their licence requires.
 */
export type LoadResult =
  | { ok: true; dataset: CompiledDataset; problems: []; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

interface ReadFile {
  name: string;
  text: string;
}

export interface LoadOptions {
  /** Today (ms since epoch, UTC) for the "published in the future" check; default: now. */
  today?: number;
}

/**
 * Reads, validates and compiles the dataset in `dir` (e.g. data/ukraine). Never throws for
 * bad data: every problem comes back with its file, JSON path and line. Every file read must
 * resolve (links included) inside `dir`; see readDataFile.
 */
export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
  const id = path.basename(dir);
  const rel = (name: string) => path.posix.join(id, name);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const texts = new Map<string, string>();
  const root = realDatasetRoot(dir) ?? path.resolve(dir);

  const read = (name: string, kind: 'json' | 'text' = 'json'): ReadFile | null => {
    const r = readDataFile(root, name, kind);
    if (!r.ok) {
      problems.push({
        file: rel(name),
        path: '$',
        ...(r.fault.line ? { line: r.fault.line } : {}),
        message: r.fault.message,
      });
      return null;
    }
    texts.set(rel(name), r.text);
    return { name, text: r.text };
  };

  /** Names in a sub-folder ending in `ext`, sorted; a folder that cannot be listed is reported. */
  const list = (sub: string, ext: string): string[] => {
    try {
      const real = realpathSync(path.join(root, sub));
      if (!isInside(root, real)) {
        problems.push({
          file: rel(sub),
          path: '$',
          message:
            'is a link to a folder outside the dataset folder; data files must live inside it',
        });
        return [];
      }
      return readdirSync(real)
        .filter((n) => n.endsWith(ext))
        .sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return [];
      problems.push({
        file: rel(sub),
        path: '$',
        message:
          code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be listed (${code ?? 'error'})`,
      });
      return [];
    }
  };

  const parseJson = (f: ReadFile): unknown => {
    const r = parseDataJson(f.text);
    if (!r.ok) {
      problems.push({
        file: rel(f.name),
        path: formatJsonPath(r.fault.segments),
        line: r.fault.line,
        message: r.fault.message,
      });
      return undefined;
    }
    return r.value;
  };

  const withSchema = <S extends z.ZodType>(f: ReadFile, schema: S): z.infer<S> | null => {
    const raw = parseJson(f);
    if (raw === undefined) return null;
    const result = schema.safeParse(raw);
    if (result.success) return result.data as z.infer<S>;
    const locate = lineLocator(f.text);
    for (const issue of result.error.issues) {
      const segments = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      const line = locate(segments);
      problems.push({
        file: rel(f.name),
        path: formatJsonPath(segments),
        ...(line ? { line } : {}),
        message: issue.message,
      });
    }
    return null;
  };

  const conflictFile = read('conflict.json');
  const conflict: Conflict | null = conflictFile ? withSchema(conflictFile, conflictSchema) : null;

  if (isReservedConflictId(id))
    problems.push({
      file: id,
      path: '$',
      message: `dataset folder "${id}" is the name of an app route; rename it (reserved: ${RESERVED_CONFLICT_IDS.join(', ')})`,
    });

  const regionsFile = read('regions.geojson');
  let regionIds: string[] = [];
  let regions: ReturnType<typeof regionsFromGeoJson> = [];
  const geometries = new Map<string, Geometry | null>();
  let regionBounds: ReturnType<typeof boundsOf> = null;
  if (regionsFile) {
    const raw = parseJson(regionsFile);
    const collection = raw as { type?: unknown; features?: unknown } | null | undefined;
    if (
      collection &&
      typeof collection === 'object' &&
      collection.type === 'FeatureCollection' &&
      Array.isArray(collection.features)
    ) {
      const features = collection.features as unknown[];
      const faults = regionFeatureFaults(features);
      const locate = lineLocator(regionsFile.text);
      for (const fault of faults) {
        const line = locate(fault.segments);
        problems.push({
          file: rel('regions.geojson'),
          path: formatJsonPath(fault.segments),
          ...(line ? { line } : {}),
          message: fault.message,
        });
      }
      if (!faults.length) {
        regions = regionsFromGeoJson(
          collection as FeatureCollection<Geometry, RegionProperties | null>,
        );
        regionIds = regions.map((r) => r.id);
        (features as Feature<Geometry | null>[]).forEach((f, i) => {
          const rid = regionIds[i];
          if (rid && !geometries.has(rid)) geometries.set(rid, f.geometry ?? null);
        });
        regionBounds = boundsOf(collection);
      }
      const seen = new Set<string>();
      regionIds.forEach((rid, i) => {
        if (!rid)
          problems.push({
            file: rel('regions.geojson'),
            path: formatJsonPath(['features', i, 'id']),
            message: 'feature has no id',
          });
        else if (seen.has(rid))
          problems.push({
            file: rel('regions.geojson'),
            path: formatJsonPath(['features', i, 'id']),
            message: `duplicate region id "${rid}"`,
          });
        seen.add(rid);
      });
    } else if (raw !== undefined) {
      problems.push({
        file: rel('regions.geojson'),
        path: '$.type',
        message: 'not a GeoJSON FeatureCollection',
      });
    }
  }

  const files: LoadedSourceFile[] = [];
  const names = list('sources', '.json');
  if (!names.length) {
    problems.push({ file: rel('sources'), path: '$', message: 'no source files (sources/*.json)' });
  }
  for (const name of names) {
    const f = read(path.posix.join('sources', name));
    if (!f) continue;
    const data = withSchema(f, sourceFileSchema);
    if (!data) continue;
    const shipped: Record<string, string> = {};
    for (const s of data.sources) {
      if (!s.text) continue;
      const textName = path.posix.join('sources', s.text);
      const t = readDataFile(root, textName, 'text');
      if (t.ok) {
        texts.set(rel(textName), t.text);
        shipped[s.text] = t.text;
      } else if (t.fault.message !== 'file is missing') {
        // A missing text is reported by checkDataset, with the JSON path that names it.
        problems.push({
          file: rel(textName),
          path: '$',
          ...(t.fault.line ? { line: t.fault.line } : {}),
          message: t.fault.message,
        });
      }
    }
    files.push({ file: rel(path.posix.join('sources', name)), data, texts: shipped });
  }

  // Stories (optional): stories/*.json, checked against the facts once those are known.
  const stories: { file: string; story: Story }[] = [];
  for (const name of list('stories', '.json')) {
    const f = read(path.posix.join('stories', name));
    const data = f ? withSchema(f, storySchema) : null;
    if (data) stories.push({ file: rel(path.posix.join('stories', name)), story: data });
  }

  if (conflict && conflictFile) {
    const storyRefs = {
      statements: new Map(files.flatMap((f) => f.data.statements).map((s) => [s.id, s])),
      events: new Map(files.flatMap((f) => f.data.events).map((e) => [e.id, e])),
      places: new Set([
        ...regionIds,
        ...conflict.regionGroups.map((g) => g.id),
        conflict.country.id,
      ]),
    };
    const storyFindings = stories.flatMap((s) => checkStory(s.file, s.story, storyRefs));
    for (const finding of [
      ...checkDataset(rel('conflict.json'), conflict, regionIds, files, options.today),
      ...checkPlacePoints(
        rel('conflict.json'),
        conflict,
        regions,
        geometries,
        rel('regions.geojson'),
      ),
      ...storyFindings,
    ]) {
      const text = texts.get(finding.file);
      const line = text ? lineLocator(text)(finding.segments as PathSegment[]) : undefined;
      problems.push({
        file: finding.file,
        path: formatJsonPath(finding.segments),
        ...(line ? { line } : {}),
        message: finding.message,
      });
    }
  }
  if (regionsFile) {
    const conflictText = texts.get(rel('conflict.json'));
    const locate = conflictText ? lineLocator(conflictText) : () => undefined;
    const warn = (file: string, segments: PathSegment[], message: string) => {
      const line = file === rel('conflict.json') ? locate(segments) : undefined;
      warnings.push({ file, path: formatJsonPath(segments), ...(line ? { line } : {}), message });
    };
    if (!describesBoundaries(root, list('licences', '')))
      warn(
        rel('licences'),
        [],
        'no licence note for the boundaries: the dataset ships regions.geojson, so licences/ needs a .md or .txt file that describes it (its source, licence and attribution line, e.g. licences/GEO-SOURCE.md)',
      );
    if (conflict && !conflict.map?.credits.length)
      warn(
        rel('conflict.json'),
        conflict.map ? ['map', 'credits'] : [],
        conflict.map
          ? 'map.credits is empty but the dataset ships boundaries (regions.geojson): add the attribution line their licence requires (see licences/)'
          : 'no map.credits but the dataset ships boundaries (regions.geojson): add "map" with the attribution line their licence requires (see licences/)',
      );
  }

  if (conflict)
    for (const finding of checkSourcing(conflict, files)) {
      const text = texts.get(finding.file);
      const line = text ? lineLocator(text)(finding.segments as PathSegment[]) : undefined;
      warnings.push({
        file: finding.file,
        path: formatJsonPath(finding.segments),
        ...(line ? { line } : {}),
        message: finding.message,
      });
    }

  if (problems.length || !conflict) return { ok: false, problems, warnings };

  const hash = createHash('sha256');
  for (const [name, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(name).update('\0').update(text);
  const version = hash.digest('hex').slice(0, 12);
  return {
    ok: true,
    problems: [],
    warnings,
    dataset: {
      ...compileDataset({ id, version, conflict, regions, files, regionBounds }),
      stories: stories.map((s) => s.story),
    },
  };
}

/**
 * Whether licences/ holds a note on the boundary files: a .md or .txt file (read like any
 * data file, so never through a link out of the folder) that names regions.geojson or speaks
 * of boundaries.
 */
function describesBoundaries(root: string, names: readonly string[]): boolean {
  for (const name of names) {
    if (!/\.(md|txt)$/i.test(name)) continue;
    const r = readDataFile(root, path.posix.join('licences', name), 'text');
    if (r.ok && /regions\.geojson|boundar/i.test(r.text)) return true;
  }
  return false;
}

/** Folders under `root` (e.g. data/) that hold a conflict.json. */
export function datasetDirs(root: string): string[] {
  return readdirSync(root)
    .map((n) => path.join(root, n))
    .filter((d) => {
      try {
        return statSync(d).isDirectory() && existsSync(path.join(d, 'conflict.json'));
      } catch {
        return false; // a dangling link or an unreadable entry is not a dataset
      }
    });
}
