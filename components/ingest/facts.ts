import type { Conflict } from '@/lib/schema';
import type { FactLocation, IngestResult } from '@/lib/ingest/draft';
import { formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { describeMeasure } from '@/lib/measure/describe';

/** The review page's view of a draft: one card per drafted fact, in four lists. */
export type ListName = FactLocation['list'];
export const LIST_TITLES: Record<ListName, string> = {
  statements: 'Statements',
  control: 'Control figures',
  events: 'Events',
  claims: 'Claims',
};
export const LISTS: ListName[] = ['statements', 'control', 'events', 'claims'];

export interface Fact {
  id: string;
  list: ListName;
  heading: string;
  detail: string;
  words?: string;
  date: string;
  dateLabel: string;
  evidence: string;
  confidence: number;
  rule: string;
  location?: FactLocation;
}

/** The cards for an extraction, statements first. */
export function factsOf(r: IngestResult, conflict: Conflict): Fact[] {
  const person = (id: string) =>
    conflict.people.find((p) => p.id === id)?.name ??
    r.newPeople.find((p) => p.id === id)?.name ??
    id;
  const place = (id: string) =>
    conflict.regionGroups.find((g) => g.id === id)?.name ??
    conflict.gazetteer.find((g) => g.target === id)?.names[0] ??
    id;
  const party = (id: string) => conflict.parties.find((p) => p.id === id)?.name ?? id;
  // Looked up once per fact: a find per fact is quadratic on a long article.
  const byId = new Map(r.locations.map((l) => [l.id, l]));
  const loc = (id: string) => byId.get(id);
  const d = r.draft;
  return [
    ...d.statements.map((s): Fact => ({
      id: s.id,
      list: 'statements',
      heading: `${person(s.speaker)} — ${s.kind}`,
      detail: [
        s.via ? `via ${s.via}` : '',
        s.topics.length
          ? `topics: ${s.topics.map((t) => conflict.topics.find((x) => x.id === t)?.label ?? t).join(', ')}`
          : '',
      ]
        .filter(Boolean)
        .join(' · '),
      words: s.text,
      date: s.date.value ?? '',
      dateLabel: formatFuzzyDate(s.date),
      evidence: s.evidence.type === 'sentence' ? s.evidence.text : '',
      confidence: s.confidence ?? 0,
      rule: loc(s.id)?.rule ?? '',
      location: loc(s.id),
    })),
    ...d.control.map((c): Fact => ({
      id: c.id,
      list: 'control',
      heading: `${place(c.target)}: ${party(c.controller)} holds ${describeMeasure(c.measure)}`,
      detail: c.status === 'claimed' ? `claimed by ${c.claimant ?? '?'}` : 'assessed',
      date: c.asOf.value ?? '',
      dateLabel: formatFuzzyDate(c.asOf),
      evidence: c.evidence.type === 'sentence' ? c.evidence.text : '',
      confidence: c.confidence ?? 0,
      rule: loc(c.id)?.rule ?? '',
      location: loc(c.id),
    })),
    ...d.events.map((e): Fact => ({
      id: e.id,
      list: 'events',
      heading: e.title,
      detail: e.regions.map(place).join(', '),
      words: e.title,
      date: e.date.value ?? '',
      dateLabel: formatFuzzyDate(e.date),
      evidence: e.evidence.type === 'sentence' ? e.evidence.text : '',
      confidence: e.confidence ?? 0,
      rule: loc(e.id)?.rule ?? '',
      location: loc(e.id),
    })),
    ...d.claims.map((c): Fact => ({
      id: c.id,
      list: 'claims',
      heading: `${party(c.claimant)} claims ${c.regions.map(place).join(', ')}`,
      detail: '',
      date: '',
      dateLabel: '',
      evidence: c.evidence.type === 'sentence' ? c.evidence.text : '',
      confidence: c.confidence ?? 0,
      rule: loc(c.id)?.rule ?? '',
      location: loc(c.id),
    })),
  ];
}

/** A stretch of the article text and the drafted facts read from it (none: plain text). */
export interface Piece {
  start: number;
  end: number;
  facts: FactLocation[];
  skipped: boolean;
}

/**
 * Splits the text at every fact boundary; each piece knows the facts covering it. Each fact
 * is added only to the pieces it spans (found by binary search), so 10,000 facts cost about
 * as much as the pieces they cover, not facts × pieces.
 */
export function segments(
  text: string,
  locations: readonly FactLocation[],
  skipped: readonly [number, number][],
): Piece[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length, ...skipped.flat().map(clamp)]);
  for (const l of locations) {
    cuts.add(clamp(l.start));
    cuts.add(clamp(l.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const at = (n: number) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++)
    out.push({ start: sorted[i] ?? 0, end: sorted[i + 1] ?? 0, facts: [], skipped: false });
  // Pieces are numbered by their start cut: a span [a, b] covers pieces at(a) .. at(b) - 1.
  for (const l of locations)
    for (let i = at(clamp(l.start)); i < at(clamp(l.end)); i++) out[i]?.facts.push(l);
  for (const [a, b] of skipped)
    for (let i = at(clamp(a)); i < at(clamp(b)); i++) {
      const piece = out[i];
      if (piece) piece.skipped = true;
    }
  return out.filter((p) => p.end > p.start);
}
