import type { Conflict, FuzzyDate } from '../schema';
import type { ImportOptions } from './acled';
import { readCsvTable } from './csv-table';
import { EventDraft, coordinate, readDay, regionNamed, type EventImport } from './event-rows';

/**
 * UCDP Georeferenced Event Dataset (GED) CSV (ucdp.uu.se: one row per event) → draft events.
 *
 * Kept as UCDP gives them:
 * - `date_start`/`date_end` → the day, or the span of days; `date_prec` is named in the note.
 * - deaths: `low`, `best` and `high` are quoted as UCDP's estimate and range, never one number
 *   for another; the sides' and civilians' counts beside them.
 * - `where_prec` 1 (the place itself) → the place with its point; 2 (within 25 km of it) → the
 *   place without a point; 3–4 (a district or province) → the region (`adm_1`); 5–7 (a
 *   stretch, the country, the sea) → neither.
 * - `side_a`/`side_b` → named in the description, with the conflict's parties they map to;
 *   `source_article` → the citation.
 */

export const UCDP_REQUIRED = [
  'id',
  'date_start',
  'date_end',
  'date_prec',
  'side_a',
  'side_b',
  'where_prec',
  'where_coordinates',
  'adm_1',
  'latitude',
  'longitude',
  'best',
  'high',
  'low',
] as const;

const DATE_PREC: Record<string, string> = {
  '1': 'the day is known',
  '2': 'known to within 2–6 days',
  '3': 'known to the week',
  '4': 'known to the month',
  '5': 'known to the year',
};

const VIOLENCE: Record<string, string> = {
  '1': 'state-based conflict',
  '2': 'non-state conflict',
  '3': 'one-sided violence',
};

export function readUcdp(text: string, conflict: Conflict, o: ImportOptions): EventImport {
  const table = readCsvTable(text, UCDP_REQUIRED);
  const out = new EventDraft(conflict, o.actorParties);
  out.problems.push(...table.problems);
  const sourceId = `ucdp-ged-${o.importedOn}`;
  for (const { row, cells } of table.rows) {
    const c = (k: string) => cells[k] ?? '';
    const start = readDay(c('date_start').slice(0, 10));
    if ('error' in start) {
      out.problem(row, 'date_start', `not read: the date ${start.error}`);
      continue;
    }
    const end = readDay((c('date_end') || c('date_start')).slice(0, 10));
    if ('error' in end) {
      out.problem(row, 'date_end', `not read: the date ${end.error}`);
      continue;
    }
    if (end.day < start.day) {
      out.problem(row, 'date_end', `not read: the event ends (${end.day}) before it starts`);
      continue;
    }
    if (!c('id')) {
      out.problem(row, 'id', 'not read: the event has no id');
      continue;
    }
    const prec = DATE_PREC[c('date_prec')];
    const date: FuzzyDate = {
      value: start.day,
      ...(end.day !== start.day ? { end: end.day } : {}),
      basis: 'explicit',
      ...(prec ? { note: `UCDP date precision ${c('date_prec')}: ${prec}` } : {}),
    };
    const where = Number(c('where_prec'));
    if (!(where >= 1 && where <= 7))
      out.problem(row, 'where_prec', `“${c('where_prec')}” is not 1–7: no place is drafted`);
    const adm1 = c('adm_1');
    const region = where >= 1 && where <= 4 ? regionNamed(conflict, adm1) : null;
    if (where >= 1 && where <= 4 && adm1 && !region)
      out.problem(
        row,
        'adm_1',
        `“${adm1}” is no region of ${conflict.title}: the event is kept without one`,
      );
    const lat = coordinate(c('latitude'), 90);
    const lon = coordinate(c('longitude'), 180);
    const point =
      where === 1 && lat !== null && lon !== null
        ? { lon, lat, text: `${c('latitude')}, ${c('longitude')} (UCDP GED, where_prec 1)` }
        : null;
    // "Hillcross town", "Kamyanka village (Donetsk)": the name, and the kind UCDP gives it.
    const named = /^(.*?)(?:\s+(town|village|city))?$/i.exec(
      c('where_coordinates').replace(/\s*\([^)]*\)\s*$/, ''),
    );
    const placeName = named?.[1] ?? '';
    const kind = named?.[2]?.toLowerCase() as 'town' | 'village' | 'city' | undefined;
    const place =
      where === 1 || where === 2 ? out.place(row, placeName, region, point, kind) : null;
    const sides = [c('side_a'), c('side_b')].filter(Boolean);
    const parties = out.parties(row, sides);
    const n = (k: string) => (/^\d+$/.test(c(k)) ? c(k) : null);
    const [best, low, high] = [n('best'), n('low'), n('high')];
    const deaths = best
      ? `Deaths (UCDP’s estimate): best ${best}${low && high ? `, range ${low}–${high}` : ''}` +
        (n('deaths_a') || n('deaths_b') || n('deaths_civilians')
          ? ` (side A ${n('deaths_a') ?? '?'}, side B ${n('deaths_b') ?? '?'}, civilians ${n('deaths_civilians') ?? '?'}, unknown ${n('deaths_unknown') ?? '?'})`
          : '') +
        '.'
      : '';
    const description = [
      VIOLENCE[c('type_of_violence')] ? `Type (UCDP): ${VIOLENCE[c('type_of_violence')]}.` : '',
      c('where_description') ? `Where (UCDP): ${c('where_description')}.` : '',
      sides.length ? `Sides (UCDP): ${sides.join('; ')}.` : '',
      parties.length ? `Parties of this dataset: ${parties.join(', ')}.` : '',
      deaths,
    ]
      .filter(Boolean)
      .join(' ');
    const label = c('dyad_name') || sides.join(' – ') || 'Event';
    out.events.push({
      id: out.idFor(`ucdp-${c('id')}`),
      source: sourceId,
      date,
      title: placeName ? `${label}, ${placeName}` : label,
      ...(description ? { description } : {}),
      regions: region ? [region] : [],
      ...(place ? { places: [place] } : {}),
      evidence: {
        type: 'citation',
        note: `UCDP GED event ${c('id')}${c('source_article') ? `, from: ${c('source_article')}` : ''}`,
      },
      review: 'pending',
    });
  }
  return out.result(
    {
      id: sourceId,
      publisher: 'Uppsala Conflict Data Program (UCDP)',
      title: `UCDP GED ${o.fileName}, imported ${o.importedOn}`,
      note: 'Cite UCDP GED as its codebook asks before publishing.',
    },
    table.total,
    o.fileName,
  );
}
