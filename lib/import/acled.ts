import type { Conflict, FuzzyDate } from '../schema';
import { readCsvTable } from './csv-table';
import {
  EventDraft,
  addDays,
  coordinate,
  readDay,
  regionNamed,
  type EventImport,
  type ActorParties,
} from './event-rows';

/**
 * ACLED CSV exports (acleddata.com: one row per event) → draft events and places.
 *
 * Kept as ACLED gives them:
 * - `time_precision` 1 (the day is known) → that day; 2 (only the week is known; ACLED codes a
 *   day of it) → the seven days around that day, said so; 3 (only the month) → that month.
 * - `geo_precision` 1 (the place itself) → the place, with the coordinates as its point;
 *   2 (near the place or part of it) → the place without a point; 3 (a larger area) → the
 *   region only.
 * - `admin1` → the conflict's region; `location` → a place of the conflict, or a proposed one.
 * - `actor1`/`actor2` → named in the description, with the conflict's parties they map to.
 * - `source` (the reports ACLED coded from) and `notes` → the citation and the description;
 *   `fatalities` is ACLED's count, quoted as ACLED's.
 */

export const ACLED_REQUIRED = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

export interface ImportOptions {
  /** The file's name, for the source record. */
  fileName: string;
  /** The day of the import (YYYY-MM-DD), for the source record. */
  importedOn: string;
  /** Actor names to read as parties, beyond the parties' own names and aliases. */
  actorParties?: ActorParties;
}

function acledDate(day: string, precision: string): FuzzyDate | { error: string } {
  if (precision === '1') return { value: day, basis: 'explicit' };
  if (precision === '2')
    return {
      value: addDays(day, -3),
      end: addDays(day, 3),
      basis: 'explicit',
      note: `ACLED time precision 2: only the week is known; ACLED coded ${day}`,
    };
  if (precision === '3')
    return {
      value: day.slice(0, 7),
      basis: 'explicit',
      note: `ACLED time precision 3: only the month is known; ACLED coded ${day}`,
    };
  return { error: `“${precision}” is not an ACLED time precision (1, 2 or 3)` };
}

export function readAcled(text: string, conflict: Conflict, o: ImportOptions): EventImport {
  const table = readCsvTable(text, ACLED_REQUIRED);
  const out = new EventDraft(conflict, o.actorParties);
  out.problems.push(...table.problems);
  const sourceId = `acled-${o.importedOn}`;
  for (const { row, cells } of table.rows) {
    const c = (k: string) => cells[k] ?? '';
    const parsedDay = readDay(c('event_date'));
    if ('error' in parsedDay) {
      out.problem(row, 'event_date', `not read: the date ${parsedDay.error}`);
      continue;
    }
    const date = acledDate(parsedDay.day, c('time_precision'));
    if ('error' in date) {
      out.problem(row, 'time_precision', `not read: ${date.error}`);
      continue;
    }
    if (!c('event_id_cnty')) {
      out.problem(row, 'event_id_cnty', 'not read: the event has no id');
      continue;
    }
    const region = regionNamed(conflict, c('admin1'));
    if (!region && c('admin1'))
      out.problem(
        row,
        'admin1',
        `“${c('admin1')}” is no region of ${conflict.title}: the event is kept without one`,
      );
    const precision = c('geo_precision');
    if (!['1', '2', '3'].includes(precision))
      out.problem(row, 'geo_precision', `“${precision}” is not 1, 2 or 3: no place is drafted`);
    const lat = coordinate(c('latitude'), 90);
    const lon = coordinate(c('longitude'), 180);
    if (precision === '1' && (lat === null || lon === null))
      out.problem(row, 'latitude', 'the coordinates are missing or out of range: no point');
    const point =
      precision === '1' && lat !== null && lon !== null
        ? { lon, lat, text: `${c('latitude')}, ${c('longitude')} (ACLED, geo precision 1)` }
        : null;
    const place =
      precision === '1' || precision === '2' ? out.place(row, c('location'), region, point) : null;
    const actors = [c('actor1'), c('actor2'), c('assoc_actor_1'), c('assoc_actor_2')].filter(
      Boolean,
    );
    const parties = out.parties(row, actors);
    const fatalities = c('fatalities');
    const description = [
      c('notes'),
      actors.length ? `Actors (ACLED): ${actors.join('; ')}.` : '',
      parties.length ? `Parties of this dataset: ${parties.join(', ')}.` : '',
      /^\d+$/.test(fatalities) ? `Fatalities (ACLED’s count): ${fatalities}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const what = c('sub_event_type') || c('event_type') || 'Event';
    out.events.push({
      id: out.idFor(`acled-${c('event_id_cnty')}`),
      source: sourceId,
      date,
      title: c('location') ? `${what} in ${c('location')}` : what,
      ...(description ? { description } : {}),
      regions: region ? [region] : [],
      ...(place ? { places: [place] } : {}),
      evidence: {
        type: 'citation',
        note: `ACLED event ${c('event_id_cnty')}${c('source') ? `, coded from: ${c('source')}` : ''}${c('source_scale') ? ` (${c('source_scale')})` : ''}`,
      },
      review: 'pending',
    });
  }
  return out.result(
    {
      id: sourceId,
      publisher: 'ACLED (Armed Conflict Location & Event Data)',
      title: `ACLED export ${o.fileName}, imported ${o.importedOn}`,
      note: 'Check ACLED’s terms of use and attribution before publishing.',
    },
    table.total,
    o.fileName,
  );
}
