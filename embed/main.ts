/**
 * The /embed script, bundled on its own (scripts/build-embed.ts) so the embed carries no
 * React or Next runtime: reads the options from the query string, loads the dataset (the
 * pinned release when asked, else the latest), mounts the framework-free map and/or timeline,
 * keeps them in step, and tells the parent page its height.
 */
import type { TimelineItem } from '@/lib/dataset/types';
import { dayBoundsOf } from '@/lib/dataset/days';
import { DEFAULT_DATASET } from '@/lib/dataset/default';
import { DAY_MS, dayStart, formatDateValue, toDayString } from '@/lib/dates/fuzzy-date';
import { embedDataPaths, readEmbedDataset, type EmbedDataset } from '@/lib/embed/data';
import { createExplorerStore, type ExplorerStoreApi } from '@/store/explorer-store';
import { exportFileName } from '@/lib/export/file-name';
import { applyEditorial, mountAnnotations } from './editorial-view';
import {
  embedHeightMessage,
  embedOptionsFor,
  fullViewQuery,
  parseEmbedOptions,
  type EmbedOptions,
} from '@/lib/embed/options';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const root = $('embed');

// ---- height ---------------------------------------------------------------------------------
let lastHeight = -1;
function postHeight() {
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h === lastHeight || window.parent === window) return;
  lastHeight = h;
  window.parent.postMessage(embedHeightMessage(h, location.href), '*');
}
if (typeof ResizeObserver === 'function')
  new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('load', postHeight);

async function fetchDataset(url: string): Promise<EmbedDataset | null> {
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    const data: unknown = await res.json();
    return readEmbedDataset(data);
  } catch {
    return null;
  }
}

function notice(text: string) {
  const n = $('fe-notice');
  if (!n) return;
  n.textContent = text;
  n.hidden = false;
}

async function start() {
  if (!root) return;
  const id = root.dataset.dataset ?? DEFAULT_DATASET;
  const asked = parseEmbedOptions(location.search);
  applyEditorial(asked);
  let data: EmbedDataset | null = null;
  if (asked.version) {
    data = await fetchDataset(embedDataPaths.release(id, asked.version));
    if (!data) {
      data = await fetchDataset(embedDataPaths.latest(id));
      if (data)
        notice(
          `This chart was pinned to data version ${asked.version}, which is no longer available: it shows the latest data (version ${data.version}).`,
        );
    }
  } else data = await fetchDataset(embedDataPaths.latest(id));
  if (!data) {
    notice('The data could not be loaded: the map shows the data as of the date above.');
    return;
  }
  root.dataset.version = data.version;
  root.dataset.loadedVersion = data.version;
  const bounds = dayBoundsOf(data);
  const opts = embedOptionsFor(asked, {
    regionIds: new Set(data.regions.map((r) => r.id)),
    itemIds: new Set(data.timeline.map((t) => t.id)),
    bounds,
  });
  mount(data, opts, bounds);
}

