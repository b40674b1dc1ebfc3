/**
 * npm run import -- <file.csv|file.json> [options]
 *
 *   --conflict <id|conflict.json>   the conflict whose regions, places and parties to use
 *                                   (default: the bundled conflict whose regions the file
 *                                   names most, said so)
 *   --format acled|ucdp|timelinejs  (default: told from the file: ACLED's and UCDP GED's
 *                                   columns, or a TimelineJS document)
 *   --out <folder>                  where to write (default: beside the file)
 *   --json                          print the summary as JSON
 *
 * Imports draft, never publish: writes `<name>.draft.json` (a source file whose every fact is
 * `review: "pending"`) and `<name>.places.json` when the file locates places the conflict does
 * not list, never over an existing file, and lists every row it could not read or read only in
 * part (row, column, why). Bad input gets a message, never a crash.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Conflict } from '../lib/schema';
import { sourceFile } from '../lib/schema';
import {
  detectFormat,
  importEvents,
  MAX_IMPORT_BYTES,
  type ImportFormat,
} from '../lib/import/import';
import { bundledConflicts, loadConflict, writeFree } from './ingest-io';

type Format = ImportFormat;

interface Options {
  file: string;
  conflict?: string;
  format?: Format;
  out?: string;
  json: boolean;
}

export function parseImportArgs(
  argv: readonly string[],
): { ok: true; options: Options } | { ok: false; message: string } {
  const o: Partial<Options> & { json: boolean } = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--conflict') o.conflict = value();
      else if (a === '--format') {
        const f = value();
        if (f !== 'acled' && f !== 'ucdp' && f !== 'timelinejs')
          return { ok: false, message: `--format must be acled, ucdp or timelinejs (got "${f}")` };
        o.format = f;
      } else if (a === '--out') o.out = value();
      else if (a === '--json') o.json = true;
      else if (a.startsWith('--')) return { ok: false, message: `unknown option ${a}` };
      else if (o.file) return { ok: false, message: 'give one file to import' };
      else o.file = a;
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  if (!o.file)
    return { ok: false, message: 'give a file to import (ACLED or UCDP CSV, TimelineJS JSON)' };
  return { ok: true, options: o as Options };
}

const today = () => new Date().toISOString().slice(0, 10);

function readEvents(format: 'acled' | 'ucdp', text: string, conflict: Conflict, file: string) {
  return importEvents(format, text, conflict, {
    fileName: path.basename(file),
    importedOn: today(),
  });
}

/** The bundled conflict whose regions most rows name (at least one), or null. */
function likelyConflict(format: 'acled' | 'ucdp', text: string, file: string) {
  let best: { conflict: Conflict; n: number } | null = null;
  for (const { conflict } of bundledConflicts()) {
    const r = readEvents(format, text, conflict, file);
    const n = r.draft.events.filter((e) => e.regions?.length).length;
    if (n > 0 && (!best || n > best.n)) best = { conflict, n };
  }
  return best;
}

export function main(argv = process.argv.slice(2)): number {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    console.error(`✗ ${parsed.message}`);
    return 2;
  }
  const o = parsed.options;
  if (!existsSync(o.file) || !statSync(o.file).isFile()) {
    console.error(`✗ ${o.file}: no such file`);
    return 1;
  }
  if (statSync(o.file).size > MAX_IMPORT_BYTES) {
    console.error(`✗ ${o.file}: larger than ${MAX_IMPORT_BYTES / 1e6} MB; split it`);
    return 1;
  }
  const text = readFileSync(o.file, 'utf8');
  const format = o.format ?? detectFormat(text);
  if (!format) {
    console.error(
      `✗ ${o.file}: not an ACLED or UCDP GED CSV (no event_id_cnty/geo_precision or where_prec/date_prec columns) nor a TimelineJS document; pass --format`,
    );
    return 1;
  }
  let conflict: Conflict | null = null;
  let said = '';
  if (o.conflict) {
    const file = o.conflict.endsWith('.json')
      ? o.conflict
      : path.join('data', o.conflict, 'conflict.json');
    const c = loadConflict(file);
    if (!c.ok) {
      console.error(`✗ ${c.message}`);
      return 1;
    }
    conflict = c.conflict;
  } else if (format !== 'timelinejs') {
    const best = likelyConflict(format, text, o.file);
    if (!best) {
      console.error(
        `✗ ${o.file}: no bundled conflict has the regions this file names; pass --conflict`,
      );
      return 1;
    }
    conflict = best.conflict;
    said = `conflict: ${conflict.id} (its regions are named in ${best.n} rows; pass --conflict to choose another)`;
  }

  const dir = o.out ?? path.dirname(o.file);
  const base = path.basename(o.file).replace(/\.(csv|json)$/i, '');
  const result = importEvents(format, text, conflict, {
    fileName: path.basename(o.file),
    importedOn: today(),
  });
  if (!result.draft.sources.length) {
    console.error(`✗ ${o.file}: ${result.problems[0]?.message ?? 'nothing to import'}`);
    return 1;
  }
  const check = sourceFile.safeParse(result.draft);
  if (!check.success) {
    console.error(`✗ the draft does not validate: ${check.error.issues[0]?.message ?? ''}`);
    return 1;
  }
  const written: string[] = [];
  if (result.imported || result.places.length) mkdirSync(dir, { recursive: true });
  if (result.imported)
    written.push(
      writeFree(dir, `${base}.draft`, '.json', `${JSON.stringify(result.draft, null, 2)}\n`),
    );
  if (result.places.length)
    written.push(
      writeFree(
        dir,
        `${base}.places`,
        '.json',
        `${JSON.stringify({ places: result.places.map(({ rows: _rows, ...p }) => p) }, null, 2)}\n`,
      ),
    );
  if (o.json) {
    console.log(
      JSON.stringify({ format, conflict: conflict?.id ?? null, ...result, written }, null, 2),
    );
    return result.imported ? 0 : 1;
  }
  console.log(
    `${format}: ${result.imported} of ${result.rows} ${format === 'timelinejs' ? 'slides' : 'rows'} imported as drafts (review: pending)`,
  );
  if (said) console.log(said);
  for (const f of written) console.log(`wrote ${f}`);
  for (const p of result.places)
    console.log(
      `  + place proposed: ${p.name} (${p.region}${p.point ? ', with its point' : ''}), rows ${p.rows.join(', ')}`,
    );
  for (const p of result.problems)
    console.log(
      `  ! ${p.row ? `row ${p.row}` : 'document'}${p.column ? `, ${p.column}` : ''}: ${p.message}`,
    );
  return result.imported ? 0 : 1;
}

const isMain = process.argv[1] && /import\.ts$/.test(process.argv[1]);
if (isMain) {
  try {
    process.exit(main());
  } catch (e) {
    console.error(`✗ unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
