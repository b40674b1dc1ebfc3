/**
 * npm run ingest -- <article.txt|article.html|folder|->… [options]
 *
 *   --conflict <conflict.json>   the conflict whose people, places and parties to use
 *                                (default: the bundled conflict whose names the article uses,
 *                                said per article; none when it names none)
 *   --published <YYYY-MM-DD>     publication date when the text gives none (or to override it)
 *   --publisher <name>           the publisher's name for the source record
 *   --kind <kind>                what kind of publisher: wire, outlet, official, analyst,
 *                                state-media, aggregator or reference (validate asks for it)
 *   --url <url>                  the article's address
 *   --out <file|folder>          where to write (default: beside each input)
 *   --json                       print the draft (one input) or the summary (batch) as JSON
 *
 * Writes `<name>.draft.json` (the facts, every one `review: "pending"`), the article text it
 * quotes as `<name>.draft.txt` when the input is not already that text, and
 * `<name>.people.json` when it drafted new people (and organisations), `<name>.places.json` when
 * it drafted new places or parties (a capture of a town the conflict does not list). Never overwrites: an existing name gets a
 * numbered sibling. Writes atomically (temporary file, then a hard link that fails if the name
 * is taken). Bad input gets a message, never a crash.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { draftSourceId, ingestText, type IngestResult } from '../lib/ingest/draft';
import { MAX_FILE_BYTES } from '../lib/dataset/read-file';
import { MAX_INPUT_BYTES } from '../lib/ingest/input';
import { toPerson, validateDraft } from '../lib/ingest/validate-draft';
import { isValidDateValue } from '../lib/dates/fuzzy-date';
import { formatFuzzyDate } from '../lib/dates/fuzzy-date';
import { describeMeasure } from '../lib/measure/describe';
import { detectConflict, unknownConflict } from '../lib/ingest/detect-conflict';
import {
  bundledConflicts,
  DEFAULT_CONFLICT,
  expandInputs,
  loadConflict,
  readArticleBytes,
  freeName,
  writeFree,
  writeNew,
} from './ingest-io';
import type { Conflict } from '../lib/schema';
import { SOURCE_KINDS, type SourceKind } from '../lib/schema';

interface Options {
  conflict: string;
  /** --conflict was given: use it for every article instead of detecting one. */
  conflictGiven?: boolean;
  published?: string;
  publisher?: string;
  kind?: SourceKind;
  url?: string;
  out?: string;
  json: boolean;
  inputs: string[];
}

export function parseArgs(
  argv: readonly string[],
): { ok: true; options: Options } | { ok: false; message: string } {
  const o: Options = { conflict: DEFAULT_CONFLICT, json: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--conflict') {
        o.conflict = value();
        o.conflictGiven = true;
      } else if (a === '--published') o.published = value();
      else if (a === '--publisher') o.publisher = value();
      else if (a === '--kind') {
        const k = value();
        if (!(SOURCE_KINDS as readonly string[]).includes(k))
          return {
            ok: false,
            message: `--kind must be one of ${SOURCE_KINDS.join(', ')} (got "${k}")`,
          };
        o.kind = k as SourceKind;
      } else if (a === '--url') o.url = value();
      else if (a === '--out') o.out = value();
      else if (a === '--json') o.json = true;
      else if (a === '--help' || a === '-h') return { ok: false, message: 'help' };
      else if (a.startsWith('--')) return { ok: false, message: `unknown option ${a}` };
      else o.inputs.push(a);
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
  if (
    o.published !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(o.published) || !isValidDateValue(o.published))
  ) {
    return {
      ok: false,
      message: `--published must be a real day as YYYY-MM-DD (got "${o.published}")`,
    };
  }
  if (!o.inputs.length)
    return { ok: false, message: 'give an article file, a folder, or - for standard input' };
  return { ok: true, options: o };
}

/** Source ids already used by fact files in the given folders (a draft must not reuse one). */
function sourceIdsIn(dirs: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.json')) continue;
      try {
        const data = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
          sources?: { id?: unknown }[];
        };
        for (const s of data.sources ?? []) if (typeof s.id === 'string') ids.add(s.id);
      } catch {
        // not a fact file
      }
    }
  }
  return ids;
}