function mount(data: EmbedDataset, opts: EmbedOptions, bounds: [string, string]) {
  const defaultDate = data.conflict.defaultDate ?? bounds[1];
  const items = new Map<string, TimelineItem>(data.timeline.map((t) => [t.id, t]));
  const itemDay = (itemId: string) => {
    const s = items.get(itemId)?.span.start;
    return s !== null && s !== undefined ? toDayString(s) : null;
  };
  // One explorer store, as on the app's pages: the embed's views bind to it (store/bind-*.ts).
  const store: ExplorerStoreApi = createExplorerStore({
    initial: {
      date: opts.date ?? (opts.statement ? itemDay(opts.statement) : null) ?? defaultDate,
      selectedItemId: opts.statement,
      selectedRegionId: opts.region,
    },
    itemDays: Object.fromEntries(data.timeline.map((t) => [t.id, itemDay(t.id) ?? undefined])),
    bounds,
  });
  const now = () => store.getState();
  const html = document.documentElement;
  html.dataset.view = opts.view;
  html.dataset.theme = opts.theme;
  // The base map darkens with the page (components/map/map.css, groundOf).
  html.dataset.ground = opts.theme === 'dark' ? 'dark' : 'light';
  html.dataset.controls = opts.controls ? '1' : '0';
  root!.dataset.ready = 'loading';

  // ---- chrome -------------------------------------------------------------------------------
  const dateEl = $<HTMLTimeElement>('fe-date');
  const open = $<HTMLAnchorElement>('fe-open');
  const input = $<HTMLInputElement>('fe-date-input');
  const range = $<HTMLInputElement>('fe-date-range');
  const firstDay = dayStart(bounds[0]);
  const dayIndex = (d: string) => Math.round((dayStart(d) - firstDay) / DAY_MS);
  if (input && range) {
    input.min = bounds[0];
    input.max = bounds[1];
    range.max = String(dayIndex(bounds[1]));
    // A day outside the data is not taken (the field says its range), never moved to its end.
    const setDate = (d: string) => {
      if (d >= bounds[0] && d <= bounds[1]) now().setDate(d);
    };
    input.addEventListener('change', () => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) setDate(input.value);
    });
    range.addEventListener('input', () =>
      setDate(toDayString(firstDay + Number(range.value) * DAY_MS)),
    );
  }
  const controls = $('fe-controls');
  if (controls) controls.hidden = !opts.controls;
  const renderChrome = () => {
    const state = now();
    if (dateEl) {
      dateEl.dateTime = state.date;
      dateEl.textContent = formatDateValue(state.date, { longMonth: true });
    }
    if (input && input.value !== state.date) input.value = state.date;
    if (range) {
      range.value = String(dayIndex(state.date));
      range.setAttribute('aria-valuetext', formatDateValue(state.date, { longMonth: true }));
    }
    if (open)
      open.href = `/${data.id}${fullViewQuery({ ...opts, date: state.date, statement: state.selectedItemId, region: state.selectedRegionId }, defaultDate)}`;
  };
  store.subscribe((s, p) => {
    if (
      s.date !== p.date ||
      s.selectedItemId !== p.selectedItemId ||
      s.selectedRegionId !== p.selectedRegionId
    )
      renderChrome();
  });
  renderChrome();

  const regionNames = new Map(data.regions.map((r) => [r.id, r.nameEnFull || r.nameEn]));
  const annotations = mountAnnotations(opts.annotations, {
    regionName: (rid) => regionNames.get(rid) ?? rid,
    interactive: opts.controls,
    onPick: (a) => {
      if (a.kind === 'date') now().setDate(a.at);
      else now().selectRegion(now().selectedRegionId === a.at ? null : a.at);
    },
  });
  const renderAnnotations = () => annotations.update(now().date, now().selectedRegionId);
  store.subscribe((s, p) => {
    if (s.date !== p.date || s.selectedRegionId !== p.selectedRegionId) renderAnnotations();
  });
  renderAnnotations();

  // A narrow frame shows the key in few words; this button shows their full meaning.
  const more = $<HTMLButtonElement>('fe-legend-more');
  more?.addEventListener('click', () => {
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    $('fe-legend')?.classList.toggle('is-explained', open);
    postHeight();
  });

  const wantsMap = opts.view !== 'timeline';
  const wantsTimeline = opts.view !== 'map';
  let pending = (wantsMap ? 1 : 0) + (wantsTimeline ? 1 : 0);
  const ready = () => {
    if (--pending === 0) {
      root!.dataset.ready = 'true';
      postHeight();
    }
  };

  if (wantsMap) {
    void import('./map-view').then(({ mountMap }) => {
      const map = mountMap(data, store, opts, ready);
      const png = $<HTMLButtonElement>('fe-png');
      const svg = $<HTMLButtonElement>('fe-svg');
      const actions = $('fe-actions');
      if (actions) actions.hidden = !opts.downloads;
      const name = (ext: string) =>
        exportFileName({ dataset: data.id, view: 'map', date: now().date }, ext);
      png?.addEventListener('click', () => void map.exportPng(name('png')));
      svg?.addEventListener('click', () => void map.exportSvg(name('svg')));
    });
  }
  if (wantsTimeline) {
    void import('./timeline-view').then(({ mountTimeline }) => {
      mountTimeline(data, store, opts);
      ready();
    });
  }
}

void start();
