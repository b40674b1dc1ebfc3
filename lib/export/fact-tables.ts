import type {
  Claim,
  ConflictEvent,
  ControlObservation,
  Evidence,
  FuzzyDate,
  Person,
  Statement,
} from '../schema';
import type { CompiledDataset } from '../dataset/types';
import {
  datePrecision,
  describeDateBasis,
  formatDateValue,
  formatFuzzyDate,
  fuzzyDateInterval,
  toDayString,
} from '../dates/fuzzy-date';
import { complementMeasure, describeMeasure } from '../measure/describe';

/**
 * The four fact tables of /data, as flat records of strings. The HTML tables and the CSV
 * downloads are both made from these records, so a download always matches what the page
 * shows. Every record carries its source and evidence.
 */

/** What the tables need of a dataset. */
export type FactTableInput = Pick<
  CompiledDataset,
  'conflict' | 'regions' | 'sources' | 'statements' | 'events' | 'control' | 'claims'
>;

export type FactTableId = 'statements' | 'events' | 'control' | 'claims';

/** One line of a table cell: the text of `field`, linked to the URL in `href` when present. */
export interface CellLine {
  field: string;
  href?: string;
  /** Secondary lines are drawn smaller and muted. */
  secondary?: boolean;
  /**
   * Wrap the text in quotation marks, because it is verbatim: always, or only when another
   * field of the record has a given value (a statement's text is verbatim only for quotes).
   */
  quoted?: boolean | { field: string; equals: string };
}

/** A column of the HTML table: its header, the lines of each cell, the field it sorts by. */
export interface FactColumn {
  id: string;
  label: string;
  lines: CellLine[];
  sortField: string;
}

export type FactRecord = Record<string, string>;

export interface FactTable {
  id: FactTableId;
  title: string;
  caption: string;
  /** File name of the CSV download. */
  fileName: string;
  /** CSV columns, in order. */
  fields: readonly string[];
  columns: FactColumn[];
  /** The column whose cell names the row (a row header for screen readers). */
  rowHeader: string;
  records: FactRecord[];
}

const DATE_FIELDS = [
  'date',
  'date_value',
  'date_end',
  'date_precision',
  'date_basis',
  'date_basis_words',
  'date_sort',
  'date_detail',
] as const;
const SOURCE_FIELDS = [
  'source_id',
  'source_publisher',
  'source_title',
  'source_date',
  'source_url',
  'source_kind',
  'source_kind_words',
] as const;
const EVIDENCE_FIELDS = [
  'evidence_type',
  'evidence_text',
  'evidence_note',
  'evidence_kind',
] as const;

/** Date fields of a record: words, ISO parts, precision and basis, and a sortable key. */
export function dateFields(date: FuzzyDate): Record<(typeof DATE_FIELDS)[number], string> {
  const precision = datePrecision(date);
  const interval = fuzzyDateInterval(date);
  const basisWords = describeDateBasis(date);
  return {
    date: formatFuzzyDate(date),
    date_value: date.value ?? '',
    date_end: date.end ?? '',
    date_precision: precision,
    date_basis: date.basis,
    date_basis_words: basisWords,
    // Unknown dates sort after every known one; the bound, when given, keeps them near it.
    date_sort: interval
      ? toDayString(interval.start)
      : `9999-12-31~${date.before ?? date.after ?? ''}`,
    date_detail: `${precision === 'unknown' ? 'precision unknown' : `${precision} precision`}; ${basisWords}`,
  };
}

/** Evidence fields: the sentence (or recorded quote), our note, and which kind it is. */
export function evidenceFields(
  evidence: Evidence,
): Record<(typeof EVIDENCE_FIELDS)[number], string> {
  if (evidence.type === 'sentence') {
    return {
      evidence_type: 'sentence',
      evidence_text: evidence.text,
      evidence_note: '',
      evidence_kind: 'sentence of the source text',
    };
  }
  return {
    evidence_type: 'citation',
    evidence_text: evidence.quote ?? '',
    evidence_note: evidence.note ?? '',
    evidence_kind: 'citation (the source text does not ship)',
  };
}

