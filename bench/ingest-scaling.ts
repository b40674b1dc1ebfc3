/**
 * npx tsx bench/ingest-scaling.ts [MB…] [--cli]: seconds to draft SYNTHETIC article text of
 * 0.1, 1 and 5 MB (issue 21, defect 6), with the library alone and (--cli) through
 * `npm run ingest` end to end. The text repeats the ingest fixtures' fictional paragraphs, each
 * copy numbered so no two paragraphs are identical; it is labelled synthetic in its first line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestText } from '../lib/ingest/draft';
import { conflict as conflictSchema } from '../lib/schema';

const FIXTURES = 'lib/ingest/fixtures';

/** About `bytes` of synthetic article text built from the fixtures' paragraphs. */
export function syntheticArticle(bytes: number): string {
  const paragraphs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap(
      (f) =>
        readFileSync(path.join(FIXTURES, f), 'utf8')
          .split(/\n\s*\n/)
          .slice(3), // skip each fixture's headline, byline and date lines
    )
    .filter((p) => p.trim().length > 40);
  const parts = ['SYNTHETIC TEST ARTICLE (generated for a benchmark; not real reporting)', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]!} (Synthetic paragraph ${i + 1}.)`;
    parts.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const cli = args.includes('--cli');
  const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
  const conflict = conflictSchema.parse(
    JSON.parse(readFileSync('data/ukraine/conflict.json', 'utf8')),
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'faultline-ingest-bench-'));
  try {
    for (const mb of sizes.length ? sizes : [0.1, 1, 5]) {
      // Just under the 5 MB input limit at "5".
      const text = syntheticArticle(Math.min(mb * 1048576, 5 * 1048576 - 4096));
      const t0 = performance.now();
      const r = ingestText(text, { conflict, published: '2024-03-08' });
      const lib = (performance.now() - t0) / 1000;
      const facts = r.draft.statements.length + r.draft.control.length + r.draft.events.length;
      let line = `${mb} MB synthetic (${(Buffer.byteLength(text) / 1048576).toFixed(2)} MB, ${facts} facts): library ${lib.toFixed(2)} s`;
      if (cli) {
        const file = path.join(dir, `synthetic-${mb}.txt`);
        writeFileSync(file, text);
        const t1 = performance.now();
        const c = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'cli/ingest.ts', file, '--published', '2024-03-08'],
          { encoding: 'utf8', maxBuffer: 1 << 30 },
        );
        line += `, CLI ${((performance.now() - t1) / 1000).toFixed(2)} s (exit ${c.status})`;
      }
      console.log(line);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /ingest-scaling\.ts$/.test(process.argv[1])) main();
