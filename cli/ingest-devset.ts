/**
 * npm run ingest:devset [-- --split tune|test|all] [--dir lib/ingest/devset]
 *   [--conflict data/ukraine/conflict.json] [--timeout 20000] [--verbose] [--json]
 *
 * Scores today's extractor on the real-article development set (lib/ingest/devset/README.md):
 * each text in `<dir>/texts/` (git-ignored; `npx tsx lib/ingest/devset/rebuild.ts` fetches them)
 * is drafted with `ingestText` in a child process, with a time limit per article, and matched
 * against `<dir>/truth/<id>.truth.json` by name. Prints, per article and per half (tune, test):
 * statement precision/recall (speaker, kind and words right), statement dates right, figure
 * precision/recall (place, party, measure and date right), publication dates found, crashes and
 * timeouts, and the failure categories with counts. Articles without a text are skipped with a
 * line saying so; the exit code is 0 unless the manifest or the conflict file cannot be read.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestText } from '../lib/ingest/draft';
import {
  categories,
  contextOf,
  draftView,
  ratio,
  scoreArticle,
  totals,
  type ArticleScore,
  type DraftView,
  type Truth,
} from '../lib/ingest/devset/score';
import { detectConflict, unknownConflict } from '../lib/ingest/detect-conflict';
import { bundledConflicts, DEFAULT_CONFLICT, loadConflict } from './ingest-io';

interface ManifestEntry {
  id: string;
  url: string;
  publisher: string;
  conflict: string;
  houseStyle: string;
  split: 'tune' | 'test';
  sha256: string;
  chars: number;
}

type WorkerMessage =
  | { type: 'start'; id: string }
  | { type: 'done'; id: string; view: DraftView; ms: number; conflict: string }
  | { type: 'crash'; id: string; error: string }
  | { type: 'end' };

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

const args = process.argv.slice(2);
const dir = argValue(args, '--dir') ?? 'lib/ingest/devset';
/** With --conflict, that conflict for every article; without, the bundled one each article names (else Ukraine). */
const conflictArg = argValue(args, '--conflict');
const conflictPath = conflictArg ?? DEFAULT_CONFLICT;
const splitArg = argValue(args, '--split') ?? 'all';
const timeoutMs = Number(argValue(args, '--timeout') ?? 20_000);
const verbose = args.includes('--verbose') || args.includes('-v');
const json = args.includes('--json');
const textPath = (id: string) => path.join(dir, 'texts', `${id}.txt`);

if (args.includes('--worker')) runWorker();
else void main();

/** Child: drafts each article it is sent and reports back, one message per article. */
function runWorker() {
  const c = loadConflict(conflictPath);
  if (!c.ok) throw new Error(c.message);
  const all = conflictArg ? [] : bundledConflicts().map((b) => b.conflict);
  process.on('message', (msg: { ids: string[] }) => {
    for (const id of msg.ids) {
      process.send!({ type: 'start', id } satisfies WorkerMessage);
      const t0 = performance.now();
      try {
        const text = readFileSync(textPath(id), 'utf8');
        // As `npm run ingest` does without --conflict: the bundled conflict the text names.
        const conflict = all.length
          ? (detectConflict(text, all)?.conflict ?? unknownConflict())
          : c.conflict;
        // No --published: the date must come from the text, as for a journalist's pasted article.
        const result = ingestText(text, { conflict });
        const view = draftView(result, conflict);
        process.send!({
          type: 'done',
          id,
          view,
          ms: Math.round(performance.now() - t0),
          conflict: conflict.id,
        } satisfies WorkerMessage);
      } catch (e) {
        process.send!({
          type: 'crash',
          id,
          error: e instanceof Error ? e.message : String(e),
        } satisfies WorkerMessage);
      }
    }
    // Exit only once the last message has gone out.
    process.send!({ type: 'end' } satisfies WorkerMessage, () => process.exit(0));
  });
}

