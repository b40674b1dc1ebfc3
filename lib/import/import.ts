import { SCHEMA_VERSION, type Conflict } from '../schema';
import { readAcled, type ImportOptions } from './acled';
import type { EventImport } from './event-rows';
import { fromTimelineJs } from './timelinejs';
import { readUcdp } from './ucdp';

export type ImportFormat = 'acled' | 'ucdp' | 'timelinejs';

export { MAX_IMPORT_BYTES } from './limits';

/** The format a file is in, told from its first line (CSV) or its shape (JSON); null if none. */
export function detectFormat(text: string): ImportFormat | null {
  const head = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .toLowerCase();
  const cols = new Set(head.split(',').map((c) => c.trim().replace(/^"|"$/g, '')));
  if (cols.has('event_id_cnty') && cols.has('geo_precision')) return 'acled';
  if (cols.has('where_prec') && cols.has('date_prec')) return 'ucdp';
  if (/^\s*\{/.test(text)) return 'timelinejs';
  return null;
}

/**
 * One file of event data → a draft source file, proposed places and every problem. ACLED and
 * UCDP need the conflict (its regions and places); a TimelineJS document does not. Problems of
 * a TimelineJS document have row 0 and the JSON path as their column.
 */
export function importEvents(
  format: ImportFormat,
  text: string,
  conflict: Conflict | null,
  o: ImportOptions,
): EventImport {
  if (format !== 'timelinejs' && !conflict)
    return {
      draft: { schemaVersion: SCHEMA_VERSION, sources: [], events: [] },
      places: [],
      problems: [{ row: 0, message: 'an ACLED or UCDP file needs a conflict for its regions' }],
      rows: 0,
      imported: 0,
      unmatchedActors: [],
    };
  if (format === 'acled') return readAcled(text, conflict!, o);
  if (format === 'ucdp') return readUcdp(text, conflict!, o);
  const sourceId = `timelinejs-${o.importedOn}`;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return {
      draft: { schemaVersion: SCHEMA_VERSION, sources: [], events: [] },
      places: [],
      problems: [{ row: 0, message: `not JSON: ${(e as Error).message}` }],
      rows: 0,
      imported: 0,
      unmatchedActors: [],
    };
  }
  const r = fromTimelineJs(doc, { sourceId });
  const slides = (doc as { events?: unknown })?.events;
  return {
    draft: {
      schemaVersion: SCHEMA_VERSION,
      sources: [
        {
          id: sourceId,
          publisher: 'TimelineJS document',
          title: `${o.fileName}, imported ${o.importedOn}`,
          published: null,
        },
      ],
      statements: r.statements,
      events: r.events,
      notes: [`Imported from ${o.fileName}.`],
    },
    places: [],
    problems: r.problems.map((p) => ({ row: 0, column: p.path, message: p.message })),
    rows: Array.isArray(slides) ? slides.length : 0,
    imported: r.statements.length + r.events.length,
    unmatchedActors: [],
  };
}
