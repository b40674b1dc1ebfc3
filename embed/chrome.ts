/**
 * The embed's static HTML, written once at build time by app/embed.html/route.ts: the chrome
 * (title, "as of" date, legend, source line, attribution, link to the full view) and a map
 * drawn as SVG at the default date, which is what a reader sees before and without JavaScript.
 * The script (embed/main.ts, bundled apart from the app) then reads the query string.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { controlMapSvg, svgPatternDefs } from '@/components/map/svg-map';
import { legendSwatchSvg } from '@/components/map/legend-swatch';
import type { CompiledDataset } from '@/lib/dataset/types';
import { dayStart, formatDateValue } from '@/lib/dates/fuzzy-date';
import { groupOutlines } from '@/lib/map/group-outline';
import { controlLegend, drawnLegendIds, type LegendItem, type LegendModel } from '@/lib/map/legend';
import { controlMapStateAt } from '@/lib/map/map-state';
import { stageHeight, timelineModel } from '@/lib/timeline/model';
import { creditsHtml, creditsOf, sourceLineText } from '@/lib/map/credits';
import { timelinePicturePath } from '@/lib/map/picture-days';
import { EMBED_BOOT_SCRIPT } from '@/lib/security/embed-boot';
import { mapViewOf } from '@/lib/map/view';

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The map legend as HTML (the same words and swatches as the app's Legend component). In a
 * narrow frame each entry shows its few words (`short`), its full words kept for screen
 * readers and shown on "What the symbols mean", and only the entries the map draws on its date
 * (`drawn`, kept up to date by the embed's script), so the key stays shorter than the map.
 */
export function legendHtml(
  model: LegendModel,
  prefix = 'lg-',
  drawn: ReadonlySet<string> | null = null,
): string {
  const words = (s: LegendItem) =>
    s.short
      ? `<span class="cm-legend-long">${esc(s.label)}</span><span class="cm-legend-short" aria-hidden="true">${esc(s.short)}</span>`
      : `<span>${esc(s.label)}</span>`;
  // data-drawn: whether the map at the first date draws it (a narrow frame shows only those).
  const li = (s: LegendItem) =>
    `<li data-legend="${esc(s.id)}"${drawn ? ` data-drawn="${drawn.has(s.id)}"` : ''}>${legendSwatchSvg(s, prefix)}${words(s)}</li>`;
  return (
    `<div class="cm-legend" id="fe-legend"><svg width="0" height="0" aria-hidden="true" focusable="false" style="position:absolute"><defs>${svgPatternDefs(prefix)}</defs></svg>` +
    `<p class="cm-legend-title">${esc(model.title)}</p>` +
    `<ul class="cm-legend-steps">${model.steps.map(li).join('')}</ul>` +
    `<ul class="cm-legend-words">${model.words.map(li).join('')}</ul>` +
    `<ul class="cm-legend-marks">${model.marks.map(li).join('')}</ul>` +
    `<button type="button" class="fe-button cm-legend-more" id="fe-legend-more" aria-expanded="false" aria-controls="fe-legend">What the symbols mean</button></div>`
  );
}

/** The timeline's drawn height in either lane mode: room kept for it until it is drawn. */
function timelineReserve(dataset: CompiledDataset): string {
  const context = { people: dataset.conflict.people, parties: dataset.conflict.parties };
  const wide = stageHeight(timelineModel(dataset.timeline, context, 'speaker'));
  const narrow = stageHeight(timelineModel(dataset.timeline, context, 'party'));
  return `--tl-stage-wide:${wide}px;--tl-stage-narrow:${narrow}px`;
}

export interface EmbedDocumentInput {
  dataset: CompiledDataset;
  geo: { regions: FeatureCollection<Geometry>; neighbours: FeatureCollection<Geometry> | null };
  defaultDate: string;
  /** Hashed file names the build wrote (script and stylesheet), relative to /embed/. */
  assets: { script: string; style: string };
}

