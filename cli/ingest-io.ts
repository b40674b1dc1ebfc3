/** File-system side of the ingest tool, shared by cli/ingest.ts and cli/ingest-eval.ts. */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { conflict as conflictSchema, type Conflict } from '../lib/schema';
import { extractHtmlNode } from '../lib/ingest/html-node';
import { looksLikeHtml } from '../lib/ingest/html';
import { decodeInput } from '../lib/ingest/input';

export const DEFAULT_CONFLICT = 'data/ukraine/conflict.json';

/** Every conflict bundled in `data/` (each `data/<id>/conflict.json` that reads), in folder order. */
export function bundledConflicts(dataDir = 'data'): { file: string; conflict: Conflict }[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .sort()
    .map((d) => path.join(dataDir, d, 'conflict.json'))
    .filter((f) => existsSync(f))
    .flatMap((file) => {
      const c = loadConflict(file);
      return c.ok ? [{ file, conflict: c.conflict }] : [];
    });
}

export function loadConflict(
  file: string,
): { ok: true; conflict: Conflict } | { ok: false; message: string } {
  if (!existsSync(file)) return { ok: false, message: `conflict file not found: ${file}` };
  try {
    const parsed = conflictSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success)
      return {
        ok: false,
        message: `${file} is not a valid conflict file: ${parsed.error.issues[0]?.message ?? ''}`,
      };
    return { ok: true, conflict: parsed.data };
  } catch (e) {
    return { ok: false, message: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export interface ReadArticle {
  text: string;
  html: boolean;
  title?: string | null;
  author?: string | null;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
}

/** Bytes → article text (HTML reduced to its main text). Never throws. */
export function readArticleBytes(
  bytes: Uint8Array,
  name: string,
): { ok: true; article: ReadArticle } | { ok: false; reason: string } {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return decoded;
  if (/\.html?$/i.test(name) || looksLikeHtml(decoded.text)) {
    try {
      const h = extractHtmlNode(decoded.text);
      if (!h.text.trim()) return { ok: false, reason: 'no readable text found in the HTML' };
      return {
        ok: true,
        article: {
          text: h.text,
          html: true,
          title: h.title,
          author: h.author,
          publisher: h.publisher,
          published: h.published,
          url: h.url,
        },
      };
    } catch (e) {
      return {
        ok: false,
        reason: `could not read the HTML: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  return { ok: true, article: { text: decoded.text, html: false } };
}

/** Files an argument names: a file, or the .txt/.html files of a folder (not drafts). */
export function expandInputs(args: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    if (a === '-') {
      files.push('-');
      continue;
    }
    if (!existsSync(a)) {
      missing.push(a);
      continue;
    }
    if (statSync(a).isDirectory()) {
      for (const f of readdirSync(a).sort())
        if (/\.(txt|html?)$/i.test(f) && !/\.draft(-\d+)?\.txt$/i.test(f))
          files.push(path.join(a, f));
    } else files.push(a);
  }
  return { files, missing };
}

/** A free name: `base.ext`, else `base-2.ext`, `base-3.ext`… */
export function freeName(dir: string, base: string, ext: string): string {
  let name = path.join(dir, `${base}${ext}`);
  for (let n = 2; existsSync(name); n++) name = path.join(dir, `${base}-${n}${ext}`);
  return name;
}

/** Writes `content` to `file` atomically and never over an existing file (throws EEXIST). */
export function writeNew(file: string, content: string): void {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  );
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
  } finally {
    unlinkSync(tmp);
  }
}

/** Writes under a free name, retrying if another process takes the name first. */
export function writeFree(dir: string, base: string, ext: string, content: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const file = freeName(dir, base, ext);
    try {
      writeNew(file, content);
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`could not find a free file name for ${base}${ext} in ${dir}`);
}
