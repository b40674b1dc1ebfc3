import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import {
  conflict as conflictSchema,
  sourceFile as sourceFileSchema,
  story as storySchema,
  type Conflict,
  type Story,
} from '../schema';
import { checkStory } from '../story/check';
import { checkDataset, type LoadedSourceFile } from './check';
import { compileDataset } from './compile';
import { formatJsonPath, lineLocator, type PathSegment, type Problem } from './problems';
import { regionsFromGeoJson, type RegionProperties } from './regions';
import type { CompiledDataset } from './types';

/** Largest file the loader reads; anything bigger is reported, not parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LoadResult =
  { ok: true; dataset: CompiledDataset; problems: [] } | { ok: false; problems: Problem[] };

interface ReadFile {
  name: string;
  text: string;
}

/**
 * Reads, validates and compiles the dataset in `dir` (e.g. data/ukraine). Never throws for
 * bad data: every problem comes back with its file, JSON path and line.
 */
export function loadDataset(dir: string): LoadResult {
  const id = path.basename(dir);
  const rel = (name: string) => path.posix.join(id, name);
  const problems: Problem[] = [];
  const texts = new Map<string, string>();

  const read = (name: string): ReadFile | null => {
    const full = path.join(dir, name);
    if (!existsSync(full)) {
      problems.push({ file: rel(name), path: '$', message: 'file is missing' });
      return null;
    }
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file: rel(name),
        path: '$',
        message: `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`,
      });
      return null;
    }
    const text = readFileSync(full, 'utf8');
    texts.set(rel(name), text);
    return { name, text };
  };

  const parseJson = (f: ReadFile): unknown => {
    const errors: ParseError[] = [];
    const value: unknown = parse(f.text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
    });
    const error = errors[0];
    if (error) {
      const line = f.text.slice(0, error.offset).split('\n').length;
      problems.push({
        file: rel(f.name),
        path: '$',
        line,
        message: `not valid JSON: ${printParseErrorCode(error.error)}`,
      });
      return undefined;
    }
    return value;
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

  const regionsFile = read('regions.geojson');
  let regionIds: string[] = [];
  let regions: ReturnType<typeof regionsFromGeoJson> = [];
  if (regionsFile) {
    const raw = parseJson(regionsFile) as
      FeatureCollection<Geometry, RegionProperties | null> | undefined;
    if (raw && raw.type === 'FeatureCollection' && Array.isArray(raw.features)) {
      regions = regionsFromGeoJson(raw);
      regionIds = regions.map((r) => r.id);
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

  const sourcesDir = path.join(dir, 'sources');
  const files: LoadedSourceFile[] = [];
  const names = existsSync(sourcesDir) ? readdirSync(sourcesDir).sort() : [];
  if (!names.some((n) => n.endsWith('.json'))) {
    problems.push({ file: rel('sources'), path: '$', message: 'no source files (sources/*.json)' });
  }
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const f = read(path.posix.join('sources', name));
    if (!f) continue;
    const data = withSchema(f, sourceFileSchema);
    if (!data) continue;
    const shipped: Record<string, string> = {};
    for (const s of data.sources) {
      // A missing text is reported by checkDataset, with the JSON path that names it.
      if (!s.text || !existsSync(path.join(sourcesDir, s.text))) continue;
      const t = read(path.posix.join('sources', s.text));
      if (t) shipped[s.text] = t.text;
    }
    files.push({ file: rel(path.posix.join('sources', name)), data, texts: shipped });
  }

  // Stories (optional): stories/*.json, checked against the facts once those are known.
  const storiesDir = path.join(dir, 'stories');
  const stories: { file: string; story: Story }[] = [];
  for (const name of existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : []) {
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
      ...checkDataset(rel('conflict.json'), conflict, regionIds, files),
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
  if (problems.length || !conflict) return { ok: false, problems };

  const hash = createHash('sha256');
  for (const [name, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(name).update('\0').update(text);
  const version = hash.digest('hex').slice(0, 12);
  return {
    ok: true,
    problems: [],
    dataset: {
      ...compileDataset({ id, version, conflict, regions, files }),
      stories: stories.map((s) => s.story),
    },
  };
}

/** Folders under `root` (e.g. data/) that hold a conflict.json. */
export function datasetDirs(root: string): string[] {
  return readdirSync(root)
    .map((n) => path.join(root, n))
    .filter((d) => statSync(d).isDirectory() && existsSync(path.join(d, 'conflict.json')));
}
