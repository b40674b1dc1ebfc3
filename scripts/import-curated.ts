/**
 * One-off importer: converts the curated fact list (shared with the project as
 * `ukraine-2014-2025.json`) into a Faultline source file. Run it only when that list changes:
 *
 *   npx tsx scripts/import-curated.ts <path/to/ukraine-2014-2025.json> data/ukraine
 *
 * The app never reads the original; it reads the file written here, which validation checks.
 * Ids are derived from the facts so that re-running the import gives the same ids.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import {
  conflict as conflictSchema,
  sourceFile,
  type Measure,
  type SourceFileInput,
} from '../lib/schema';
import { gazetteerMatcher } from '../lib/dataset/gazetteer';

interface RawMeasure {
  kind: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: 'percent' | 'km2' | null;
}
interface RawControl {
  region: string | null;
  regionName: string;
  asOf: string;
  asOfNote?: string;
  controller: 'Russia' | 'Ukraine';
  controllerDetail?: string;
  measure: RawMeasure;
  qualifierText?: string;
  scope: 'region' | 'group' | 'country';
  groupMembers?: string[];
  claimant?: string;
  source: string;
  note: string;
}
interface RawStatement {
  speaker: string;
  role: string;
  date: string;
  dateNote?: string;
  quote: string;
  paraphrase: string;
  topics: string[];
  regions: string[];
  source: string;
}
interface RawEvent {
  date: string;
  title: string;
  source: string;
}
interface RawSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  published: string | null;
  note?: string;
}
interface Raw {
  sources: RawSource[];
  control: RawControl[];
  events: RawEvent[];
  statements: RawStatement[];
}

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: tsx scripts/import-curated.ts <ukraine-2014-2025.json> <data/ukraine>');
  process.exit(2);
}
const raw = JSON.parse(readFileSync(input, 'utf8')) as Raw;
const conflict = conflictSchema.parse(
  JSON.parse(readFileSync(path.join(outDir, 'conflict.json'), 'utf8')),
);
const personByName = new Map(conflict.people.map((p) => [p.name, p.id]));
const findPlaces = gazetteerMatcher(conflict);

// In a headline, "Kyiv" is the government and "Ukraine" the whole country: neither names a
// region the event happened in, so they are not tagged.
const eventRegions = (title: string) =>
  findPlaces(title).filter((id) => id !== conflict.country.id && id !== 'UA-30');

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const sourceId = (id: string) => `c-${id}`;

function uniqueIds() {
  const seen = new Map<string, number>();
  return (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

// Whether a date note says the date was read from a relative expression ("on Wednesday").
const relativeNote = (note: string) =>
  /'on [A-Z][a-z]+day'|on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(note);

function measureOf(c: RawControl): Measure {
  const m = c.measure;
  const text = c.qualifierText;
  const unit = m.unit ?? 'percent';
  switch (m.kind) {
    case 'all':
    case 'most':
    case 'partial':
    case 'none':
      return { kind: m.kind, ...(text ? { text } : {}) };
    case 'range':
      return { kind: 'range', min: m.min ?? 0, max: m.max ?? 0, unit, ...(text ? { text } : {}) };
    case 'exact':
    case 'approximately':
    case 'more-than':
    case 'less-than':
      return { kind: m.kind, value: m.value ?? 0, unit, ...(text ? { text } : {}) };
    default:
      throw new Error(`unknown measure kind ${m.kind}`);
  }
}

// Analysts are not parties: a figure they state is an assessment, named for who made it.
const ANALYSTS = new Set(['Institute for the Study of War']);

const controlId = uniqueIds();
const statementId = uniqueIds();
const eventId = uniqueIds();

const file: SourceFileInput = {
  $schema: '../../../schemas/source-file.schema.json',
  schemaVersion: 2,
  sources: raw.sources.map((s) => ({
    id: sourceId(s.id),
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    published: s.published,
    ...(s.note ? { note: s.note } : {}),
  })),
  statements: raw.statements.map((s) => {
    const speaker = personByName.get(s.speaker);
    if (!speaker) throw new Error(`no person named ${s.speaker} in conflict.json`);
    return {
      id: statementId(`st-${s.date}-${speaker}`),
      source: sourceId(s.source),
      speaker,
      role: s.role,
      date: {
        value: s.date,
        basis: s.dateNote ? (relativeNote(s.dateNote) ? 'relative' : 'context') : 'explicit',
        ...(s.dateNote ? { note: s.dateNote } : {}),
      },
      kind: 'quote' as const,
      text: s.quote,
      summary: s.paraphrase,
      topics: s.topics,
      regions: s.regions,
      evidence: { type: 'citation' as const, quote: s.quote },
    };
  }),
  events: raw.events.map((e) => ({
    id: eventId(`ev-${e.date}-${slug(e.title).split('-').slice(0, 5).join('-')}`),
    source: sourceId(e.source),
    date: { value: e.date, basis: 'explicit' as const },
    title: e.title,
    regions: eventRegions(e.title),
    evidence: { type: 'citation' as const, note: e.title },
  })),
  control: raw.control.map((c) => {
    const target = c.scope === 'group' ? 'donbas' : (c.region ?? 'UA');
    const claimed = c.claimant !== undefined && !ANALYSTS.has(c.claimant);
    return {
      id: controlId(`cf-${target.toLowerCase()}-${c.asOf}-${sourceId(c.source)}`),
      source: sourceId(c.source),
      target,
      controller: c.controller === 'Russia' ? 'russia' : 'ukraine',
      ...(c.controllerDetail ? { controllerDetail: c.controllerDetail } : {}),
      asOf: {
        value: c.asOf,
        basis: c.asOfNote ? 'context' : 'explicit',
        ...(c.asOfNote ? { note: c.asOfNote } : {}),
      },
      measure: measureOf(c),
      status: claimed ? ('claimed' as const) : ('assessed' as const),
      ...(c.claimant ? { claimant: c.claimant } : {}),
      evidence: { type: 'citation' as const, note: c.note },
    };
  }),
  claims: [],
  notes: [
    "Imported from the curated, cited fact list (103 sources). The source texts do not ship, so each fact carries its citation; statement quotes are verbatim excerpts of at most 15 words, and summaries, event titles and control notes are the curators' own words.",
    'Event regions were tagged from the event title with the gazetteer.',
    'A figure whose claimant is a party to the war, or an official of one, is stored as "claimed"; figures from analysts (ISW) are "assessed" and keep the analyst as who states them.',
    'Figures stated as Ukraine\'s share are stored as stated (controller "ukraine"); the map complements them only for shading.',
    'Where sources disagree, every figure is kept as its own observation; nothing was averaged.',
  ],
};

// Claims: the two annexations the curated events record, with the same sources.
const annexations = [
  {
    event: '2014-03-18',
    regions: ['UA-43', 'UA-40'],
    text: 'Russia claims Crimea and Sevastopol as part of Russia',
  },
  {
    event: '2022-09-30',
    regions: ['UA-14', 'UA-09', 'UA-23', 'UA-65'],
    text: 'Russia claims to annex the Donetsk, Luhansk, Zaporizhzhia and Kherson regions',
  },
];
for (const a of annexations) {
  const e = raw.events.find((x) => x.date === a.event && /annex|part of Russia/i.test(x.title));
  if (!e) throw new Error(`no annexation event on ${a.event}`);
  file.claims!.push({
    id: `cl-russia-${a.event}`,
    source: sourceId(e.source),
    claimant: 'russia',
    regions: a.regions,
    since: { value: a.event, basis: 'explicit' },
    text: a.text,
    evidence: { type: 'citation', note: e.title },
  });
}

const parsed = sourceFile.parse(file);
const out = path.join(outDir, 'sources', 'curated-2014-2025.json');
if (existsSync(out) && !process.argv.includes('--force')) {
  console.error(`${out} exists; pass --force to replace it`);
  process.exit(1);
}
writeFileSync(out, JSON.stringify({ ...file, ...parsed, $schema: file.$schema }, null, 2) + '\n');
console.log(
  `wrote ${out}: ${parsed.sources.length} sources, ${parsed.statements.length} statements, ${parsed.events.length} events, ${parsed.control.length} control figures, ${parsed.claims.length} claims`,
);
