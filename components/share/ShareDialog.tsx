'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataset } from '@/components/explorer/dataset-context';
import { DEFAULT_DATASET } from '@/lib/dataset/default';
import {
  embedCode,
  embedPath,
  embedQuery,
  EMBED_START_HEIGHT,
  type EmbedOptions,
  type EmbedSize,
  type EmbedView,
} from '@/lib/embed/options';
import { EDITORIAL_DEFAULTS, type EmbedEditorial } from '@/lib/embed/editorial';
import { dayBoundsOf } from '@/lib/dataset/days';
import { encodeUrlState } from '@/lib/url/state';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import { picturePath, timelinePicturePath } from '@/lib/map/picture-days';
import { annotationLines } from '@/components/export/picture-input';
import EmbedWords, { annotationsOf, type AnnotationDraft } from './EmbedWords';
import { useExplorer } from '@/store/provider';
import { selectShareable } from '@/store/selectors';
import styles from './share.module.css';

async function copyText(
  text: string,
  fallback: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure origin): select the text and copy it.
    if (!fallback) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

function CopyButton({
  text,
  target,
  label,
}: {
  text: string;
  target: () => HTMLTextAreaElement | HTMLInputElement | null;
  label: string;
}) {
  const [done, setDone] = useState<'' | 'ok' | 'fail'>('');
  return (
    <>
      <button
        type="button"
        className={styles.button}
        onClick={() => void copyText(text, target()).then((ok) => setDone(ok ? 'ok' : 'fail'))}
      >
        {label}
      </button>
      <span role="status" className={styles.copied}>
        {done === 'ok' ? 'Copied' : done === 'fail' ? 'Select the text and copy it (Ctrl+C)' : ''}
      </span>
    </>
  );
}

/** `value`, once it has stayed the same for `ms` (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * Share: a link to the current view, and embed code for it with a live preview. The embed is
 * pinned to the dataset version by default, so later edits do not change a published chart.
 */