/** Lookups from ids to names, shared by the four tables. */
export function factNames(input: FactTableInput) {
  const { conflict } = input;
  const regions = new Map(input.regions.map((r) => [r.id, r]));
  const groups = new Map(conflict.regionGroups.map((g) => [g.id, g]));
  const parties = new Map(conflict.parties.map((p) => [p.id, p]));
  const people = new Map(conflict.people.map((p) => [p.id, p]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));

  const placeName = (id: string): string => {
    if (id === conflict.country.id) return conflict.country.name;
    return regions.get(id)?.nameEn ?? groups.get(id)?.name ?? id;
  };
  /** "group: Donetsk + Luhansk", "Donetsk Oblast", "whole country". */
  const placeDetail = (id: string): string => {
    if (id === conflict.country.id) return 'whole country';
    const region = regions.get(id);
    if (region) return region.nameEnFull;
    const group = groups.get(id);
    if (group) return `group: ${group.members.map(placeName).join(' + ')}`;
    return '';
  };
  const partyName = (id: string | undefined): string => (id ? (parties.get(id)?.name ?? id) : '');

  const sourceFields = (id: string): Record<(typeof SOURCE_FIELDS)[number], string> => {
    const s = sources.get(id);
    return {
      source_id: id,
      source_publisher: s?.publisher ?? '',
      source_title: s?.title ?? '',
      source_date: s?.published ? formatDateValue(s.published) : 'undated',
      source_url: s?.url ?? '',
      source_kind: s?.kind ?? '',
      source_kind_words: s?.kindWords ?? '',
    };
  };
  return {
    placeName,
    placeDetail,
    partyName,
    person: (id: string) => people.get(id),
    sourceFields,
  };
}

/** The role a person held on a date, when their roles say; else their only role. */
export function roleAt(person: Person, date: FuzzyDate): string {
  const day = date.value ?? '';
  const dated = person.roles.filter(
    (r) => (r.from === undefined || r.from <= day) && (r.to === undefined || day <= r.to),
  );
  const only = person.roles.length === 1 ? person.roles[0] : undefined;
  const chosen = day && dated.length === 1 ? dated[0] : only;
  return chosen?.title ?? '';
}

const KIND_WORDS: Record<Statement['kind'], string> = {
  quote: 'quoted',
  paraphrase: 'indirect speech',
  report: 'reported by a third party',
};

const sourceColumn: FactColumn = {
  id: 'source',
  label: 'Source',
  lines: [
    { field: 'source_publisher' },
    { field: 'source_title', href: 'source_url', secondary: true },
    { field: 'source_date', secondary: true },
    { field: 'source_kind_words', secondary: true },
  ],
  sortField: 'source_publisher',
};
const evidenceColumn: FactColumn = {
  id: 'evidence',
  label: 'Evidence',
  lines: [
    { field: 'evidence_text', quoted: true },
    { field: 'evidence_note', secondary: true },
    { field: 'evidence_kind', secondary: true },
  ],
  sortField: 'evidence_type',
};
const dateColumn = (label: string): FactColumn => ({
  id: 'date',
  label,
  lines: [{ field: 'date' }, { field: 'date_detail', secondary: true }],
  sortField: 'date_sort',
});

export function statementsTable(input: FactTableInput): FactTable {
  const names = factNames(input);
  const records = input.statements.map((s: Statement): FactRecord => {
    const person = names.person(s.speaker);
    const role = s.role ?? (person ? roleAt(person, s.date) : '');
    const party = names.partyName(person?.party) || (person?.affiliation ?? '');
    return {
      id: s.id,
      ...dateFields(s.date),
      speaker: person?.name ?? s.speaker,
      speaker_id: s.speaker,
      speaker_role: role,
      speaker_party: party,
      speaker_detail: [role, party].filter(Boolean).join(' · '),
      kind: s.kind,
      kind_detail: [KIND_WORDS[s.kind], s.via ? `via ${s.via}` : ''].filter(Boolean).join(', '),
      text: s.text,
      summary: s.summary ?? '',
      via: s.via ?? '',
      topics: s.topics.join('; '),
      regions: s.regions.map(names.placeName).join('; '),
      ...names.sourceFields(s.source),
      ...evidenceFields(s.evidence),
      note: s.note ?? '',
    };
  });
  return {
    id: 'statements',
    rowHeader: 'text',
    title: 'Statements',
    caption: `Statements: ${records.length} things people said, by date, each with its source and evidence`,
    fileName: 'statements.csv',
    fields: [
      'id',
      ...DATE_FIELDS,
      'speaker',
      'speaker_id',
      'speaker_role',
      'speaker_party',
      'speaker_detail',
      'kind',
      'kind_detail',
      'text',
      'summary',
      'via',
      'topics',
      'regions',
      ...SOURCE_FIELDS,
      ...EVIDENCE_FIELDS,
      'note',
    ],
    columns: [
      dateColumn('Date'),
      {
        id: 'speaker',
        label: 'Speaker',
        lines: [{ field: 'speaker' }, { field: 'speaker_detail', secondary: true }],
        sortField: 'speaker',
      },
      {
        id: 'text',
        label: 'Statement',
        lines: [
          { field: 'text', quoted: { field: 'kind', equals: 'quote' } },
          { field: 'kind_detail', secondary: true },
        ],
        sortField: 'text',
      },
      { id: 'regions', label: 'Regions', lines: [{ field: 'regions' }], sortField: 'regions' },
      sourceColumn,
      evidenceColumn,
    ],
    records,
  };
}

