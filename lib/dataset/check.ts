import type { Conflict, FuzzyDate, Measure, SourceFile } from '../schema';
import { isValidDateValue, parseDateValue } from '../dates/fuzzy-date';
import { evidenceFinder } from './evidence-index';
import type { PathSegment } from './problems';
import { RESERVED_CONFLICT_IDS, isReservedConflictId } from './reserved';

/** A parsed source file with its name and the article texts that ship beside it. */
export interface LoadedSourceFile {
  file: string;
  data: SourceFile;
  /** Article text by the file name given in `source.text`. */
  texts: Record<string, string>;
}

/** A problem found by a cross-file check, before it is located in the file's text. */
export interface Finding {
  file: string;
  segments: PathSegment[];
  message: string;
}

/**
 * Checks what a schema cannot: references between files, unique ids, real calendar dates,
 * evidence sentences found verbatim, percentages within 0–100, statements, events and figures
 * dated after the source that states them, and sources published in the future. `today` (ms,
 * UTC) makes that last check deterministic in tests.
 */
export function checkDataset(
  conflictFile: string,
  conflict: Conflict,
  regionIds: readonly string[],
  files: readonly LoadedSourceFile[],
  today: number = Date.now(),
): Finding[] {
  const findings: Finding[] = [];
  const add = (file: string, segments: PathSegment[], message: string) =>
    findings.push({ file, segments, message });

  const regions = new Set(regionIds);
  const groups = new Set(conflict.regionGroups.map((g) => g.id));
  const parties = new Set(conflict.parties.map((p) => p.id));
  const people = new Set(conflict.people.map((p) => p.id));
  const isPlace = (id: string) => regions.has(id) || groups.has(id) || id === conflict.country.id;
  const places = new Set((conflict.places ?? []).map((p) => p.id));
  const isTarget = (id: string) => isPlace(id) || places.has(id);

  // conflict.json on its own
  const seenConflictIds = new Map<string, string>();
  const uniqueIn = (kind: string, id: string, segments: PathSegment[]) => {
    const key = `${kind}:${id}`;
    if (seenConflictIds.has(key))
      add(
        conflictFile,
        segments,
        `duplicate ${kind} id "${id}" (first at ${seenConflictIds.get(key)})`,
      );
    else seenConflictIds.set(key, segments.join('.'));
  };
  conflict.parties.forEach((p, i) => uniqueIn('party', p.id, ['parties', i, 'id']));
  conflict.people.forEach((p, i) => {
    uniqueIn('person', p.id, ['people', i, 'id']);
    if (p.party && !parties.has(p.party))
      add(conflictFile, ['people', i, 'party'], `unknown party "${p.party}"`);
    p.roles.forEach((r, j) => {
      for (const k of ['from', 'to'] as const) {
        const v = r[k];
        if (v && !isValidDateValue(v))
          add(conflictFile, ['people', i, 'roles', j, k], `impossible date "${v}"`);
      }
    });
  });
  conflict.regionGroups.forEach((g, i) => {
    uniqueIn('group', g.id, ['regionGroups', i, 'id']);
    if (regions.has(g.id))
      add(conflictFile, ['regionGroups', i, 'id'], `group id "${g.id}" is also a region id`);
    g.members.forEach((m, j) => {
      if (!regions.has(m))
        add(conflictFile, ['regionGroups', i, 'members', j], `unknown region "${m}"`);
    });
  });
  if (isReservedConflictId(conflict.id))
    add(
      conflictFile,
      ['id'],
      `conflict id "${conflict.id}" is the name of an app route; pick another (reserved: ${RESERVED_CONFLICT_IDS.join(', ')})`,
    );
  (conflict.places ?? []).forEach((p, i) => {
    uniqueIn('place', p.id, ['places', i, 'id']);
    const clash = regions.has(p.id)
      ? 'a region id'
      : groups.has(p.id)
        ? 'a region group id'
        : p.id === conflict.country.id
          ? "the country's id"
          : null;
    if (clash) add(conflictFile, ['places', i, 'id'], `place id "${p.id}" is also ${clash}`);
    if (!regions.has(p.region))
      add(
        conflictFile,
        ['places', i, 'region'],
        `place "${p.id}" lies in unknown region "${p.region}" (a place's region is a region id of regions.geojson)`,
      );
  });
  if (conflict.map) {
    const [hw, hs, he, hn] = conflict.map.homeBounds;
    const [mw, ms, me, mn] = conflict.map.maxBounds;
    if (hw < mw || hs < ms || he > me || hn > mn)
      add(
        conflictFile,
        ['map', 'homeBounds'],
        `homeBounds [${conflict.map.homeBounds.join(', ')}] reach outside maxBounds [${conflict.map.maxBounds.join(', ')}]`,
      );
    const { minZoom, maxZoom } = conflict.map;
    if (minZoom !== undefined && maxZoom !== undefined && minZoom > maxZoom)
      add(conflictFile, ['map', 'minZoom'], `minZoom ${minZoom} is above maxZoom ${maxZoom}`);
  }
  conflict.gazetteer.forEach((e, i) => {
    if (!isPlace(e.target))
      add(conflictFile, ['gazetteer', i, 'target'], `unknown region or group "${e.target}"`);
  });
  if (!parties.has(conflict.mapParty))
    add(conflictFile, ['mapParty'], `unknown party "${conflict.mapParty}"`);
  conflict.controlParties.forEach((p, i) => {
    if (!parties.has(p)) add(conflictFile, ['controlParties', i], `unknown party "${p}"`);
    if (conflict.controlParties.indexOf(p) !== i)
      add(conflictFile, ['controlParties', i], `party "${p}" is listed twice`);
  });
  if (parties.has(conflict.mapParty) && !conflict.controlParties.includes(conflict.mapParty))
    add(
      conflictFile,
      ['mapParty'],
      `the map's party "${conflict.mapParty}" is not one of controlParties`,
    );
  if (conflict.complement && conflict.controlParties.length !== 2)
    add(
      conflictFile,
      ['complement'],
      `complement needs exactly two controlParties (there are ${conflict.controlParties.length})`,
    );
  if (conflict.baseline) {
    if (!parties.has(conflict.baseline.controller))
      add(
        conflictFile,
        ['baseline', 'controller'],
        `unknown party "${conflict.baseline.controller}"`,
      );
    else if (!conflict.controlParties.includes(conflict.baseline.controller))
      add(
        conflictFile,
        ['baseline', 'controller'],
        `the baseline's party "${conflict.baseline.controller}" is not one of controlParties`,
      );
    checkDate(conflictFile, ['baseline', 'asOf'], conflict.baseline.asOf, add);
    checkMeasure(conflictFile, ['baseline', 'measure'], conflict.baseline.measure, add);
  }
  if (conflict.defaultDate && !isValidDateValue(conflict.defaultDate))
    add(conflictFile, ['defaultDate'], `impossible date "${conflict.defaultDate}"`);

  // Sources and facts across all files
  const sourceIds = new Map<
    string,
    { file: string; published: string | null; text?: string; has?: (s: string) => boolean }
  >();
  for (const f of files) {
    f.data.sources.forEach((s, i) => {
      const prior = sourceIds.get(s.id);
      if (prior)
        add(f.file, ['sources', i, 'id'], `duplicate source id "${s.id}" (also in ${prior.file})`);
      else {
        const text = s.text ? f.texts[s.text] : undefined;
        sourceIds.set(s.id, {
          file: f.file,
          published: s.published,
          text,
          ...(text !== undefined ? { has: evidenceFinder(text) } : {}),
        });
      }
      if (s.published && !isValidDateValue(s.published))
        add(f.file, ['sources', i, 'published'], `impossible date "${s.published}"`);
      else if (s.published && publishedInFuture(s.published, today))
        add(
          f.file,
          ['sources', i, 'published'],
          `impossible date "${s.published}": a source cannot be published after tomorrow (${dayAfter(today)})`,
        );
      if (s.text && f.texts[s.text] === undefined)
        add(f.file, ['sources', i, 'text'], `text file "${s.text}" not found beside this file`);
    });
  }

  (conflict.places ?? []).forEach((p, i) => {
    const src = p.pointSource?.source;
    if (src !== undefined && !sourceIds.has(src))
      add(conflictFile, ['places', i, 'pointSource', 'source'], `unknown source "${src}"`);
  });

  const published = (fact: { source: string }) => sourceIds.get(fact.source)?.published ?? null;

  const factIds = new Map<string, string>();
  for (const f of files) {
    const lists = [
      ['statements', f.data.statements],
      ['events', f.data.events],
      ['control', f.data.control],
      ['claims', f.data.claims],
    ] as const;
    for (const [list, facts] of lists) {
      facts.forEach((fact, i) => {
        const at = (...rest: PathSegment[]): PathSegment[] => [list, i, ...rest];
        const prior = factIds.get(fact.id);
        if (prior) add(f.file, at('id'), `duplicate fact id "${fact.id}" (also in ${prior})`);
        else factIds.set(fact.id, f.file);
        const src = sourceIds.get(fact.source);
        if (!src) add(f.file, at('source'), `unknown source "${fact.source}"`);
        if (fact.evidence.type === 'sentence') {
          if (src && src.text === undefined) {
            add(
              f.file,
              at('evidence'),
              `evidence is a sentence but source "${fact.source}" ships no text; cite it instead`,
            );
          } else if (src?.has && !src.has(fact.evidence.text)) {
            add(
              f.file,
              at('evidence', 'text'),
              `evidence sentence not found verbatim in the text of source "${fact.source}"`,
            );
          }
        }
      });
    }
    f.data.statements.forEach((s, i) => {
      if (!people.has(s.speaker))
        add(f.file, ['statements', i, 'speaker'], `unknown person "${s.speaker}"`);
      checkDate(f.file, ['statements', i, 'date'], s.date, add);
      checkNotAfterSource(
        f.file,
        ['statements', i, 'date'],
        s.date,
        'statement',
        published(s),
        add,
      );
      s.regions.forEach((r, j) => {
        if (!isPlace(r))
          add(f.file, ['statements', i, 'regions', j], `unknown region or group "${r}"`);
      });
      (s.places ?? []).forEach((p, j) => {
        if (!places.has(p)) add(f.file, ['statements', i, 'places', j], `unknown place "${p}"`);
      });
    });
    f.data.events.forEach((e, i) => {
      checkDate(f.file, ['events', i, 'date'], e.date, add);
      checkNotAfterSource(f.file, ['events', i, 'date'], e.date, 'event', published(e), add);
      e.regions.forEach((r, j) => {
        if (!isPlace(r)) add(f.file, ['events', i, 'regions', j], `unknown region or group "${r}"`);
      });
      (e.places ?? []).forEach((p, j) => {
        if (!places.has(p)) add(f.file, ['events', i, 'places', j], `unknown place "${p}"`);
      });
    });
    f.data.control.forEach((c, i) => {
      if (!isTarget(c.target))
        add(
          f.file,
          ['control', i, 'target'],
          places.size
            ? `unknown region, group or place "${c.target}"`
            : `unknown region or group "${c.target}"`,
        );
      if (!parties.has(c.controller))
        add(f.file, ['control', i, 'controller'], `unknown party "${c.controller}"`);
      else if (!conflict.controlParties.includes(c.controller))
        add(
          f.file,
          ['control', i, 'controller'],
          `party "${c.controller}" holds no territory here: it is not one of the conflict's controlParties`,
        );
      if (c.claimantParty !== undefined && !parties.has(c.claimantParty))
        add(f.file, ['control', i, 'claimantParty'], `unknown party "${c.claimantParty}"`);
      checkDate(f.file, ['control', i, 'asOf'], c.asOf, add);
      checkMeasure(f.file, ['control', i, 'measure'], c.measure, add);
      checkNotAfterSource(f.file, ['control', i, 'asOf'], c.asOf, 'figure', published(c), add);
    });
    f.data.claims.forEach((c, i) => {
      if (!parties.has(c.claimant))
        add(f.file, ['claims', i, 'claimant'], `unknown party "${c.claimant}"`);
      if (c.since) checkDate(f.file, ['claims', i, 'since'], c.since, add);
      c.regions.forEach((r, j) => {
        if (!isPlace(r)) add(f.file, ['claims', i, 'regions', j], `unknown region or group "${r}"`);
      });
    });
  }
  return findings;
}