export default function ShareDialog({ defaultDate }: { defaultDate: string }) {
  const { dataset, pictureDays } = useDataset();
  const shareable = useExplorer(useShallow(selectShareable));
  const dialog = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [origin, setOrigin] = useState('');
  const [view, setView] = useState<EmbedView>('both');
  const [sizeKind, setSizeKind] = useState<'responsive' | 'fixed'>('responsive');
  const [width, setWidth] = useState(800);
  const [height, setHeight] = useState(600);
  const [column, setColumn] = useState(640);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [controls, setControls] = useState(true);
  const [pinned, setPinned] = useState(true);
  const [words, setWords] = useState<EmbedEditorial>(EDITORIAL_DEFAULTS);
  const [notes, setNotes] = useState<AnnotationDraft[]>([]);
  const id = useId();
  const bounds = useMemo(() => dayBoundsOf(dataset), [dataset]);
  const regions = useMemo(
    () =>
      dataset.regions
        .map((r) => ({ id: r.id, name: r.nameEnFull || r.nameEn }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [dataset.regions],
  );

  const link = `${origin}/${encodeUrlState(shareable, { date: defaultDate })}`;
  const options: Partial<EmbedOptions> = useMemo(
    () => ({
      view,
      date: shareable.date,
      region: shareable.selectedRegionId,
      statement: shareable.selectedItemId,
      theme,
      controls,
      version: pinned ? dataset.version : null,
      ...words,
      annotations: annotationsOf(notes),
    }),
    [view, shareable, theme, controls, pinned, dataset.version, words, notes],
  );
  const size: EmbedSize =
    sizeKind === 'fixed'
      ? { kind: 'fixed', width: Math.max(300, width), height: Math.max(200, height) }
      : { kind: 'responsive' };
  const path = embedPath(dataset.id, DEFAULT_DATASET);
  const columnWidth = Math.min(1200, Math.max(300, column));
  // The preview reloads once typing pauses, not on every key.
  const src = `${path}${embedQuery(options)}`;
  const previewSrc = useSettled(src, 500);
  const previewWidth = sizeKind === 'fixed' ? Math.max(300, width) : columnWidth;
  // The preview's own height, as it reports it for this address and width: the responsive
  // code starts at it, so the article does not jump when the embed loads.
  const measureKey = `${previewSrc}@${previewWidth}`;
  const [measured, setMeasured] = useState<{ key: string; height: number } | null>(null);
  const measureKeyRef = useRef(measureKey);
  useEffect(() => {
    measureKeyRef.current = measureKey;
  }, [measureKey]);
  // The code takes the height once it has held for a moment: the first report may be taken
  // before the map or a scrollbar settles.
  const settled = useSettled(measured, 800);
  const current = (m: typeof measured) =>
    m && m.key === `${src}@${previewWidth}` ? m.height : undefined;
  const startHeight = settled === measured ? current(settled) : undefined;
  const previewHeight = current(measured) ?? EMBED_START_HEIGHT[view];
  const frame = useRef<HTMLIFrameElement>(null);

  const day = shareable.date ?? defaultDate;
  // The timeline's still picture is one per conflict (counts per year, the latest items).
  const picture =
    view === 'timeline'
      ? timelinePicturePath(dataset.id)
      : picturePath(dataset.id, pictureDays, day);
  const party =
    dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
    dataset.conflict.mapParty;
  const code = embedCode({
    origin,
    options,
    size,
    path,
    title: `${dataset.conflict.title}: Faultline`,
    startHeight,
    fallback: {
      href: link,
      image: picture,
      alt:
        words.alt ??
        (view === 'timeline'
          ? `${words.title ?? dataset.conflict.title}: statements and events per year, and the latest ones, on Faultline`
          : picture
            ? `Map: share of each region of ${dataset.conflict.country.name} held by ${party}, as of ${formatDateValue(day, { longMonth: true })}`
            : `${words.title ?? dataset.conflict.title}: map on Faultline`),
      caption: [
        words.title ?? '',
        words.subtitle ?? '',
        ...annotationLines(options.annotations ?? [], (id) => {
          const r = dataset.regions.find((x) => x.id === id);
          return r ? r.nameEnFull || r.nameEn : id;
        }),
        words.note ?? '',
        words.byline ?? '',
      ],
    },
  });

  // The preview sizes itself from the embed's height messages, as a reader's page would.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { type?: unknown; height?: unknown } | null;
      if (
        e.source !== frame.current?.contentWindow ||
        d?.type !== 'faultline:embed-height' ||
        typeof d.height !== 'number' ||
        !Number.isFinite(d.height)
      )
        return;
      setMeasured({ key: measureKeyRef.current, height: Math.min(4000, Math.max(100, d.height)) });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const show = () => {
    setOrigin(window.location.origin);
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();

  return (
    <>
      <button type="button" className={styles.open} onClick={show} aria-haspopup="dialog">
        Share &amp; embed
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
        data-testid="share-dialog"
      >
        <div className={styles.head}>
          <h2 id={`${id}-title`} className={styles.title}>
            Share this view
          </h2>
          <button type="button" className={styles.close} onClick={close} aria-label="Close">
            ×
          </button>
        </div>

        <section className={styles.section} aria-labelledby={`${id}-link`}>
          <h3 id={`${id}-link`} className={styles.h3}>
            Link
          </h3>
          <div className={styles.row}>
            <input
              ref={linkRef}
              className={styles.input}
              readOnly
              value={link}
              aria-label="Link to this view"
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={link} target={() => linkRef.current} label="Copy link" />
          </div>
        </section>

        <section className={styles.section} aria-labelledby={`${id}-embed`}>
          <h3 id={`${id}-embed`} className={styles.h3}>
            Embed in an article
          </h3>
          <div className={styles.options}>
            <fieldset className={styles.fieldset}>
              <legend>Show</legend>
              {(['both', 'map', 'timeline'] as const).map((v) => (
                <label key={v}>
                  <input
                    type="radio"
                    name={`${id}-view`}
                    value={v}
                    checked={view === v}
                    onChange={() => setView(v)}
                  />{' '}
                  {v === 'both' ? 'Map and timeline' : v === 'map' ? 'Map' : 'Timeline'}
                </label>
              ))}
            </fieldset>
            <fieldset className={styles.fieldset}>
              <legend>Size</legend>
              <label>
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={sizeKind === 'responsive'}
                  onChange={() => setSizeKind('responsive')}
                />{' '}
                Responsive (full width, height follows content)
              </label>
              {sizeKind === 'responsive' && (
                <span className={styles.dims}>
                  <label>
                    Article column{' '}
                    <input
                      type="number"
                      min={300}
                      max={1200}
                      step={10}
                      value={column}
                      onChange={(e) => setColumn(Number(e.target.value) || 640)}
                    />{' '}
                    px wide
                  </label>
                  <span className={styles.hint} data-testid="start-height">
                    {startHeight
                      ? `Starts ${startHeight} px tall, as the preview measures it at this width; then follows its content.`
                      : 'Measuring the preview at this width…'}
                  </span>
                </span>
              )}
              <label>
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={sizeKind === 'fixed'}
                  onChange={() => setSizeKind('fixed')}
                />{' '}
                Fixed
              </label>
              {sizeKind === 'fixed' && (
                <span className={styles.dims}>
                  <label>
                    Width{' '}
                    <input
                      type="number"
                      min={300}
                      max={1200}
                      step={10}
                      value={width}
                      onChange={(e) => setWidth(Number(e.target.value) || 800)}
                    />{' '}
                    px
                  </label>
                  <label>
                    Height{' '}
                    <input
                      type="number"
                      min={200}
                      max={3000}
                      step={10}
                      value={height}
                      onChange={(e) => setHeight(Number(e.target.value) || 600)}
                    />{' '}
                    px
                  </label>
                </span>
              )}
            </fieldset>
            <fieldset className={styles.fieldset}>
              <legend>Theme</legend>
              {(['light', 'dark'] as const).map((t) => (
                <label key={t}>
                  <input
                    type="radio"
                    name={`${id}-theme`}
                    value={t}
                    checked={theme === t}
                    onChange={() => setTheme(t)}
                  />{' '}
                  {t === 'light' ? 'Light' : 'Dark'}
                </label>
              ))}
            </fieldset>
            <fieldset className={styles.fieldset}>
              <legend>Options</legend>
              <label>
                <input
                  type="checkbox"
                  checked={controls}
                  onChange={(e) => setControls(e.target.checked)}
                />{' '}
                Readers may change the date
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={pinned}
                  onChange={(e) => setPinned(e.target.checked)}
                />{' '}
                Pin to this data version ({dataset.version}), so later edits do not change the chart
              </label>
            </fieldset>
            <EmbedWords
              value={words}
              onChange={setWords}
              annotations={notes}
              onAnnotations={setNotes}
              regions={regions}
              bounds={bounds}
              defaultDay={shareable.date ?? defaultDate}
            />
          </div>
          <label className={styles.codeLabel} htmlFor={`${id}-code`}>
            Embed code
          </label>
          <textarea
            ref={codeRef}
            id={`${id}-code`}
            className={styles.code}
            readOnly
            value={code}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className={styles.row}>
            <CopyButton text={code} target={() => codeRef.current} label="Copy embed code" />
          </div>
          <h3 className={styles.h3}>Preview</h3>
          <div className={styles.preview}>
            {open && (
              <iframe
                ref={frame}
                key={previewSrc}
                src={previewSrc}
                title="Preview of the embed"
                data-testid="share-preview"
                style={
                  sizeKind === 'fixed'
                    ? {
                        width: Math.max(300, width),
                        maxWidth: '100%',
                        height: Math.max(200, height),
                        border: 0,
                      }
                    : { width: columnWidth, height: previewHeight, border: 0 }
                }
              />
            )}
          </div>
        </section>
      </dialog>
    </>
  );
}
