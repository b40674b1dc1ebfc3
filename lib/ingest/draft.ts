import {
  SCHEMA_VERSION,
  SOURCE_KINDS,
  type Conflict,
  type FuzzyDate,
  type SourceFile,
  type SourceKind,
} from '../schema';
import { isDatedAfterSource } from '../dataset/check';
import { gazetteerMatcher } from '../dataset/gazetteer';
import { controlConfidence, statementConfidence } from './confidence';
import { extractCaptures, type NewParty, type NewPlace } from './captures';
import { extractControl } from './control';
import { publicationDate } from './dates';
import { extractDatedEvents } from './events';
import { topicRules } from './topics';
import { readMetadata, type ArticleMeta } from './metadata';
import { PeopleIndex, type NewPerson } from './people';
import { OrganisationIndex } from './organisations';
import { extractStatements } from './statements';
import { normalizeText, sentencesOf, slugify, splitParagraphs } from './text';

export interface IngestOptions {
  conflict: Conflict;
  /** Publication date (YYYY-MM-DD) when the text gives none, or to override it. */
  published?: string | null;
  /** Source id; defaults to publisher (or title) + date. */
  sourceId?: string;
  publisher?: string;
  /** What kind of publisher it is (validate asks for one before a file ships). */
  kind?: SourceKind;
  url?: string;
  /** File name of the article text shipped beside the draft (evidence is checked against it). */
  textFile?: string;
}

/** Where each drafted fact sits in the text, for highlighting and review. */
export interface FactLocation {
  list: 'statements' | 'events' | 'control' | 'claims';
  id: string;
  start: number;
  end: number;
  label: string;
  rule: string;
}

export interface IngestResult {
  /** The article text the evidence refers to (line endings normalised). */
  text: string;
  meta: ArticleMeta;
  draft: SourceFile;
  newPeople: NewPerson[];
  /** Places and parties the article names that the conflict file does not list (for review). */
  newPlaces: NewPlace[];
  newParties: NewParty[];
  locations: FactLocation[];
  /** Plain statements of what could not be determined. */
  warnings: string[];
  /** Offsets of the lines read as page furniture (header, byline, captions), not as body. */
  skipped: [number, number][];
}

/**
 * A statement or event cannot be dated after the article that reports it (validation refuses
 * it): a date read that late is a misreading, so the article's date stands in, said so, as
 * control.ts does for figures.
 */
function notAfterArticle(
  date: FuzzyDate,
  published: string | null,
  what: 'statement' | 'event',
): FuzzyDate {
  if (!published || !isDatedAfterSource(date, published, what)) return date;
  return {
    ...publicationDate(published),
    note: `the text’s date (${date.value}) falls after the article; the article’s date stands in`,
  };
}

const titleOf = (meta: ArticleMeta, body: readonly { text: string }[]) =>
  meta.title ?? body[0]?.text.slice(0, 90) ?? 'Untitled article';

const defaultSourceId = (title: string, published: string | null, publisher?: string) =>
  slugify(`${publisher ?? title.split(/\s+/).slice(0, 4).join(' ')}-${published ?? 'undated'}`, 60);

/**
 * The source id ingestText would give `raw` without `opts.sourceId`, from the header lines only
 * (so a caller can pick a free id without drafting the article twice).
 */
export function draftSourceId(raw: string, opts: Omit<IngestOptions, 'sourceId'>): string {
  const paragraphs = splitParagraphs(normalizeText(raw));
  const meta = readMetadata(paragraphs);
  const body = paragraphs.filter((_, i) => i >= meta.bodyStart && !meta.skipped.includes(i));
  return defaultSourceId(titleOf(meta, body), opts.published ?? meta.published, opts.publisher);
}

/**
 * Article text → a draft source file: every fact with its evidence sentence (an exact slice of
 * the text), a confidence and `review: "pending"`. Pure: no file system, no DOM.
 */
