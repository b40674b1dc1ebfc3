/** The embed's map: the framework-free control map on the embed's state, plus image export. */
import { createControlMap } from '@/components/map/control-map';
import { pageRenderer } from '@/components/map/renderer-choice';
import { mapPicturePng } from '@/components/export/png';
import { saveBlob } from '@/components/export/save-blob';
import { dayStart, formatDateValue } from '@/lib/dates/fuzzy-date';
import type { EmbedDataset } from '@/lib/embed/data';
import { controlLegend } from '@/lib/map/legend';
import { creditsOf, creditsText } from '@/lib/map/credits';
import { sourceLineText } from './chrome-text';
import type { EmbedState } from './state';

export function mountMap(
  data: EmbedDataset,
  state: EmbedState,
  on: { onSelectRegion: (id: string | null) => void; onReady: () => void },
) {
  const host = document.getElementById('fe-map')!;
  const firstPaint = document.getElementById('fe-first-paint');
  const items = new Map(data.timeline.map((t) => [t.id, t]));
  const members = new Map(data.conflict.regionGroups.map((g) => [g.id, g.members]));
  const regionIds = new Set(data.regions.map((r) => r.id));
  const mentioned = (itemId: string | null) =>
    itemId
      ? [
          ...new Set((items.get(itemId)?.regions ?? []).flatMap((r) => members.get(r) ?? [r])),
        ].filter((r) => regionIds.has(r))
      : [];
  const placeholder = firstPaint?.querySelector<SVGSVGElement>('svg') ?? null;
  let shown = { date: state.date, item: state.item, region: state.region };
  const map = createControlMap(host, {
    dataset: data,
    day: dayStart(state.date),
    selected: state.region,
    regionsUrl: `/data/${data.id}/regions.geojson`,
    neighboursUrl: `/data/${data.id}/neighbours.geojson`,
    renderer: pageRenderer(),
    workerUrl: '/maplibre-gl-worker.mjs',
    tooltipContainer: document.getElementById('fe-map-wrap') ?? undefined,
    // In an article the embed may sit far below the fold: the live map waits until it is near.
    ...(placeholder ? { placeholder: { svg: placeholder, prefix: 'fp-' } } : {}),
    onSelect: on.onSelectRegion,
    onReady: (_kind, reason) => {
      if (firstPaint) firstPaint.hidden = true;
      // Why the simple map is shown, for the curious (a worker blocked, no WebGL, …).
      if (reason) {
        const note = document.getElementById('fe-map-note') ?? document.createElement('p');
        note.id = 'fe-map-note';
        note.className = 'fe-map-note';
        note.textContent = `Simple map: ${reason}`;
        (host.parentElement ?? host).after(note);
      }
      on.onReady();
    },
  });
  map.setMentioned(mentioned(state.item));
  const party =
    data.conflict.parties.find((p) => p.id === data.conflict.mapParty)?.name ??
    data.conflict.mapParty;
  return {
    update() {
      if (state.date !== shown.date) map.setDay(dayStart(state.date));
      if (state.region !== shown.region) map.setSelected(state.region);
      if (state.item !== shown.item) map.setMentioned(mentioned(state.item));
      shown = { date: state.date, item: state.item, region: state.region };
    },
    async exportPng(fileName: string) {
      const svg = map.toSvg();
      if (!svg) return;
      const blob = await mapPicturePng({
        svg,
        title: data.conflict.title,
        dateLine: `Control as of ${formatDateValue(state.date, { longMonth: true })}`,
        legend: controlLegend(party, { staleAfterDays: data.conflict.staleAfterDays }),
        sourceLine: `${sourceLineText(data)} · ${location.origin}/${data.id}/data`,
        // The page's own credit line (the latest data's): a pinned release may predate credits.
        attribution:
          creditsText(creditsOf(data)) ||
          (document.querySelector('.fe-attribution')?.textContent ?? ''),
      });
      saveBlob(blob, fileName);
    },
    exportSvg(fileName: string) {
      const svg = map.toSvg();
      if (svg) saveBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName);
    },
  };
}
