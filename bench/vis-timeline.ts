/**
 * vis-timeline (npm `vis-timeline`, its standalone build, loaded from node_modules and served by
 * this script on 127.0.0.1) fed the same N synthetic items our timeline benchmark draws
 * (lib/synthetic, seed 42): one point per item at its date, in its lane (a vis-timeline group),
 * labelled with the item's short text. Options are the ones its documentation and issue tracker
 * give for many items: no stacking (stacking is what grows with the item count, visjs/vis-timeline
 * #1233) and point items; its clustering of overlapping items (`cluster`) was measured too, and
 * was slower (see VIS_OPTIONS).
 * First marks are timed as ours are: from the data being ready in the page to the frame after
 * the first items are in the document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticTimeline } from '../lib/synthetic/timeline';
import { startPeerPageServer } from './harness';

const VIS_ROOT = path.resolve('node_modules/vis-timeline');
export const VIS_TIMELINE_VERSION = (
  JSON.parse(readFileSync(path.join(VIS_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

const FILES: Record<string, { file: string; type: string }> = {
  '/vis/vis-timeline-graph2d.min.js': {
    file: 'standalone/umd/vis-timeline-graph2d.min.js',
    type: 'text/javascript',
  },
  '/vis/vis-timeline-graph2d.min.css': {
    file: 'styles/vis-timeline-graph2d.min.css',
    type: 'text/css',
  },
};

/** The recommended options for many items, as the benchmark page passes them. */
export const VIS_OPTIONS = {
  stack: false,
  type: 'point',
  // Clustering (BENCH_VIS_CLUSTER=1) reads better but was slower here: at 10,000 items 2.2 s
  // to first marks and 1.3 s frames (p95) against 2.1 s and 0.18 s without.
  ...(process.env.BENCH_VIS_CLUSTER === '1' ? { cluster: { maxItems: 1, showStipes: false } } : {}),
  height: '600px',
  showCurrentTime: false,
};

function page(n: number): string {
  const data = syntheticTimeline(n, { seed: 42 });
  const lanes = [...new Set(data.items.map((i) => i.lane))];
  // vis-timeline needs a date: undated items are left out (and counted by the page).
  const items = data.items.flatMap((i) =>
    i.span.start === null
      ? []
      : [
          {
            id: i.id,
            group: lanes.indexOf(i.lane),
            start: i.span.start,
            content: i.label.slice(0, 40),
          },
        ],
  );
  const groups = lanes.map((l, i) => ({ id: i, content: l }));
  // `<` escaped so the JSON cannot end the script element.
  const json = JSON.stringify({ items, groups, options: VIS_OPTIONS }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis-timeline benchmark (synthetic)</title>
<link rel="stylesheet" href="/vis/vis-timeline-graph2d.min.css"><script src="/vis/vis-timeline-graph2d.min.js"></script>
<style>html,body{margin:0;font:14px sans-serif}</style></head><body>
<div id="vis"></div>
<script type="application/json" id="vis-data">${json}</script>
<script>
  const data = JSON.parse(document.getElementById('vis-data').textContent);
  const bench = (window.__visBench = { n: data.items.length, dataReady: performance.now() });
  const done = () => requestAnimationFrame(() => { bench.firstMarks = performance.now(); bench.marks = document.querySelectorAll('#vis .vis-item').length; });
  const seen = () => document.querySelector('#vis .vis-item');
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(); } });
  obs.observe(document.getElementById('vis'), { childList: true, subtree: true });
  try {
    const items = new vis.DataSet(data.items);
    const groups = new vis.DataSet(data.groups);
    window.__vis = new vis.Timeline(document.getElementById('vis'), items, groups, data.options);
  } catch (e) { bench.error = String(e); }
  if (seen()) { obs.disconnect(); done(); }
</script></body></html>`;
}

/** A tiny static server: /vis/* from vis-timeline's package, /page?n=N the benchmark page. */
export const startVisTimelineServer = () =>
  startPeerPageServer(page, (pathname) => {
    const known = FILES[pathname];
    return known ? { body: readFileSync(path.join(VIS_ROOT, known.file)), type: known.type } : null;
  });