type Add = (file: string, segments: PathSegment[], message: string) => void;

function checkDate(file: string, at: PathSegment[], date: FuzzyDate, add: Add) {
  for (const k of ['value', 'end', 'before', 'after'] as const) {
    const v = date[k];
    if (v !== undefined && !isValidDateValue(v)) add(file, [...at, k], `impossible date "${v}"`);
  }
  if (date.value && date.end && date.end < date.value)
    add(file, [...at, 'end'], `span ends (${date.end}) before it starts (${date.value})`);
}

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of the day after `today` (UTC). */
function dayAfter(today: number): string {
  return new Date(today - (today % DAY_MS) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * A publication date that starts after tomorrow (UTC) cannot be real. One day of slack, so an
 * article dated by its publisher's time zone (up to UTC+14) still passes on a build in UTC.
 */
function publishedInFuture(value: string, today: number): boolean {
  const pub = parseDateValue(value);
  return pub !== null && pub.start > today - (today % DAY_MS) + DAY_MS;
}

/**
 * Whether a fact's date falls after its source was published. Statements and events get one
 * day of slack: their dates are local to where they happened and the publication date local to
 * the publisher, so "at midnight" in Kyiv can be the day after a paper's date in New York. A
 * control figure is as of the source's own day, so it gets none.
 */
export function isDatedAfterSource(
  date: FuzzyDate,
  published: string | null | undefined,
  what: 'statement' | 'event' | 'figure',
): boolean {
  const own = date.value ? parseDateValue(date.value) : null;
  const pub = published ? parseDateValue(published) : null;
  const slack = what === 'figure' ? 0 : DAY_MS;
  return !!own && !!pub && own.start >= pub.end + slack;
}

function checkNotAfterSource(
  file: string,
  at: PathSegment[],
  date: FuzzyDate,
  what: 'statement' | 'event' | 'figure',
  published: string | null,
  add: Add,
) {
  if (isDatedAfterSource(date, published, what))
    add(file, at, `${what} dated ${date.value}, after its source was published (${published})`);
}

function checkMeasure(file: string, at: PathSegment[], m: Measure, add: Add) {
  if (m.kind === 'range') {
    if (m.min > m.max)
      add(file, [...at, 'min'], `range minimum ${m.min} is above its maximum ${m.max}`);
    if (m.unit === 'percent') {
      for (const k of ['min', 'max'] as const) {
        if (m[k] > 100) add(file, [...at, k], `percentage ${m[k]} is outside 0–100`);
      }
    }
  } else if ('value' in m && m.unit === 'percent' && m.value > 100) {
    add(file, [...at, 'value'], `percentage ${m.value} is outside 0–100`);
  }
}

/** The longest verbatim quote a citation may carry, in words (a fair-use excerpt). */
export const CITED_QUOTE_MAX_WORDS = 25;

/** Words of a quote, not counting the "…" that marks a cut. */
export function quoteWords(quote: string): number {
  return quote.split(/\s+/).filter((w) => w && !/^[….]+$/.test(w)).length;
}

/**
 * What a reader needs to weigh each fact, checked after the data loads: every source says
 * what kind of publisher it is (a party's own state media naming that party; an outside state's
 * name none), and a cited
 * quote stays within the excerpt limit, since the article it copies does not ship. These come
 * back as warnings: the dataset still opens, but `npm run validate` (and so the build) fails.
 */
export function checkSourcing(conflict: Conflict, files: readonly LoadedSourceFile[]): Finding[] {
  const findings: Finding[] = [];
  const parties = new Set(conflict.parties.map((p) => p.id));
  for (const { file, data } of files) {
    data.sources.forEach((s, i) => {
      if (!s.kind)
        findings.push({
          file,
          segments: ['sources', i],
          message: `source "${s.id}" (${s.publisher}) has no kind: say what kind of publisher it is ("kind": wire, outlet, official, analyst, state-media, aggregator or reference)`,
        });
      if (s.party && !parties.has(s.party))
        findings.push({
          file,
          segments: ['sources', i, 'party'],
          message: `source "${s.id}" names the party "${s.party}", which is not a party in conflict.json`,
        });
      else if (s.party && s.kind !== 'state-media')
        findings.push({
          file,
          segments: ['sources', i, 'party'],
          message: `source "${s.id}" names a party, which only state media do (the party whose state runs it); its kind is "${s.kind ?? 'not given'}"`,
        });
    });
    for (const kind of ['statements', 'events', 'control', 'claims'] as const) {
      data[kind].forEach((fact, i) => {
        const e = fact.evidence;
        if (e.type !== 'citation' || !e.quote) return;
        const n = quoteWords(e.quote);
        if (n > CITED_QUOTE_MAX_WORDS)
          findings.push({
            file,
            segments: [kind, i, 'evidence', 'quote'],
            message: `the quote of "${fact.id}" is ${n} words; a cited quote may have at most ${CITED_QUOTE_MAX_WORDS} (cut it with …)`,
          });
      });
    }
  }
  return findings;
}