export function eventsTable(input: FactTableInput): FactTable {
  const names = factNames(input);
  const records = input.events.map((e: ConflictEvent): FactRecord => ({
    id: e.id,
    ...dateFields(e.date),
    title: e.title,
    description: e.description ?? '',
    regions: e.regions.map(names.placeName).join('; '),
    ...names.sourceFields(e.source),
    ...evidenceFields(e.evidence),
    note: e.note ?? '',
  }));
  return {
    id: 'events',
    rowHeader: 'title',
    title: 'Events',
    caption: `Events: ${records.length} dated events, each with its source and evidence`,
    fileName: 'events.csv',
    fields: [
      'id',
      ...DATE_FIELDS,
      'title',
      'description',
      'regions',
      ...SOURCE_FIELDS,
      ...EVIDENCE_FIELDS,
      'note',
    ],
    columns: [
      dateColumn('Date'),
      {
        id: 'title',
        label: 'Event',
        lines: [{ field: 'title' }, { field: 'description', secondary: true }],
        sortField: 'title',
      },
      { id: 'regions', label: 'Regions', lines: [{ field: 'regions' }], sortField: 'regions' },
      sourceColumn,
      evidenceColumn,
    ],
    records,
  };
}

/**
 * A control figure in words, as stated: "more than 70% held by Russia". A figure stated as
 * the other party's share says so and gives the converted reading the map uses.
 */
export function describeControlFigure(
  o: ControlObservation,
  input: FactTableInput,
): { figure: string; stated: string } {
  const names = factNames(input);
  const controller = names.partyName(o.controller);
  const figure = `${describeMeasure(o.measure)} held by ${controller}${o.controllerDetail ? ` (${o.controllerDetail})` : ''}`;
  const parts: string[] = [];
  if (o.measure.text) parts.push(`source’s words: “${o.measure.text}”`);
  if (o.controller !== input.conflict.mapParty) {
    const complement = complementMeasure(o.measure);
    const mapParty = names.partyName(input.conflict.mapParty);
    parts.push(
      complement
        ? `stated as ${controller}’s share; read as ${describeMeasure(complement)} held by ${mapParty} for the map`
        : `stated as ${controller}’s share`,
    );
  }
  if (o.areaKm2 !== undefined) parts.push(`area stated: ${o.areaKm2.toLocaleString('en-GB')} km²`);
  return { figure, stated: parts.join('; ') };
}

