import type { Conflict, ConflictEvent, Place, SourceFileInput } from '../schema';
import { SCHEMA_VERSION } from '../schema';
import { isValidDateValue } from '../dates/fuzzy-date';
import { findPlaceMentions } from '../dataset/gazetteer';
import { slugify } from '../ingest/text';
import type { RowProblem } from './csv-table';

/**
 * What the event-data importers (ACLED, UCDP) share: reading a date cell, finding a region
 * and a place of the conflict by name, proposing new places, and putting the draft together.
 * Everything they make is a draft (`review: "pending"`) for a person to check.
 */

/** A place the file names that the conflict does not list, proposed for review. */
export interface ProposedPlace extends Omit<Place, 'aliases'> {
  aliases: string[];
  /** Rows that name it. */
  rows: number[];
}

export interface EventImport {
  draft: SourceFileInput & { events: ConflictEvent[] };
  places: ProposedPlace[];
  problems: RowProblem[];
  /** Data rows in the file, and how many became events. */
  rows: number;
  imported: number;
  /** Actor names that matched no party of the conflict, with the rows that name them. */
  unmatchedActors: { name: string; rows: number[] }[];
}

/** The extra names, per party id, that an import reads as that party ("Military Forces of X"). */
export type ActorParties = Readonly<Record<string, readonly string[]>>;

/**
 * Reads `NAME=PARTY` lines (one per line, or given one by one) into actor names per party.
 * Each problem names the line; a party the conflict does not have is a problem too.
 */
export function parseActorParties(
  lines: readonly string[],
  conflict: Pick<Conflict, 'parties'>,
): { actors: Record<string, string[]>; problems: string[] } {
  const actors: Record<string, string[]> = {};
  const problems: string[] = [];
  const ids = new Set(conflict.parties.map((p) => p.id));
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const at = line.lastIndexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    const party = at > 0 ? line.slice(at + 1).trim() : '';
    if (!name || !party)
      return void problems.push(`line ${i + 1}: “${line.slice(0, 80)}” is not NAME=PARTY`);
    if (!ids.has(party))
      return void problems.push(
        `line ${i + 1}: “${party.slice(0, 40)}” is not a party of this conflict (${[...ids].join(', ')})`,
      );
    (actors[party] ??= []).push(name);
  });
  return { actors, problems };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A day as event files write it: `2024-03-18`, `18 March 2024` or `18-03-2024` (day first, as
 * ACLED's codebook gives it). `03/18/2024` is refused: day and month cannot be told apart.
 */
export function readDay(cell: string): { day: string } | { error: string } {
  const s = cell.trim();
  let y: string | undefined, m: string | undefined, d: string | undefined;
  let x = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (x) [, y, m, d] = x;
  else if ((x = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(s))) {
    const i = MONTHS.findIndex((n) => n.startsWith(x![2]!.toLowerCase()) && x![2]!.length >= 3);
    if (i < 0) return { error: `“${s}” names no month` };
    [y, m, d] = [x[3], String(i + 1).padStart(2, '0'), x[1]!.padStart(2, '0')];
  } else if ((x = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s))) [, d, m, y] = x;
  else if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(s))
    return { error: `“${s}” could be day/month or month/day; write it as YYYY-MM-DD` };
  else return { error: s ? `“${s}” is not a date` : 'is empty' };
  const day = `${y}-${m}-${d}`;
  return isValidDateValue(day) ? { day } : { error: `“${s}” is not a real day` };
}

/** The day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The region of the conflict an administrative-area name means ("Donetsk", "North Darfur
 * State"): a gazetteer name written exactly (any case), else the one region the name mentions.
 */
export function regionNamed(conflict: Conflict, name: string): string | null {
  const n = name.trim().toLowerCase();
  if (!n) return null;
  const groups = new Set(conflict.regionGroups.map((g) => g.id));
  const isRegion = (t: string) => !groups.has(t) && t !== conflict.country.id;
  for (const e of conflict.gazetteer)
    if (isRegion(e.target) && e.names.some((x) => x.toLowerCase() === n)) return e.target;
  const found = [...new Set(findPlaceMentions(conflict, name).map((m) => m.target))].filter(
    isRegion,
  );
  return found.length === 1 ? found[0]! : null;
}

/** The conflict's place of that name or alias (any case), if it lists one. */
export function placeNamed(conflict: Conflict, name: string): Place | null {
  const n = name.trim().toLowerCase();
  if (!n) return null;
  return (
    (conflict.places ?? []).find(
      (p) => p.name.toLowerCase() === n || p.aliases.some((a) => a.toLowerCase() === n),
    ) ?? null
  );
}