/** The whole /embed document. */
export function embedDocument({ dataset, geo, defaultDate, assets }: EmbedDocumentInput): string {
  const state = controlMapStateAt(dataset, dayStart(defaultDate));
  const svg = controlMapSvg(
    { ...geo, groups: groupOutlines(geo.regions, dataset.conflict.regionGroups) },
    state,
    {
      idPrefix: 'fp-',
      bounds: mapViewOf(dataset.map).homeBounds,
      title: `Map of territorial control as of ${formatDateValue(defaultDate, { longMonth: true })}`,
      thin: 1.2,
      compact: true,
    },
  );
  const party =
    dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
    dataset.conflict.mapParty;
  const title = dataset.conflict.title;
  const description = `${title}: share of each region controlled by ${party}, and what was said, each figure tied to its source.`;
  // Applied before first paint, so a dark or timeline-only embed never flashes the defaults.
  const boot = EMBED_BOOT_SCRIPT;
  return `<!doctype html>
<html lang="en" data-view="both" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Faultline</title>
<meta name="description" content="${esc(description)}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<link rel="canonical" href="/${esc(dataset.id)}">
<link rel="stylesheet" href="/embed/${esc(assets.style)}">
<script>${boot}</script>
<script type="module" src="/embed/${esc(assets.script)}"></script>
</head>
<body>
<main class="fe" id="embed" data-dataset="${esc(dataset.id)}" data-version="${esc(dataset.version)}" data-default-date="${esc(defaultDate)}">
<header class="fe-head">
<h1 class="fe-title" id="fe-title" dir="auto">${esc(title)}</h1>
<p class="fe-subtitle" id="fe-subtitle" dir="auto" hidden></p>
<p class="fe-sr" id="fe-alt" dir="auto" hidden></p>
<p class="fe-asof">As of <time id="fe-date" datetime="${esc(defaultDate)}">${esc(formatDateValue(defaultDate, { longMonth: true }))}</time></p>
<div class="fe-controls" id="fe-controls" hidden>
<label for="fe-date-input">Date</label>
<input type="date" id="fe-date-input" value="${esc(defaultDate)}">
<input type="range" id="fe-date-range" aria-label="Date slider" min="0" max="0" step="1" value="0">
</div>
<p class="fe-notice" id="fe-notice" role="status" hidden></p>
<ol class="fe-annotations" id="fe-annotations" aria-label="Notes on this chart" hidden></ol>
</header>
<section class="fe-map" id="fe-map-section" aria-label="Map of territorial control">
<div class="cm" id="fe-map-wrap">
<div class="cm-frame">
<div class="cm-first-paint" id="fe-first-paint"><div class="cm-first-paint-svg">${svg}</div></div>
<div class="cm-host" id="fe-map" data-testid="control-map"></div>
</div>
${legendHtml(controlLegend(party, { staleAfterDays: dataset.conflict.staleAfterDays }), 'lg-', drawnLegendIds(state))}
</div>
</section>
<section class="fe-timeline timeline-view" style="${timelineReserve(dataset)}" aria-label="Timeline of statements and events">
<div id="fe-timeline"></div>
<noscript><img class="fe-noscript-picture" src="${esc(timelinePicturePath(dataset.id))}" alt="${esc(`${dataset.conflict.title}: statements and events per year, and the latest ones`)}" width="1200" height="630"><p class="fe-noscript">The interactive timeline needs JavaScript. <a href="/${esc(dataset.id)}/data" target="_blank" rel="noopener">Read every statement and event as a table</a>.</p></noscript>
</section>
<footer class="fe-foot">
<p class="fe-note" id="fe-note" dir="auto" hidden></p>
<p class="fe-byline" id="fe-byline" dir="auto" hidden></p>
<div class="fe-actions" id="fe-actions" hidden>
<button type="button" class="fe-button" id="fe-png">Download PNG</button>
<button type="button" class="fe-button" id="fe-svg">Download SVG</button>
</div>
<p class="fe-source" id="fe-source">${esc(sourceLineText(dataset))} · <a href="/${esc(dataset.id)}/data" target="_blank" rel="noopener">all sources and data</a></p>
<p class="fe-attribution cm-attribution">${creditsHtml(creditsOf(dataset), { newTab: true })}</p>
<p class="fe-open"><a id="fe-open" href="/${esc(dataset.id)}" target="_blank" rel="noopener">Open the full view on Faultline ↗</a></p>
<noscript><p class="fe-noscript">Without JavaScript this shows the map as of ${esc(formatDateValue(defaultDate, { longMonth: true }))}; follow the link above for other dates.</p></noscript>
</footer>
</main>
</body>
</html>
`;
}