export function ingestText(raw: string, opts: IngestOptions): IngestResult {
  const text = normalizeText(raw);
  const warnings: string[] = [];
  const paragraphs = splitParagraphs(text);
  const meta = readMetadata(paragraphs);
  const published = opts.published ?? meta.published;
  if (!published)
    warnings.push(
      `No publication date found in the text and none given (--published)${meta.dateline ? ` (the dateline “${meta.dateline}” gives no year)` : ''}: relative dates could not be resolved, and facts are undated.`,
    );
  const body = paragraphs.filter((_, i) => i >= meta.bodyStart && !meta.skipped.includes(i));
  if (!body.length) warnings.push('No article body found.');
  const sentences = sentencesOf(body);
  const people = new PeopleIndex(opts.conflict.people);
  const orgs = new OrganisationIndex(opts.conflict, sentences.map((x) => x.text).join('\n'));
  const statements = extractStatements(sentences, {
    conflict: opts.conflict,
    people,
    published,
    orgs,
  });
  const ctl = extractControl(sentences, opts.conflict, published);
  const captured = extractCaptures(
    sentences,
    { conflict: opts.conflict, published, orgs },
    ctl.control,
  );
  ctl.control.push(...captured.control);
  ctl.control.sort((a, b) => a.span[0] - b.span[0]);
  // Two rules reading the same figure from one sentence give it once.
  const seen = new Set<string>();
  ctl.control = ctl.control.filter((c) => {
    const key = JSON.stringify([c.sentence.index, c.target, c.controller, c.measure, c.status]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const regionsOf = gazetteerMatcher(opts.conflict);
  const topicsOf = topicRules(opts.conflict);
  const eventSentences = new Set(ctl.events.map((e) => e.sentence));
  const events = [
    ...ctl.events,
    ...extractDatedEvents(sentences, opts.conflict, people, published, eventSentences),
  ].sort((a, b) => a.span[0] - b.span[0]);
  const knownIds = new Set(opts.conflict.people.map((p) => p.id));
  const groupIds = new Set([
    ...opts.conflict.regionGroups.map((g) => g.id),
    opts.conflict.country.id,
  ]);

  const publisher = opts.publisher ?? 'Unknown publisher';
  if (!opts.kind)
    warnings.push(
      `The kind of publisher is not set (${SOURCE_KINDS.join(', ')}); validate asks for it before the file ships.`,
    );
  const title = titleOf(meta, body);
  if (!meta.title) warnings.push('No title found; the first words of the text stand in for it.');
  const sourceId = opts.sourceId ?? defaultSourceId(title, published, opts.publisher);
  const evidence = (s: { text: string }) => ({ type: 'sentence' as const, text: s.text });
  const locations: FactLocation[] = [];
  const used = new Set<string>();
  const idFor = (prefix: string, n: number) => {
    let id = `${prefix}-${sourceId}-${n}`;
    for (let k = 2; used.has(id); k++) id = `${prefix}-${sourceId}-${n}-${k}`;
    used.add(id);
    return id;
  };

  const draft: SourceFile = {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      {
        id: sourceId,
        publisher,
        title,
        ...(opts.url ? { url: opts.url } : {}),
        ...(opts.kind ? { kind: opts.kind } : {}),
        ...(meta.author ? { author: meta.author } : {}),
        published: published ?? null,
        ...(meta.updated ? { updated: meta.updated } : {}),
        language: 'en',
        text: opts.textFile ?? `${sourceId}.txt`,
        note: 'Drafted by the ingest tool; every fact awaits review.',
      },
    ],
    statements: statements.map((st, i) => {
      const id = idFor('st', i + 1);
      const conf = statementConfidence({
        kind: st.kind,
        attributed: !st.rule.startsWith('quote continuing'),
        answer: st.rule.startsWith('answer in a question'),
        named: people.mentions(st.sentence.text).some((m) => m.personId === st.speaker),
        known: knownIds.has(st.speaker),
        date: st.date,
        words: st.text.split(/\s+/).length,
      });
      const topics = topicsOf(`${st.text} ${st.sentence.text}`);
      locations.push({
        list: 'statements',
        id,
        start: st.span[0],
        end: st.span[1],
        label: `${people.nameOf(st.speaker)} (${st.kind})`,
        rule: `${st.rule}; confidence from: ${conf.why.join(', ')}`,
      });
      return {
        id,
        source: sourceId,
        speaker: st.speaker,
        ...(st.role ? { role: st.role } : {}),
        date: notAfterArticle(st.date, published ?? null, 'statement'),
        kind: st.kind,
        text: st.text,
        ...(st.via ? { via: st.via } : {}),
        topics: topics.map((t) => t.id),
        regions: regionsOf(st.sentence.text),
        evidence: evidence(st.sentence),
        review: 'pending' as const,
        confidence: conf.value,
        note: `ingest: ${st.rule}; confidence ${conf.value} (${conf.why.join(', ')})${topics.length ? `; topics by keyword: ${topics.map((t) => `${t.id} (“${t.cue}”)`).join(', ')}` : ''}`,
      };
    }),
    events: events.map((ev, i) => {
      const id = idFor('ev', i + 1);
      locations.push({
        list: 'events',
        id,
        start: ev.span[0],
        end: ev.span[1],
        label: ev.title,
        rule: 'change of control or dated event',
      });
      return {
        id,
        source: sourceId,
        date: notAfterArticle(ev.date, published ?? null, 'event'),
        title: ev.title,
        regions: ev.regions,
        evidence: evidence(ev.sentence),
        review: 'pending' as const,
        confidence: ev.confidence,
      };
    }),
    control: ctl.control.map((c, i) => {
      const id = idFor('cf', i + 1);
      const conf = controlConfidence({
        measure: c.measure,
        asOf: c.asOf,
        usualOrder:
          /before the place|object of a holding verb|withdrawal|under … control|passive holding/.test(
            c.rule,
          ),
        unambiguousPlace:
          groupIds.has(c.target) ||
          /\b(region|oblast|province)s?\b/i.test(c.sentence.text) ||
          !/object of a holding verb/.test(c.rule),
      });
      locations.push({
        list: 'control',
        id,
        start: c.span[0],
        end: c.span[1],
        label: `${c.target}: ${c.measure.text ?? c.measure.kind}`,
        rule: `${c.rule}; confidence from: ${conf.why.join(', ')}`,
      });
      return {
        id,
        source: sourceId,
        target: c.target,
        controller: c.controller,
        asOf: c.asOf,
        measure: c.measure,
        ...(c.areaKm2 !== undefined ? { areaKm2: c.areaKm2 } : {}),
        status: c.status,
        ...(c.claimant ? { claimant: c.claimant } : {}),
        evidence: evidence(c.sentence),
        review: 'pending' as const,
        confidence: conf.value,
        note: `ingest: ${c.rule}; confidence ${conf.value} (${conf.why.join(', ')})`,
      };
    }),
    claims: ctl.claims.map((c, i) => {
      const id = idFor('cl', i + 1);
      locations.push({
        list: 'claims',
        id,
        start: c.span[0],
        end: c.span[1],
        label: `claim: ${c.regions.join(', ')}`,
        rule: 'territorial claim or demand',
      });
      return {
        id,
        source: sourceId,
        claimant: c.claimant,
        regions: c.regions,
        text: c.text,
        evidence: evidence(c.sentence),
        review: 'pending' as const,
        confidence: c.confidence,
      };
    }),
    notes: [
      ...warnings,
      ...ctl.notes,
      ...captured.newPlaces.map(
        (p) =>
          `New place drafted: ${p.name} (${p.id}${p.kind ? `, ${p.kind}` : ''}); add it to conflict.json with its region after review.`,
      ),
      ...captured.newParties.map(
        (p) => `New party drafted: ${p.name} (${p.id}); add it to conflict.json after review.`,
      ),
      ...people.added.map(
        (p) =>
          `New ${p.organisation ? 'organisation' : 'person'} drafted: ${p.name} (${p.id}); add to conflict.json after review.`,
      ),
    ],
  };
  const skipped = paragraphs.flatMap((p, i): [number, number][] =>
    i < meta.bodyStart || meta.skipped.includes(i) ? [[p.start, p.end]] : [],
  );
  return {
    text,
    meta: { ...meta, published: published ?? null },
    draft,
    newPeople: people.added,
    newPlaces: captured.newPlaces,
    newParties: captured.newParties,
    locations,
    warnings,
    skipped,
  };
}