function regionIdsBeside(conflictFile: string): string[] {
  const file = path.join(path.dirname(conflictFile), 'regions.geojson');
  try {
    const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    return fc.features.map((f) =>
      String(f.id ?? (f.properties as { iso_3166_2?: string } | null)?.iso_3166_2 ?? ''),
    );
  } catch {
    return [];
  }
}

/**
 * All of standard input, or null once it passes MAX_INPUT_BYTES: cutting it there would draft
 * an article that stops mid-word, so the caller refuses it instead.
 */
async function readStdin(): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_INPUT_BYTES) {
      process.stdin.destroy();
      return null;
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const STDIN_TOO_BIG = `standard input is over the ${MAX_INPUT_BYTES / 1048576} MB limit (${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes); nothing was drafted`;

/**
 * Why a draft of `bytes` must not be written: `npm run validate` refuses data files over
 * MAX_FILE_BYTES, so such a draft could never be used (a long list of short sentences can
 * draft ten times its own size).
 */
export function draftSizeProblem(bytes: number, limit: number = MAX_FILE_BYTES): string | null {
  if (bytes <= limit) return null;
  return `the draft would be ${(bytes / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit of a data file that validate accepts; nothing was written (split the article)`;
}

export interface FileOutcome {
  input: string;
  ok: boolean;
  message?: string;
  draft?: string;
  statements?: number;
  events?: number;
  control?: number;
  claims?: number;
  newPeople?: number;
  problems?: string[];
  /** The conflict the article was drafted for, and how it was chosen. */
  conflict?: string;
  conflictNote?: string;
  result?: IngestResult;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function summarize(r: IngestResult, nameOf: (id: string) => string): string {
  const d = r.draft;
  const src = d.sources[0];
  const lines = [
    `  title:     ${src?.title ?? '—'}`,
    `  author:    ${src?.author ?? 'not found'}`,
    `  published: ${src?.published ?? 'NOT FOUND (give --published YYYY-MM-DD)'}${src?.updated ? `   updated: ${src.updated}` : ''}`,
    `  kind:      ${src?.kind ?? `NOT GIVEN (give --kind ${SOURCE_KINDS.join('|')})`}`,
  ];
  for (const s of d.statements)
    lines.push(
      `  [${(s.confidence ?? 0).toFixed(2)}] ${s.kind.padEnd(10)} ${short(nameOf(s.speaker), 22).padEnd(22)} ${formatFuzzyDate(s.date).padEnd(16)} “${short(s.text, 70)}”`,
    );
  for (const c of d.control)
    lines.push(
      `  [${(c.confidence ?? 0).toFixed(2)}] control    ${c.target.padEnd(22)} ${formatFuzzyDate(c.asOf).padEnd(16)} ${c.controller} ${describeMeasure(c.measure)}${c.status === 'claimed' ? ` (claimed by ${c.claimant ?? '?'})` : ''}`,
    );
  for (const e of d.events)
    lines.push(
      `  [${(e.confidence ?? 0).toFixed(2)}] event      ${short(e.title, 40).padEnd(40)} ${formatFuzzyDate(e.date)}`,
    );
  for (const c of d.claims)
    lines.push(
      `  [${(c.confidence ?? 0).toFixed(2)}] claim      ${c.claimant} → ${c.regions.join(', ')}`,
    );
  for (const n of d.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    if (parsed.message === 'help') {
      console.log(
        'usage: npm run ingest -- <article.txt|article.html|folder|->… [--conflict file] [--published YYYY-MM-DD] [--publisher name] [--kind kind] [--url url] [--out file|folder] [--json]',
      );
      return 0;
    }
    console.error(
      `✗ ${parsed.message}\nusage: npm run ingest -- <article.txt|article.html|folder|->… [--conflict file] [--published YYYY-MM-DD] [--out file|folder] [--json]`,
    );
    return 2;
  }
  const o = parsed.options;
  const c = loadConflict(o.conflict);
  if (!c.ok) {
    console.error(`✗ ${c.message}`);
    return 2;
  }
  const bundled = o.conflictGiven ? [] : bundledConflicts();
  /** The conflict for one article: --conflict, else the bundled one it names, else none. */
  const conflictFor = (
    text: string,
  ): { file: string | null; conflict: Conflict; regionIds: string[]; note: string } => {
    if (o.conflictGiven)
      return {
        file: o.conflict,
        conflict: c.conflict,
        regionIds: regionIdsBeside(o.conflict),
        note: `conflict: ${c.conflict.id} (--conflict)`,
      };
    const guess = detectConflict(
      text,
      bundled.map((b) => b.conflict),
    );
    const hit = guess && bundled.find((b) => b.conflict === guess.conflict);
    if (guess && hit)
      return {
        file: hit.file,
        conflict: hit.conflict,
        regionIds: regionIdsBeside(hit.file),
        note: `conflict: ${hit.conflict.id}, detected from the names ${guess.names
          .slice(0, 5)
          .map((n) => `“${n}”`)
          .join(', ')} (pass --conflict to choose another)`,
      };
    return {
      file: null,
      conflict: unknownConflict(),
      regionIds: [],
      note: `conflict: none of the bundled ones (${bundled.map((b) => b.conflict.id).join(', ')}) is named in the text; people, organisations and places are drafted as new, and no control figure is given a place (pass --conflict to choose one)`,
    };
  };
  const { files, missing } = expandInputs(o.inputs);
  for (const m of missing) console.error(`✗ ${m}: no such file or folder`);
  if (!files.length) {
    console.error('✗ nothing to ingest (folders are searched for .txt and .html files)');
    return 1;
  }
  const batch = files.length > 1;
  const outIsDir =
    !!o.out &&
    (batch || (existsSync(o.out) && statSync(o.out).isDirectory()) || o.out.endsWith('/'));
  if (o.out && outIsDir) mkdirSync(o.out, { recursive: true });
  const outcomes: FileOutcome[] = [];
  const tty = process.stderr.isTTY;

  for (const [i, file] of files.entries()) {
    if (batch) {
      const width = 24;
      const filled = Math.round(((i + 1) / files.length) * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${i + 1}/${files.length} ${short(path.basename(file), 40)}`;
      if (tty) process.stderr.write(`\r${bar.padEnd(80)}`);
      else process.stderr.write(`${bar}\n`);
    }
    const outcome: FileOutcome = { input: file, ok: false };
    outcomes.push(outcome);
    try {
      let bytes: Buffer;
      if (file === '-') {
        const piped = await readStdin();
        if (!piped) {
          outcome.message = STDIN_TOO_BIG;
          continue;
        }
        bytes = piped;
      } else {
        const size = statSync(file).size;
        if (size > MAX_INPUT_BYTES) {
          outcome.message = `the file is ${(size / 1048576).toFixed(1)} MB, over the 5 MB limit`;
          continue;
        }
        bytes = readFileSync(file);
      }
      const read = readArticleBytes(bytes, file);
      if (!read.ok) {
        outcome.message = read.reason;
        continue;
      }
      const art = read.article;
      const inputBase = file === '-' ? 'stdin' : path.basename(file).replace(/\.(txt|html?)$/i, '');
      const dir = o.out
        ? outIsDir
          ? o.out
          : path.dirname(o.out)
        : file === '-'
          ? process.cwd()
          : path.dirname(file);
      const base =
        o.out && !outIsDir
          ? path
              .basename(o.out)
              .replace(/\.json$/i, '')
              .replace(/\.draft$/, '')
          : inputBase;
      // The evidence must be found in a text shipped beside the draft: reuse the input when it
      // is that exact text, else write the text we read.
      const reuseInput =
        file !== '-' &&
        !art.html &&
        path.resolve(path.dirname(file)) === path.resolve(dir) &&
        !/\r|^\uFEFF/.test(art.text);
      mkdirSync(dir, { recursive: true });
      const chosen = conflictFor(art.text);
      outcome.conflict = chosen.conflict.id;
      outcome.conflictNote = chosen.note;
      // The id from the header alone: drafting the whole article just to learn it doubled the
      // time of every run.
      const wanted = draftSourceId(art.text, {
        conflict: chosen.conflict,
        published: o.published ?? art.published ?? undefined,
        ...((o.publisher ?? art.publisher)
          ? { publisher: (o.publisher ?? art.publisher) as string }
          : {}),
      });
      const taken = sourceIdsIn([
        dir,
        ...(chosen.file ? [path.join(path.dirname(chosen.file), 'sources')] : []),
      ]);
      let sourceId = wanted;
      for (let n = 2; taken.has(sourceId); n++) sourceId = `${wanted}-${n}`;
      const textName = reuseInput
        ? path.basename(file)
        : path.basename(freeName(dir, `${base}.draft`, '.txt'));
      const result = ingestText(art.text, {
        conflict: chosen.conflict,
        published: o.published ?? art.published ?? undefined,
        ...((o.publisher ?? art.publisher)
          ? { publisher: (o.publisher ?? art.publisher) as string }
          : {}),
        ...((o.url ?? art.url) ? { url: (o.url ?? art.url) as string } : {}),
        ...(o.kind ? { kind: o.kind } : {}),
        textFile: textName,
        sourceId,
      });
      outcome.result = result;
      const problems = validateDraft(
        result.draft,
        chosen.conflict,
        chosen.regionIds,
        result.text,
        result.newPeople,
        result,
      );
      outcome.problems = problems;
      const draftJson = `${JSON.stringify(result.draft, null, 2)}\n`;
      const tooBig = draftSizeProblem(Buffer.byteLength(draftJson));
      if (tooBig) {
        outcome.message = tooBig;
        continue;
      }
      if (!reuseInput) writeNew(path.join(dir, textName), result.text);
      outcome.draft = writeFree(dir, `${base}.draft`, '.json', draftJson);
      if (result.newPeople.length) {
        writeFree(
          dir,
          `${base}.people`,
          '.json',
          `${JSON.stringify({ note: 'People drafted from the article; review, then add them to conflict.json.', people: result.newPeople.map(toPerson) }, null, 2)}\n`,
        );
      }
      if (result.newPlaces.length || result.newParties.length) {
        writeFree(
          dir,
          `${base}.places`,
          '.json',
          `${JSON.stringify(
            {
              note: 'Places and parties drafted from the article; review, give each place its region, then add them to conflict.json.',
              places: result.newPlaces,
              parties: result.newParties,
            },
            null,
            2,
          )}\n`,
        );
      }
      Object.assign(outcome, {
        ok: true,
        statements: result.draft.statements.length,
        events: result.draft.events.length,
        control: result.draft.control.length,
        claims: result.draft.claims.length,
        newPeople: result.newPeople.length,
      });
    } catch (e) {
      outcome.message = `could not ingest: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  if (batch && tty) process.stderr.write('\n');

  if (o.json) {
    if (!batch && outcomes[0]?.result)
      console.log(JSON.stringify(outcomes[0].result.draft, null, 2));
    else
      console.log(
        JSON.stringify(
          outcomes.map(({ result: _r, ...rest }) => rest),
          null,
          2,
        ),
      );
  } else {
    for (const out of outcomes) {
      if (!out.ok) {
        console.error(`✗ ${out.input}: ${out.message ?? 'failed'}`);
        continue;
      }
      console.log(`✓ ${out.input} → ${out.draft}`);
      if (out.conflictNote) console.log(`  ${out.conflictNote}`);
      const added = out.result?.newPeople ?? [];
      const listed = [...bundled.map((b) => b.conflict), c.conflict].find(
        (x) => x.id === out.conflict,
      );
      const nameOf = (id: string) => listed?.people.find((p) => p.id === id)?.name ?? id;
      if (!batch && out.result)
        console.log(
          summarize(out.result, (id) => added.find((p) => p.id === id)?.name ?? nameOf(id)),
        );
      for (const p of out.problems ?? []) console.log(`  ! validation: ${p}`);
    }
    if (batch) {
      const w = Math.max(7, ...outcomes.map((x) => path.basename(x.input).length));
      console.log(`\n${'article'.padEnd(w)}  stmts events control claims people  result`);
      for (const x of outcomes) {
        const n = (v: number | undefined) => String(v ?? '-').padStart(5);
        console.log(
          `${path.basename(x.input).padEnd(w)}  ${n(x.statements)} ${n(x.events)}  ${n(x.control)}  ${n(x.claims)}  ${n(x.newPeople)}  ${x.ok ? (x.problems?.length ? `${x.problems.length} problem(s)` : 'ok') : `✗ ${x.message ?? ''}`}`,
        );
      }
      const ok = outcomes.filter((x) => x.ok).length;
      console.log(`${ok} of ${outcomes.length} drafted; every fact is review: pending.`);
    }
  }
  return outcomes.every((x) => x.ok) && !missing.length ? 0 : 1;
}

const isMain = process.argv[1] && /ingest\.ts$/.test(process.argv[1]);
if (isMain) {
  main()
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      console.error(`✗ unexpected error: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
