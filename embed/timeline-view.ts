/** The embed's timeline: the framework-free d3 timeline, and the selected item with its source. */
import { createTimeline } from '@/components/timeline/create-timeline';
import { saveBlob } from '@/components/export/save-blob';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import type { EmbedDataset } from '@/lib/embed/data';
import { exportFileName } from '@/lib/export/file-name';
import { sourceLineText } from '@/lib/map/credits';
import {
  timelineDescriber,
  type ItemDescription,
  type TimelineFacts,
} from '@/lib/timeline/describe';
import { bindTimeline, timelineStateOf } from '@/store/bind-timeline';
import type { ExplorerStoreApi } from '@/store/explorer-store';
import type { EmbedOptions } from '@/lib/embed/options';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The selected item in full: words (quote marked verbatim), who, when, and its source. */
function renderDetail(box: HTMLElement, d: ItemDescription | null) {
  box.replaceChildren();
  if (!d) {
    box.append(el('p', 'muted', 'Select a statement or event to read it in full with its source.'));
    return;
  }
  const h = el('h2', 'tl-detail-heading', d.heading);
  const extra = [d.role, d.partyName].filter(Boolean).join(', ');
  if (extra) h.append(el('span', 'tl-detail-role', ` — ${extra}`));
  const when = el('p', 'tl-detail-date', d.date);
  when.append(' ', el('span', 'muted', `(${d.precision}; ${d.basis})`));
  const kind = el(
    'p',
    'tl-detail-kind',
    d.verbatim
      ? 'Quote (verbatim)'
      : d.kindLabel === 'Event'
        ? 'Event'
        : `${d.kindLabel} (not verbatim)`,
  );
  const text = d.verbatim
    ? el('blockquote', 'tl-detail-text', `“${d.text}”`)
    : el('p', 'tl-detail-text', d.text);
  box.append(h, when, kind, text);
  if (d.detail) box.append(el('p', 'muted tl-detail-summary', d.detail));
  if (d.via) box.append(el('p', 'muted', `Via ${d.via}`));
  if (d.source) {
    const p = el('p', 'tl-detail-source', `Source: ${d.source.publisher}, `);
    if (d.source.url) {
      const a = el('a', null, `“${d.source.title}”`);
      a.href = d.source.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      p.append(a);
    } else p.append(`“${d.source.title}”`);
    p.append(d.source.published ? `, ${d.source.published}` : ', undated');
    box.append(p);
  }
}

export function mountTimeline(
  data: EmbedDataset,
  store: ExplorerStoreApi,
  opts: Pick<EmbedOptions, 'title' | 'downloads' | 'annotations'>,
) {
  const host = document.getElementById('fe-timeline')!;
  const facts: TimelineFacts = {
    statements: data.statements,
    events: data.events,
    people: data.conflict.people,
    parties: data.conflict.parties,
    sources: data.sources,
  };
  const describe = timelineDescriber(facts);
  const items = new Map(data.timeline.map((t) => [t.id, t]));
  const box = el('section', 'tl-detail');
  box.setAttribute('aria-label', 'Selected item');
  box.setAttribute('aria-live', 'polite');
  const tl = createTimeline(host, {
    items: data.timeline,
    facts,
    state: {
      ...timelineStateOf(store.getState()),
      // The journalist's notes on days, numbered as listed above the chart.
      pins: opts.annotations.flatMap((a, i) =>
        a.kind === 'date' ? [{ day: a.at, n: i + 1, text: a.text }] : [],
      ),
    },
    onSelect: (id) => store.getState().selectItem(id),
    onHover: (id) => store.getState().hoverItem(id),
    onClear: () => store.getState().selectItem(null),
    // The timeline as shown, as a picture with its title, legend and sources.
    ...(opts.downloads ? { onDownload: download } : {}),
  });
  function download() {
    const [d0, d1] = tl.domain().map((ms) => new Date(ms).toISOString().slice(0, 10)) as [
      string,
      string,
    ];
    const svg = tl.toSVG({
      title: `${opts.title ?? data.conflict.title}: statements and events, ${formatDateValue(d0)} – ${formatDateValue(d1)}`,
      credit: `${sourceLineText(data)} · ${location.origin}/data`,
    });
    saveBlob(
      new Blob([svg], { type: 'image/svg+xml' }),
      exportFileName({ dataset: data.id, view: 'timeline', date: store.getState().date }, 'svg'),
    );
  }
  host.append(box);
  host.parentElement?.setAttribute('data-drawn', 'true');
  // The selected item in full, below the timeline, as the selection changes.
  const detail = () => {
    const id = store.getState().selectedItemId;
    const item = id ? items.get(id) : undefined;
    renderDetail(box, item ? describe(item) : null);
  };
  detail();
  bindTimeline(store, tl);
  store.subscribe((s, prev) => {
    if (s.selectedItemId !== prev.selectedItemId) detail();
  });
}
