/** The embed's map: the framework-free control map on the embed's state, plus image export. */
import { boundaryUrls } from '@/components/map/boundaries';
import { createControlMap } from '@/components/map/control-map';
import { pageRenderer } from '@/components/map/renderer-choice';
import { mapPicturePng } from '@/components/export/png';
import { saveBlob } from '@/components/export/save-blob';
import { mapPictureSvg } from '@/components/export/picture-svg';
import { pictureInputOf } from '@/components/export/picture-input';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { drawnLegendIds } from '@/lib/map/legend';
import { mentionedRegionsOf } from '@/lib/map/mentioned';
import type { EmbedDataset } from '@/lib/embed/data';
import type { EmbedOptions } from '@/lib/embed/options';
import { bindMap } from '@/store/bind-map';
import type { ExplorerStoreApi } from '@/store/explorer-store';

export function mountMap(
  data: EmbedDataset,
  store: ExplorerStoreApi,
  opts: EmbedOptions,
  onReady: () => void,
) {
  const state = store.getState();
  const host = document.getElementById('fe-map')!;
  const firstPaint = document.getElementById('fe-first-paint');
  const mentionedBy = mentionedRegionsOf(data);
  // Regions the journalist annotated are outlined while no statement names others.
  const annotated = opts.annotations.filter((a) => a.kind === 'region').map((a) => a.at);
  const mentioned = (itemId: string | null) => (itemId ? mentionedBy(itemId) : annotated);
  const placeholder = firstPaint?.querySelector<SVGSVGElement>('svg') ?? null;
  const map = createControlMap(host, {
    dataset: data,
    day: dayStart(state.date),
    selected: state.selectedRegionId,
    view: { party: state.mapParty ?? undefined, includeClaims: state.includeClaims },
    regionsUrl: boundaryUrls(data.id).regions,
    neighboursUrl: boundaryUrls(data.id).neighbours,
    renderer: pageRenderer(),
    workerUrl: '/maplibre-gl-worker.mjs',
    tooltipContainer: document.getElementById('fe-map-wrap') ?? undefined,
    // In an article the embed is read as a picture first: the shaded first paint and its
    // labels serve until the reader reaches for the map (pointer, touch, keyboard); only then
    // does the live map (maplibre, ~430 KB) load.
    ...(placeholder
      ? { placeholder: { svg: placeholder, prefix: 'fp-' }, startLive: 'interaction' as const }
      : {}),
    onInteractive: onReady,
    // The journalist's notes on regions, numbered as listed above the chart.
    callouts: opts.annotations.flatMap((a, i) =>
      a.kind === 'region' ? [{ region: a.at, n: i + 1, text: a.text }] : [],
    ),
    onSelect: (rid) => store.getState().selectRegion(rid),
    // The key says which of its entries this date's map draws (a narrow frame shows only those).
    onState: (s) => {
      const drawn = drawnLegendIds(s);
      for (const li of document.querySelectorAll<HTMLElement>('#fe-legend li[data-legend]'))
        li.dataset.drawn = String(drawn.has(li.dataset.legend ?? ''));
    },
    onReady: (_kind, reason) => {
      if (firstPaint) firstPaint.hidden = true;
      // Why the simple map is shown, for the curious (a worker blocked, no WebGL, …).
      if (reason) {
        const note = document.getElementById('fe-map-note') ?? document.createElement('p');
        note.id = 'fe-map-note';
        note.className = 'fe-map-note';
        note.textContent = `Simple map: ${reason}`;
        // Inside the frame, over the map's corner: the embed keeps the height it started at.
        (host.parentElement ?? host).append(note);
      }
    },
  });
  bindMap(store, map, { mentioned });
  // The picture as the reader sees the embed: its date and the journalist's words.
  const picture = () => {
    const svg = map.toSvg();
    if (!svg) return null;
    return {
      svg,
      ...pictureInputOf(data, {
        date: store.getState().date,
        editorial: opts,
        origin: location.origin,
        // The page's own credit line (the latest data's): a pinned release may predate credits.
        fallbackCredit: document.querySelector('.fe-attribution')?.textContent ?? '',
      }),
    };
  };
  return {
    // A download asked for while the map is still the first paint fetches the boundaries first.
    async exportPng(fileName: string) {
      if (!(await map.boundaries())) return;
      const input = picture();
      if (input) saveBlob(await mapPicturePng(input), fileName);
    },
    async exportSvg(fileName: string) {
      if (!(await map.boundaries())) return;
      const input = picture();
      if (input) saveBlob(new Blob([mapPictureSvg(input)], { type: 'image/svg+xml' }), fileName);
    },
  };
}
