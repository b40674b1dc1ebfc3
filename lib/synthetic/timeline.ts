import type { ConflictEvent, FuzzyDate, Party, Person, Source, Statement } from '../schema';
import type { TimelineItem } from '../dataset/types';
import { timeSpanOf } from '../dataset/compile';
import type { TimelineFacts } from '../timeline/describe';

/**
 * SYNTHETIC DATA. Generates made-up timeline items for benchmarks and layout tests. Every
 * text, person, party and source it makes says "synthetic"; it must never be shown as real.
 */
export interface SyntheticTimeline {
  synthetic: true;
  items: TimelineItem[];
  facts: TimelineFacts;
}

export interface SyntheticTimelineOptions {
  /** Seed of the pseudo-random generator: the same seed gives the same data. */
  seed: number;
  /** First and last year items may fall in. */
  years: [number, number];
  /** Number of synthetic speakers. */
  speakers: number;
}

export const syntheticTimelineDefaults: SyntheticTimelineOptions = {
  seed: 1,
  years: [2014, 2025],
  speakers: 16,
};

/** A small deterministic PRNG (mulberry32): tests and benchmarks must be repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Okabe-Ito colours, as the real dataset uses.
const PARTY_COLOURS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Generates `n` synthetic items (about 60% statements, 40% events) with their facts. */
export function syntheticTimeline(
  n: number,
  options: Partial<SyntheticTimelineOptions> = {},
): SyntheticTimeline {
  const { seed, years, speakers } = { ...syntheticTimelineDefaults, ...options };
  const rand = seededRandom(seed);
  const pick = (k: number) => Math.floor(rand() * k);
  const parties: Party[] = PARTY_COLOURS.map((color, i) => ({
    id: `synthetic-party-${i + 1}`,
    name: `Synthetic party ${i + 1}`,
    shortName: `SP${i + 1}`,
    color,
  }));
  const people: Person[] = Array.from({ length: speakers }, (_, i) => ({
    id: `synthetic-speaker-${i + 1}`,
    name: `Synthetic Speaker ${i + 1}`,
    aliases: [],
    party: parties[i % parties.length]!.id,
    roles: [{ title: 'synthetic role' }],
  }));
  const source: Source = {
    id: 'synthetic-source',
    publisher: 'Synthetic data generator',
    title: 'Synthetic benchmark data (not real)',
    published: null,
  };
  const statements: Statement[] = [];
  const events: ConflictEvent[] = [];
  const items: TimelineItem[] = [];
  const span = years[1] - years[0] + 1;
  for (let i = 0; i < n; i++) {
    const year = years[0] + pick(span);
    const month = 1 + pick(12);
    const day = 1 + pick(28);
    const r = rand();
    const date: FuzzyDate =
      r < 0.8
        ? { value: `${year}-${pad(month)}-${pad(day)}`, basis: 'explicit' }
        : r < 0.92
          ? { value: `${year}-${pad(month)}`, basis: 'explicit' }
          : r < 0.97
            ? { value: String(year), basis: 'explicit' }
            : { basis: 'unknown' };
    const id = `synthetic-${i + 1}`;
    const evidence = { type: 'citation' as const, note: 'synthetic' };
    if (rand() < 0.6) {
      const speaker = people[pick(people.length)]!;
      const text = `Synthetic statement ${i + 1}: generated text, not real data.`;
      statements.push({
        id,
        source: source.id,
        evidence,
        speaker: speaker.id,
        date,
        kind: rand() < 0.5 ? 'quote' : 'paraphrase',
        text,
        topics: [],
        regions: [],
      });
      items.push({
        id,
        type: 'statement',
        date,
        span: timeSpanOf(date),
        lane: speaker.id,
        ...(speaker.party ? { party: speaker.party } : {}),
        label: text,
        regions: [],
        source: source.id,
      });
    } else {
      const title = `Synthetic event ${i + 1} (not real)`;
      events.push({ id, source: source.id, evidence, date, title, regions: [] });
      items.push({
        id,
        type: 'event',
        date,
        span: timeSpanOf(date),
        lane: 'events',
        label: title,
        regions: [],
        source: source.id,
      });
    }
  }
  const order = (t: TimelineItem) => t.span.start ?? Infinity;
  items.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : 1));
  return {
    synthetic: true,
    items,
    facts: { statements, events, people, parties, sources: [source] },
  };
}