export function controlTable(input: FactTableInput): FactTable {
  const names = factNames(input);
  const records = input.control.map((o: ControlObservation): FactRecord => {
    const { figure, stated } = describeControlFigure(o, input);
    const m = o.measure;
    return {
      id: o.id,
      ...dateFields(o.asOf),
      target: names.placeName(o.target),
      target_id: o.target,
      target_detail: names.placeDetail(o.target),
      controller: names.partyName(o.controller),
      controller_id: o.controller,
      figure,
      figure_detail: stated,
      measure_kind: m.kind,
      measure_value: 'value' in m ? String(m.value) : '',
      measure_min: m.kind === 'range' ? String(m.min) : '',
      measure_max: m.kind === 'range' ? String(m.max) : '',
      measure_unit: 'unit' in m ? m.unit : '',
      measure_text: m.text ?? '',
      area_km2: o.areaKm2 === undefined ? '' : String(o.areaKm2),
      status: o.status,
      claimant: o.claimant ?? '',
      status_words:
        o.status === 'claimed'
          ? `claimed by ${o.claimant ?? 'a party'}`
          : o.claimant
            ? `assessed by ${o.claimant}`
            : 'assessed',
      ...names.sourceFields(o.source),
      ...evidenceFields(o.evidence),
      note: o.note ?? '',
    };
  });
  return {
    id: 'control',
    rowHeader: 'target',
    title: 'Control figures',
    caption: `Control figures: ${records.length} statements of who holds how much of a region, group or the country, as of a date`,
    fileName: 'control.csv',
    fields: [
      'id',
      ...DATE_FIELDS,
      'target',
      'target_id',
      'target_detail',
      'controller',
      'controller_id',
      'figure',
      'figure_detail',
      'measure_kind',
      'measure_value',
      'measure_min',
      'measure_max',
      'measure_unit',
      'measure_text',
      'area_km2',
      'status',
      'claimant',
      'status_words',
      ...SOURCE_FIELDS,
      ...EVIDENCE_FIELDS,
      'note',
    ],
    columns: [
      dateColumn('As of'),
      {
        id: 'target',
        label: 'Region or group',
        lines: [{ field: 'target' }, { field: 'target_detail', secondary: true }],
        sortField: 'target',
      },
      {
        id: 'figure',
        label: 'Figure',
        lines: [{ field: 'figure' }, { field: 'figure_detail', secondary: true }],
        sortField: 'figure',
      },
      {
        id: 'status',
        label: 'Status',
        lines: [{ field: 'status_words' }],
        sortField: 'status_words',
      },
      sourceColumn,
      evidenceColumn,
    ],
    records,
  };
}

export function claimsTable(input: FactTableInput): FactTable {
  const names = factNames(input);
  const records = input.claims.map((c: Claim): FactRecord => {
    const since = c.since
      ? dateFields(c.since)
      : { ...dateFields({ basis: 'unknown' }), date: 'not stated' };
    return {
      id: c.id,
      ...since,
      claimant: names.partyName(c.claimant),
      claimant_id: c.claimant,
      regions: c.regions.map(names.placeName).join('; '),
      region_ids: c.regions.join('; '),
      text: c.text ?? '',
      ...names.sourceFields(c.source),
      ...evidenceFields(c.evidence),
      note: c.note ?? '',
    };
  });
  return {
    id: 'claims',
    rowHeader: 'claimant',
    title: 'Territorial claims',
    caption: `Territorial claims: ${records.length} claims to regions (a claim, not control)`,
    fileName: 'claims.csv',
    fields: [
      'id',
      ...DATE_FIELDS,
      'claimant',
      'claimant_id',
      'regions',
      'region_ids',
      'text',
      ...SOURCE_FIELDS,
      ...EVIDENCE_FIELDS,
      'note',
    ],
    columns: [
      dateColumn('Since'),
      { id: 'claimant', label: 'Claimant', lines: [{ field: 'claimant' }], sortField: 'claimant' },
      { id: 'regions', label: 'Regions', lines: [{ field: 'regions' }], sortField: 'regions' },
      { id: 'text', label: 'Claim', lines: [{ field: 'text' }], sortField: 'text' },
      sourceColumn,
      evidenceColumn,
    ],
    records,
  };
}

/** All four tables, in the order /data shows them. */
export function factTables(input: FactTableInput): FactTable[] {
  return [statementsTable(input), eventsTable(input), controlTable(input), claimsTable(input)];
}

/**
 * A table trimmed to what its HTML shows and sorts by (plus ids), so a page does not send
 * every CSV field to the browser twice.
 */
export function forDisplay(table: FactTable): FactTable {
  const keep = new Set([
    'id',
    // The /data page filters rows by the kind of their source.
    'source_kind',
    ...table.columns.flatMap((c) => [
      c.sortField,
      ...c.lines.flatMap((l) => [
        l.field,
        ...(l.href ? [l.href] : []),
        ...(typeof l.quoted === 'object' ? [l.quoted.field] : []),
      ]),
    ]),
  ]);
  return {
    ...table,
    fields: table.fields.filter((f) => keep.has(f)),
    records: table.records.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => keep.has(k))),
    ),
  };
}

/** True when a cell line's text is verbatim words and is shown in quotation marks. */
export function isQuoted(line: CellLine, record: FactRecord): boolean {
  if (typeof line.quoted === 'object') return record[line.quoted.field] === line.quoted.equals;
  return line.quoted === true;
}
