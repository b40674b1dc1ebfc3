/**
 * npx tsx lib/ingest/devset/rebuild.ts [--force] [--only id,id] [--check]
 *
 * Rebuilds the git-ignored article texts of the development set (`texts/<id>.txt`) on a machine
 * with web access: for each manifest entry whose text is missing (every entry with --force) it
 * fetches the URL, extracts the article text with the project's own HTML → text code
 * (`extractHtmlNode`, the code `npm run ingest` uses on a saved page) and writes it. Then it checks
 * every text present against the manifest's sha256 and says which match and which differ.
 * `--check` only checks; it fetches nothing.
 *
 * Expect differences. The baseline texts are the excerpts a stored copy of each page returned
 * (its opening, at most about 2,000 characters, with that store's own extraction); a live page
 * is longer, may have been edited, moved or removed, and our extractor keeps other lines. A
 * rebuilt text that differs is still useful for development, but its scores are not comparable
 * with the baseline in README.md, and truth quotes beyond the excerpt's end are not annotated.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractHtmlNode } from '../html-node';

interface Entry {
  id: string;
  url: string;
  sha256: string;
}

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const force = args.includes('--force');
const checkOnly = args.includes('--check');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;
const manifest = (
  JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Entry[]
).filter((e) => !only || only.has(e.id));
const textsDir = path.join(here, 'texts');
mkdirSync(textsDir, { recursive: true });
const textOf = (id: string) => path.join(textsDir, `${id}.txt`);
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url, {
    headers: { 'user-agent': 'faultline-devset-rebuild (+https://github.com/)' },
    redirect: 'follow',
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const html = await res.text();
  const article = extractHtmlNode(html);
  if (!article.text.trim()) throw new Error('no readable text in the page');
  return article.text;
}

async function main() {
  let fetched = 0;
  let failed = 0;
  if (!checkOnly) {
    for (const e of manifest) {
      if (existsSync(textOf(e.id)) && !force) continue;
      try {
        const text = await fetchText(e.url);
        writeFileSync(textOf(e.id), text);
        fetched++;
        console.log(`fetched ${e.id} (${text.length} characters)`);
      } catch (err) {
        failed++;
        console.log(`✗ ${e.id}: ${err instanceof Error ? err.message : String(err)} (${e.url})`);
      }
    }
  }
  let same = 0;
  const differ: string[] = [];
  let missing = 0;
  for (const e of manifest) {
    if (!existsSync(textOf(e.id))) {
      missing++;
      continue;
    }
    if (sha(readFileSync(textOf(e.id))) === e.sha256) same++;
    else differ.push(e.id);
  }
  for (const id of differ) console.log(`  differs from the manifest: ${id}`);
  console.log(
    `${manifest.length} articles: ${same} texts match the manifest's sha256, ${differ.length} differ, ${missing} missing` +
      (checkOnly ? '' : `; ${fetched} fetched now, ${failed} failed`),
  );
  if (differ.length)
    console.log(
      'Texts that differ are not the excerpts the baseline was measured on; their scores are not comparable with it (see README.md).',
    );
}

void main();