/** Parent: runs the articles in a child, restarting it after a timeout. */
function draftAll(
  ids: string[],
): Promise<Map<string, Exclude<WorkerMessage, { type: 'end' }> | { type: 'timeout' }>> {
  const out = new Map<string, Exclude<WorkerMessage, { type: 'end' }> | { type: 'timeout' }>();
  return new Promise((resolve) => {
    let queue = [...ids];
    const next = () => {
      if (!queue.length) return resolve(out);
      const child: ChildProcess = fork(process.argv[1]!, ['--worker', ...process.argv.slice(2)], {
        execArgv: process.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let current: string | null = null;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        if (current && !out.has(current))
          out.set(current, { type: 'crash', id: current, error: 'the child process ended' });
        queue = queue.filter((id) => !out.has(id));
        next();
      };
      child.on('message', (m: WorkerMessage) => {
        if (m.type === 'end') return;
        if (m.type === 'start') {
          current = m.id;
          clearTimeout(timer);
          timer = setTimeout(() => {
            out.set(m.id, { type: 'timeout' });
            child.kill('SIGKILL');
          }, timeoutMs);
        } else {
          clearTimeout(timer);
          out.set(m.id, m);
          current = null;
        }
      });
      child.on('exit', finish);
      child.send({ ids: queue });
    };
    next();
  });
}

async function main() {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(`✗ no manifest at ${manifestFile}`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestEntry[];
  const c = loadConflict(conflictPath);
  if (!c.ok) {
    console.error(`✗ ${c.message}`);
    process.exit(2);
  }
  const contexts = new Map(
    [c.conflict, ...bundledConflicts().map((b) => b.conflict)].map((x) => [x.id, contextOf(x)]),
  );
  const ctxFor = (id: string) => contexts.get(id) ?? contextOf(c.conflict);
  const chosen = manifest.filter((m) => splitArg === 'all' || m.split === splitArg);
  const present = chosen.filter((m) => existsSync(textPath(m.id)));
  console.log(
    `${present.length} of ${chosen.length} texts present${present.length < chosen.length ? '; run rebuild (npx tsx lib/ingest/devset/rebuild.ts) for the others' : ''}`,
  );
  for (const m of chosen)
    if (!present.includes(m)) console.log(`  skip ${m.id}: text missing (${textPath(m.id)})`);
  for (const m of present) {
    const sha = createHash('sha256')
      .update(readFileSync(textPath(m.id)))
      .digest('hex');
    if (sha !== m.sha256)
      console.log(
        `  note ${m.id}: text differs from the manifest (sha256); scores are not comparable with the baseline`,
      );
  }
  if (!present.length) return;

  const drafted = await draftAll(present.map((m) => m.id));
  const scores = new Map<string, ArticleScore>();
  const failures = new Map<string, string>();
  const times = new Map<string, number>();
  const conflictOf = new Map<string, string>();
  for (const m of present) {
    const r = drafted.get(m.id);
    const truthFile = path.join(dir, 'truth', `${m.id}.truth.json`);
    if (!existsSync(truthFile)) {
      failures.set(m.id, 'no truth file');
      continue;
    }
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
    if (!r) failures.set(m.id, 'not drafted');
    else if (r.type === 'timeout') failures.set(m.id, `timeout (> ${timeoutMs} ms)`);
    else if (r.type === 'crash') failures.set(m.id, `crash: ${r.error}`);
    else if (r.type === 'done') {
      scores.set(m.id, scoreArticle(truth, r.view, ctxFor(r.conflict)));
      times.set(m.id, r.ms);
      conflictOf.set(m.id, r.conflict);
    }
  }

  const halves = (['tune', 'test'] as const).filter((h) => splitArg === 'all' || splitArg === h);
  const report: Record<string, unknown> = {};
  for (const half of halves) {
    const rows = present.filter((m) => m.split === half);
    const ss = rows.map((m) => scores.get(m.id)).filter((s): s is ArticleScore => !!s);
    const t = totals(ss);
    const failed = rows.filter((m) => failures.has(m.id));
    if (json) {
      report[half] = {
        totals: t,
        failures: Object.fromEntries(failed.map((m) => [m.id, failures.get(m.id)])),
        categories: categories(ss),
        articles: ss,
      };
      continue;
    }
    const pct = (a: number, b: number) => ratio(a, b).toFixed(2);
    const w = Math.max(...rows.map((m) => m.id.length), 10);
    console.log(`\n== ${half} half: ${rows.length} articles ==`);
    console.log(
      `${'article'.padEnd(w)}  stmt P    R    (matched/truth, drafted)  date  fig P    R    (matched/truth, drafted)  published`,
    );
    for (const m of rows) {
      const s = scores.get(m.id);
      if (!s) {
        console.log(`${m.id.padEnd(w)}  ✗ ${failures.get(m.id)}`);
        continue;
      }
      const st = s.statements;
      const fg = s.figures;
      console.log(
        `${m.id.padEnd(w)}  ${pct(st.matched, st.found)} ${pct(st.matched, st.expected)} (${st.matched}/${st.expected}, ${st.found})`.padEnd(
          w + 45,
        ) +
          `${st.dateRight}/${st.matched}`.padEnd(6) +
          `${pct(fg.matched, fg.found)} ${pct(fg.matched, fg.expected)} (${fg.matched}/${fg.expected}, ${fg.found})`.padEnd(
            36,
          ) +
          (s.published.expected
            ? s.published.right
              ? `found ${s.published.read}`
              : `${s.published.read ?? 'none'} (page: ${s.published.expected})`
            : s.published.read
              ? `${s.published.read} (page shows none)`
              : '– (page shows none)') +
          `  [${conflictOf.get(m.id) ?? '?'}]` +
          (verbose ? `  ${times.get(m.id)} ms` : ''),
      );
      if (verbose) {
        for (const x of st.missed)
          console.log(`    missed statement [${x.category}]: ${x.fact.speaker}: “${x.fact.words}”`);
        for (const x of st.wrongDate)
          console.log(
            `    wrong date: ${x.fact.speaker}: “${x.fact.words.slice(0, 60)}” truth ${x.fact.date ?? 'undated'}, drafted ${x.drafted.value ?? 'undated'}${x.drafted.end ? `–${x.drafted.end}` : ''}`,
          );
        for (const x of st.extra)
          console.log(
            `    extra statement: ${x.speakerNames[0]} (${x.kind}): “${x.text.slice(0, 80)}”`,
          );
        for (const x of fg.missed)
          console.log(
            `    missed figure [${x.category}]: ${x.fact.target} / ${x.fact.party} / ${x.fact.measure.kind}${'value' in x.fact.measure ? ` ${x.fact.measure.value}` : ''} / ${x.fact.asOf ?? 'undated'}`,
          );
        for (const x of fg.extra)
          console.log(
            `    extra figure: ${x.targetNames[0]} / ${x.partyNames[0]} / ${x.measure.kind}${'value' in x.measure ? ` ${x.measure.value}` : ''} / ${x.asOf.value ?? 'undated'}`,
          );
      }
    }
    const timeouts = failed.filter((m) => failures.get(m.id)!.startsWith('timeout')).length;
    console.log(
      `TOTAL ${half}: statements P ${pct(t.statements.matched, t.statements.found)} R ${pct(t.statements.matched, t.statements.expected)} (${t.statements.matched} of ${t.statements.expected}, ${t.statements.found} drafted); ` +
        `persons R ${pct(t.statements.persons.matched, t.statements.persons.expected)} (${t.statements.persons.matched} of ${t.statements.persons.expected}), organisations R ${pct(t.statements.organisations.matched, t.statements.organisations.expected)} (${t.statements.organisations.matched} of ${t.statements.organisations.expected}), quotes R ${pct(t.statements.quotes.matched, t.statements.quotes.expected)} (${t.statements.quotes.matched} of ${t.statements.quotes.expected}); ` +
        `dates right ${pct(t.statements.dateRight, t.statements.matched)} (${t.statements.dateRight} of ${t.statements.matched}); ` +
        `figures P ${pct(t.figures.matched, t.figures.found)} R ${pct(t.figures.matched, t.figures.expected)} (${t.figures.matched} of ${t.figures.expected}, ${t.figures.found} drafted); ` +
        `publication date found ${pct(t.published.found, t.published.withDate)} (${t.published.found} of ${t.published.withDate} pages that show one; ${t.published.wrongOrInvented} wrong or invented); ` +
        `crashes ${failed.length - timeouts}, timeouts ${timeouts}`,
    );
    console.log(`failure categories (${half}):`);
    for (const [k, n] of categories(ss)) console.log(`  ${String(n).padStart(4)}  ${k}`);
  }
  if (json) console.log(JSON.stringify(report, null, 2));
}