/**
 * The parties of the conflict an actor cell names ("Military Forces of Russia (2000-)" → russia):
 * a party's name, short name or alias, or a name `extra` gives it, as whole words.
 */
export function partiesNamed(
  conflict: Conflict,
  actor: string,
  extra: ActorParties = {},
): string[] {
  const a = ` ${actor.toLowerCase()} `;
  return conflict.parties
    .filter((p) =>
      [p.name, p.shortName, ...(p.aliases ?? []), ...(extra[p.id] ?? [])]
        .filter((n): n is string => !!n && n.length > 1)
        .some((n) => {
          const esc = n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(a);
        }),
    )
    .map((p) => p.id);
}

/** Collects events, proposed places and problems while rows are read, then makes the draft. */
export class EventDraft {
  readonly events: ConflictEvent[] = [];
  readonly problems: RowProblem[] = [];
  private readonly proposed = new Map<string, ProposedPlace>();
  private readonly ids = new Set<string>();
  private readonly unmatched = new Map<string, number[]>();

  constructor(
    readonly conflict: Conflict,
    private readonly actorParties: ActorParties = {},
  ) {}

  /** The parties a row's actors name; an actor that names none is kept for the report. */
  parties(row: number, actors: readonly string[]): string[] {
    const out = new Set<string>();
    for (const actor of actors) {
      const named = partiesNamed(this.conflict, actor, this.actorParties);
      if (named.length === 0) {
        const rows = this.unmatched.get(actor);
        if (rows) rows.push(row);
        else this.unmatched.set(actor, [row]);
      }
      for (const id of named) out.add(id);
    }
    return [...out];
  }

  problem(row: number, column: string | undefined, message: string): void {
    this.problems.push({ row, ...(column ? { column } : {}), message });
  }

  /** A fresh id for an event (the file's own id, made unique). */
  idFor(base: string): string {
    const slug = slugify(base, 60);
    let id = slug;
    for (let n = 2; this.ids.has(id); n++) id = `${slug}-${n}`;
    this.ids.add(id);
    return id;
  }

  /**
   * The place of an event: the conflict's own when it lists that name; else a proposed new
   * place in `region` (a point only when the file says the coordinates are the place's own).
   */
  place(
    row: number,
    name: string,
    region: string | null,
    point: { lon: number; lat: number; text: string } | null,
    kind?: Place['kind'],
  ): string | null {
    const known = placeNamed(this.conflict, name);
    if (known) return known.id;
    if (!name.trim() || !region) return null;
    // A name with nothing to make an id of (no Latin letter or digit) is left for the reader.
    if (!/[a-z0-9]/i.test(name.normalize('NFKD'))) return null;
    const id = slugify(name, 60);
    const have = this.proposed.get(id);
    if (have) {
      have.rows.push(row);
      return id;
    }
    this.proposed.set(id, {
      id,
      name: name.trim(),
      aliases: [],
      kind: kind ?? 'site',
      region,
      ...(point
        ? { point: [point.lon, point.lat] as [number, number], pointSource: { text: point.text } }
        : {}),
      note: kind
        ? 'proposed by an import: check its name'
        : 'proposed by an import: check its kind (city, town, village, camp, base or site) and name',
      rows: [row],
    });
    return id;
  }

  /** The draft, with the one source it cites (a data project: kind "analyst"). */
  result(
    source: { id: string; publisher: string; title: string; note: string },
    rows: number,
    fileName: string,
  ): EventImport {
    return {
      draft: {
        schemaVersion: SCHEMA_VERSION,
        sources: [{ ...source, published: null, kind: 'analyst' }],
        events: this.events,
        notes: [`Imported from ${fileName}: ${this.events.length} of ${rows} rows became events.`],
      },
      places: [...this.proposed.values()],
      problems: this.problems.sort((a, b) => a.row - b.row),
      rows,
      imported: this.events.length,
      unmatchedActors: [...this.unmatched]
        .map(([name, rows]) => ({ name, rows }))
        .sort((a, b) => b.rows.length - a.rows.length || a.name.localeCompare(b.name)),
    };
  }
}

/** A coordinate cell, or null when empty or out of range. */
export function coordinate(cell: string | undefined, max: number): number | null {
  if (!cell?.trim()) return null;
  const v = Number(cell);
  return Number.isFinite(v) && Math.abs(v) <= max ? v : null;
}
