/**
 * npm run ingest:eval [-- <folder|article.txt>…] [--conflict file] [--json] [--verbose]
 *   [--min-recall 0.9] [--min-precision 0.95]
 *
 * Scores the extractor on (article, expected facts) pairs: `<name>.txt|.html` beside
 * `<name>.expected.json` (or `<name>.json`), both in the fact-file format. Prints precision and
 * recall for statements (speaker + kind + words + date) and control figures (target +
 * controller + measure + date), per article and in total; with --verbose, every missed or extra
 * fact with its sentence and the fields that differ. Default: the ingest fixtures, the held-out
 * sets and the seed article.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFile, type SourceFile } from '../lib/schema';
import { ingestText } from '../lib/ingest/draft';
import { scoreDraft, sumScores, type Score } from '../lib/ingest/eval';
import { DEFAULT_CONFLICT, expandInputs, loadConflict, readArticleBytes } from './ingest-io';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

const args = process.argv.slice(2);
const conflictPath = argValue(args, '--conflict') ?? DEFAULT_CONFLICT;
const minRecall = Number(argValue(args, '--min-recall') ?? 0);
const minPrecision = Number(argValue(args, '--min-precision') ?? 0);
const json = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
const inputs = args.filter((a) => !a.startsWith('--') && a !== '-v');
// Default: the first fixtures, the two held-out sets (see lib/ingest/fixtures/HELDOUT.md) and the seed.
const targets = inputs.length
  ? inputs
  : [
      'lib/ingest/fixtures',
      'lib/ingest/fixtures/heldout',
      'lib/ingest/fixtures/heldout-2',
      'data/ukraine/sources/newsroom-2025-01-21.txt',
    ];

const c = loadConflict(conflictPath);
if (!c.ok) {
  console.error(`✗ ${c.message}`);
  process.exit(2);
}
const { files, missing } = expandInputs(targets);
for (const m of missing) console.error(`✗ not found: ${m}`);

interface Row {
  article: string;
  /** The publication date the extractor read from the text (null: the expected one was supplied). */
  publishedRead: string | null;
  publishedExpected: string | null;
  statements: Score;
  control: Score;
}
const rows: Row[] = [];
for (const file of files) {
  const base = file.replace(/\.(txt|html?)$/i, '');
  const expectedFile = [`${base}.expected.json`, `${base}.json`].find((f) => existsSync(f));
  if (!expectedFile) continue;
  let expected: SourceFile;
  try {
    const parsed = sourceFile.safeParse(JSON.parse(readFileSync(expectedFile, 'utf8')));
    if (!parsed.success) {
      console.error(`✗ ${expectedFile}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      continue;
    }
    expected = parsed.data;
  } catch (e) {
    console.error(`✗ ${expectedFile}: ${e instanceof Error ? e.message : String(e)}`);
    continue;
  }
  const read = readArticleBytes(readFileSync(file), file);
  if (!read.ok) {
    console.error(`✗ ${file}: ${read.reason}`);
    continue;
  }
  const result = ingestText(read.article.text, {
    conflict: c.conflict,
    published: read.article.published ?? undefined,
    sourceId: expected.sources[0]?.id,
  });
  // The expected date stands in only when the text gives none (as --published would).
  const draft = result.meta.published
    ? result.draft
    : ingestText(read.article.text, {
        conflict: c.conflict,
        published: expected.sources[0]?.published ?? null,
      }).draft;
  rows.push({
    article: path.basename(file),
    publishedRead: result.meta.published,
    publishedExpected: expected.sources[0]?.published ?? null,
    ...scoreDraft(expected, draft),
  });
}

const st = sumScores(rows.map((r) => r.statements));
const cf = sumScores(rows.map((r) => r.control));
const pct = (x: number) => x.toFixed(2);
if (json) {
  console.log(JSON.stringify({ articles: rows, total: { statements: st, control: cf } }, null, 2));
} else {
  const w = Math.max(8, ...rows.map((r) => r.article.length));
  console.log(`${'article'.padEnd(w)}  statements P   R   (n)   control P   R   (n)`);
  for (const r of rows) {
    console.log(
      `${r.article.padEnd(w)}  ${pct(r.statements.precision)} ${pct(r.statements.recall)} (${r.statements.matched}/${r.statements.expected}, ${r.statements.found} found)   ${pct(r.control.precision)} ${pct(r.control.recall)} (${r.control.matched}/${r.control.expected}, ${r.control.found} found)`,
    );
    if (verbose) {
      console.log(
        `    publication date: ${r.publishedRead ? `read ${r.publishedRead}${r.publishedRead === r.publishedExpected ? '' : ` (expected ${r.publishedExpected ?? 'none'})`}` : `not in the text; supplied ${r.publishedExpected ?? 'none'}`}`,
      );
      for (const [category, sc] of [
        ['statement', r.statements],
        ['control', r.control],
      ] as const) {
        for (const e of sc.errors) {
          console.log(`    ${e.type === 'missed' ? 'missed' : 'extra '} ${category}: ${e.fact}`);
          console.log(`        why: ${e.why}`);
          console.log(
            `        in:  “${e.sentence.length > 160 ? e.sentence.slice(0, 157) + '…' : e.sentence}”`,
          );
        }
      }
    }
  }
  console.log(
    `${'TOTAL'.padEnd(w)}  ${pct(st.precision)} ${pct(st.recall)} (${st.matched}/${st.expected}, ${st.found} found)   ${pct(cf.precision)} ${pct(cf.recall)} (${cf.matched}/${cf.expected}, ${cf.found} found)`,
  );
  const read = rows.filter((r) => r.publishedRead);
  console.log(
    `publication date read from the text: ${read.length}/${rows.length} articles, ${read.filter((r) => r.publishedRead === r.publishedExpected).length} correct`,
  );
  console.log(
    `statements: precision ${pct(st.precision)}, recall ${pct(st.recall)}; control figures: precision ${pct(cf.precision)}, recall ${pct(cf.recall)}`,
  );
}
const failed = [st, cf].some((s) => s.recall < minRecall || s.precision < minPrecision);
if (failed) {
  console.error(`✗ below the thresholds (recall ≥ ${minRecall}, precision ≥ ${minPrecision})`);
  process.exit(1);
}
if (!rows.length) {
  console.error('✗ no (article, expected facts) pairs found');
  process.exit(1);
}
