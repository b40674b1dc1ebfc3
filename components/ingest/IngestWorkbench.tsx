'use client';

import ImportPanel from './ImportPanel';
import { saveBlob } from '@/components/export/save-blob';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import ConfirmDialog, { type ConfirmRequest } from '@/components/dialogs/ConfirmDialog';
import type { Conflict } from '@/lib/schema';
import { SOURCE_KINDS, type SourceKind } from '@/lib/schema/source-kinds';
import { sourceKindWords } from '@/lib/dataset/source-kinds';
import type { IngestResult } from '@/lib/ingest/draft';
import { decodeInput } from '@/lib/ingest/input';
import { applyReview, type FactEdit, type ReviewState } from '@/lib/ingest/review';
import { MAX_KEPT_TEXT } from '@/lib/ingest/work-check';
import ArticleText from './ArticleText';
import { factsOf, LISTS, segments, type Fact, type ListName } from './facts';
import FactList, { type FocusRequest } from './FactList';
import styles from './ingest.module.css';
import { Cancelled, createIngestWorker, type IngestWorker } from './worker-client';
import { readRawIngestWork, setAsideIngestWork, writeIngestWork } from './work-storage';

type Engine = typeof import('./engine');

interface Props {
  conflict: Conflict;
  regionIds: string[];
}

/** What an extraction reads besides the text: the form's fields, or the stored ones. */
interface Inputs {
  published: string;
  publisher: string;
  kind?: SourceKind | '' | undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function download(name: string, content: string, type: string) {
  saveBlob(new Blob([content], { type }), name);
}

export default function IngestWorkbench({ conflict, regionIds }: Props) {
  const ids = useId();
  const [raw, setRaw] = useState('');
  const [published, setPublished] = useState('');
  const [publisher, setPublisher] = useState('');
  const [kind, setKind] = useState<SourceKind | ''>('');
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<IngestResult | null>(null);
  const [reviews, setReviews] = useState<Record<string, ReviewState>>({});
  const [edits, setEdits] = useState<Record<string, FactEdit>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  // Until the stored work has been read back, nothing is written over it.
  const [restored, setRestored] = useState(false);
  const [kept, setKept] = useState('');
  // The extractor, HTML reader and validator load on the first extraction (see ./engine).
  const [engine, setEngine] = useState<Engine | null>(null);
  const [loading, setLoading] = useState(false);
  const loadEngine = async (): Promise<Engine | null> => {
    if (engine) return engine;
    setLoading(true);
    setMessage('Loading the extractor…');
    try {
      const m = await import('./engine');
      setEngine(m);
      return m;
    } catch {
      setMessage('Could not load the extractor. Check your connection and try again.');
      return null;
    } finally {
      setLoading(false);
    }
  };

  const facts = useMemo(() => (result ? factsOf(result, conflict) : []), [result, conflict]);
  const byList = useMemo(
    () =>
      Object.fromEntries(LISTS.map((l) => [l, facts.filter((f) => f.list === l)])) as Record<
        ListName,
        Fact[]
      >,
    [facts],
  );
  // Cut once per extraction, not at every review click.
  const pieces = useMemo(
    () => (result ? segments(result.text, result.locations, result.skipped) : []),
    [result],
  );
  const reviewed = useMemo(
    () => (result ? applyReview(result.draft, reviews, edits) : null),
    [result, reviews, edits],
  );
  // Extraction and validation run in a worker: on a long article they take seconds, and the
  // page stays usable (and the reader can cancel) meanwhile.
  const workerRef = useRef<IngestWorker | null>(null);
  const worker = () => (workerRef.current ??= createIngestWorker());
  useEffect(() => () => workerRef.current?.destroy(), []);
  const [busySince, setBusySince] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (busySince === null) return;
    const timer = window.setInterval(
      () => setElapsed(Math.round((performance.now() - busySince) / 1000)),
      1000,
    );
    return () => window.clearInterval(timer);
  }, [busySince]);
  const cancel = () => workerRef.current?.cancel();

  // null while the reviewed file is being checked.
  const [problems, setProblems] = useState<string[] | null>([]);
  useEffect(() => {
    if (!result || !reviewed) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProblems(null);
    // A burst of clicks is checked once.
    const timer = window.setTimeout(() => {
      worker()
        .validate(reviewed, conflict, regionIds, result.text, result.newPeople, {
          newPlaces: result.newPlaces ?? [],
          newParties: result.newParties ?? [],
        })
        .then((p) => live && setProblems(p))
        .catch((e: unknown) => {
          if (live && !(e instanceof Cancelled))
            setProblems([`the file could not be checked (${String(e)})`]);
        });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [result, reviewed, conflict, regionIds]);

  const run = async (
    text: string,
    meta: { published?: string | null; publisher?: string | null; url?: string | null },
    inputs: Inputs,
    // A restored review goes back on the facts it was made on (the extraction is deterministic).
    review: { reviews: Record<string, ReviewState>; edits: Record<string, FactEdit> } = {
      reviews: {},
      edits: {},
    },
  ): Promise<string | null> => {
    setBusySince(performance.now());
    setElapsed(0);
    setMessage('Extracting facts…');
    try {
      const r = await worker().extract(text, conflict, {
        ...(inputs.published
          ? { published: inputs.published }
          : meta.published
            ? { published: meta.published }
            : {}),
        ...(inputs.publisher.trim()
          ? { publisher: inputs.publisher.trim() }
          : meta.publisher
            ? { publisher: meta.publisher }
            : {}),
        ...(inputs.kind ? { kind: inputs.kind } : {}),
        ...(meta.url ? { url: meta.url } : {}),
      });
      setResult(r);
      setReviews(review.reviews);
      setEdits(review.edits);
      setSelected(null);
      const n =
        r.draft.statements.length +
        r.draft.control.length +
        r.draft.events.length +
        r.draft.claims.length;
      return `${plural(n, 'fact')} drafted${r.warnings.length ? `. ${r.warnings.join(' ')}` : '.'}`;
    } catch (e) {
      if (e instanceof Cancelled) return 'Extraction cancelled: nothing was changed.';
      setResult(null);
      return `Could not read the article: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      setBusySince(null);
    }
  };

  /** Extracts from `text` (HTML read first); the message to show, or null when it could not. */
  const extractFrom = async (
    text: string,
    inputs: Inputs,
    review?: Parameters<typeof run>[3],
  ): Promise<string | null> => {
    const check = decodeInput(new TextEncoder().encode(text));
    if (!check.ok) {
      setResult(null);
      return `Nothing to extract: ${check.reason}.`;
    }
    const e = await loadEngine();
    if (!e) return null;
    if (e.looksLikeHtml(text)) {
      const h = e.extractHtml(text, (s) => new DOMParser().parseFromString(s, 'text/html'));
      return run(h.text, h, inputs, review);
    }
    return run(text, {}, inputs, review);
  };

  /** The kind goes on the drafted source at once: nothing needs extracting again. */
  const chooseKind = (k: SourceKind | '') => {
    setKind(k);
    setResult((r) => {
      if (!r) return r;
      const sources = r.draft.sources.map((src, i) => {
        if (i > 0) return src;
        const { kind: _old, ...rest } = src;
        return k ? { ...rest, kind: k } : rest;
      });
      return { ...r, draft: { ...r.draft, sources } };
    });
  };

  const extract = async () => {
    const said = await extractFrom(raw, { published, publisher, kind });
    if (said) setMessage(said);
  };

  /** The review decisions made so far, in words, or '' when there are none to lose. */
  const reviewInWords = () => {
    const decided = Object.values(reviews).filter((r) => r !== 'pending').length;
    const edited = Object.keys(edits).length;
    if (!decided && !edited) return '';
    return [
      decided ? `accepted or rejected ${plural(decided, 'fact')}` : '',
      edited ? `edited ${plural(edited, 'fact')}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
  };
  const cancelRef = useRef<(() => void) | null>(null);
  /** Runs `go` at once, or after asking when it would throw away review decisions. */
  const unlessReviewLost = (go: () => void, what: string, onCancel?: () => void) => {
    const lost = reviewInWords();
    if (!lost) return go();
    setConfirm({
      title: 'Discard your review?',
      body: `You have ${lost}. ${what} starts every fact afresh as pending.`,
      confirm: 'Discard and extract',
      cancel: 'Keep my review',
      onConfirm: () => {
        cancelRef.current = null;
        go();
      },
    });
    cancelRef.current = onCancel ?? null;
  };
  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    const check = decodeInput(new Uint8Array(await file.arrayBuffer()));
    if (!check.ok) {
      setMessage(`${file.name}: ${check.reason}.`);
      return;
    }
    const go = async () => {
      const en = await loadEngine();
      if (!en) return;
      if (/\.html?$/i.test(file.name) || en.looksLikeHtml(check.text)) {
        const h = en.extractHtml(check.text, (s) =>
          new DOMParser().parseFromString(s, 'text/html'),
        );
        setRaw(h.text);
        setMessage((await run(h.text, h, { published, publisher, kind })) ?? '');
      } else {
        setRaw(check.text);
        setMessage((await run(check.text, {}, { published, publisher, kind })) ?? '');
      }
    };
    // A file chosen and then declined is not left looking chosen.
    unlessReviewLost(
      () => void go(),
      `Opening ${file.name}`,
      () => (input.value = ''),
    );
  };

  // Read back the work kept in this browser: the text, the fields and every review decision.
  useEffect(() => {
    const stored = readRawIngestWork(conflict.id);
    if (!stored) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
      return;
    }
    let live = true;
    void (async () => {
      const { parseStoredIngestWork } = await import('@/lib/ingest/work-check');
      if (!live) return;
      const read = parseStoredIngestWork(stored);
      if (!read.ok) {
        const key = setAsideIngestWork(conflict.id, stored);
        setMessage(
          `The work kept in this browser could not be read (${read.reason}), so the page starts empty.${key ? ` It is set aside under “${key}”.` : ''}`,
        );
        setRestored(true);
        return;
      }
      const w = read.work;
      setRaw(w.raw);
      setPublished(w.published);
      setPublisher(w.publisher);
      setKind(w.kind ?? '');
      const decided = Object.values(w.reviews).filter((r) => r !== 'pending').length;
      const edited = Object.keys(w.edits).length;
      const said = w.extracted
        ? await extractFrom(w.raw, w, { reviews: w.reviews, edits: w.edits })
        : null;
      if (!live) return;
      setMessage(
        `Restored your article${w.extracted ? ` and your review (${plural(decided, 'decision')}, ${plural(edited, 'edit')})` : ''} from this browser.${said ? ` ${said}` : ''}`,
      );
      setRestored(true);
    })();
    return () => {
      live = false;
    };
    // Once, on arrival: later changes are written, not read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep the work in this browser: soon after each change, and at once when the page goes away.
  const extracted = result !== null;
  const pendingWrite = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!restored) return;
    const write = () => {
      pendingWrite.current = null;
      if (raw.length > MAX_KEPT_TEXT) {
        setKept(
          `This article is too long to keep in this browser (${raw.length.toLocaleString('en-GB')} characters; up to ${MAX_KEPT_TEXT.toLocaleString('en-GB')} are kept): the text and your review last only while this page is open. Download the reviewed file before you leave.`,
        );
        return;
      }
      const ok = writeIngestWork(conflict.id, {
        version: 1,
        raw,
        published,
        publisher,
        ...(kind ? { kind } : {}),
        extracted,
        reviews,
        edits,
      });
      setKept(
        ok
          ? ''
          : 'Your work could not be kept in this browser (its storage is full or turned off): it lasts only while this page is open. Download the reviewed file before you leave.',
      );
    };
    pendingWrite.current = write;
    const timer = window.setTimeout(write, 300);
    return () => window.clearTimeout(timer);
  }, [conflict.id, restored, raw, published, publisher, kind, extracted, reviews, edits]);
  useEffect(() => {
    const flush = () => pendingWrite.current?.();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  // A mark clicked in the text selects its card, which its list brings into view and focuses.
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const select = useCallback((id: string) => {
    setSelected(id);
    setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  }, []);

  const showInText = useCallback((id: string) => {
    setSelected(id);
    const mark = [...document.querySelectorAll<HTMLElement>('mark[data-facts]')].find((m) =>
      (m.dataset.facts ?? '').split(' ').includes(id),
    );
    mark?.scrollIntoView({
      block: 'center',
      behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }, []);
  const setReview = useCallback(
    (id: string, state: ReviewState) =>
      setReviews((r) => ({ ...r, [id]: r[id] === state ? 'pending' : state })),
    [],
  );
  const setEdit = useCallback(
    (id: string, patch: FactEdit) => setEdits((e) => ({ ...e, [id]: { ...e[id], ...patch } })),
    [],
  );
  const sourceId = result?.draft.sources[0]?.id ?? 'draft';
  const counts = {
    accepted: facts.filter((f) => reviews[f.id] === 'accepted').length,
    rejected: facts.filter((f) => reviews[f.id] === 'rejected').length,
  };

  return (
    <div className={styles.page}>
      <h1>Ingest an article</h1>
      <p className={styles.lede}>
        Paste a news article (plain text or HTML). Every fact drafted from it is highlighted in the
        text; accept, edit or reject each, then download the reviewed fact file.{' '}
        <strong>Everything runs in your browser; nothing is uploaded.</strong>
      </p>

      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          unlessReviewLost(() => void extract(), 'Extracting again');
        }}
      >
        <label htmlFor={`${ids}-text`}>Article text</label>
        <textarea
          id={`${ids}-text`}
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          rows={10}
          spellCheck={false}
          placeholder="Title, byline and date lines, then the article…"
        />
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor={`${ids}-file`}>Or open a file (.txt, .html)</label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              onChange={(e) => void openFile(e)}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${ids}-date`}>Publication date</label>
            <input
              id={`${ids}-date`}
              type="date"
              value={published}
              onChange={(e) => setPublished(e.target.value)}
              aria-describedby={`${ids}-date-help`}
            />
            <span id={`${ids}-date-help`} className={styles.help}>
              Only needed when the text gives none.
            </span>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${ids}-publisher`}>Publisher</label>
            <input
              id={`${ids}-publisher`}
              type="text"
              value={publisher}
              onChange={(e) => setPublisher(e.target.value)}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${ids}-kind`}>Kind of publisher</label>
            <select
              id={`${ids}-kind`}
              value={kind}
              onChange={(e) => chooseKind(e.target.value as SourceKind | '')}
              aria-describedby={`${ids}-kind-help`}
            >
              <option value="">Not chosen</option>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {sourceKindWords({ kind: k })}
                </option>
              ))}
            </select>
            <span id={`${ids}-kind-help`} className={styles.help}>
              Readers weigh a fact by it; a file ships only with one.
            </span>
          </div>
        </div>
        <div className={styles.row}>
          <button
            type="submit"
            className={styles.primary}
            disabled={loading || busySince !== null}
            aria-busy={loading || busySince !== null}
          >
            Extract facts
          </button>
          {busySince !== null && (
            <span className={styles.progress} data-testid="ingest-progress">
              <progress aria-label="Extracting facts" />
              <span>Extracting facts… {elapsed} s</span>
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </span>
          )}
        </div>
      </form>

      <p role="status" aria-live="polite" className={styles.status}>
        {message}
      </p>
      <p
        role="status"
        aria-live="polite"
        className={`${styles.status} ${styles.bad}`}
        data-testid="ingest-kept"
      >
        {kept}
      </p>
      <ConfirmDialog
        request={confirm}
        onClose={() => {
          setConfirm(null);
          cancelRef.current?.();
          cancelRef.current = null;
        }}
      />

      {result && reviewed && (
        <div className={styles.workspace}>
          <section aria-labelledby={`${ids}-article`} className={styles.article} tabIndex={0}>
            <h2 id={`${ids}-article`}>Article</h2>
            <p className={styles.meta}>
              {result.meta.title ?? 'No title found'} ·{' '}
              {result.meta.author ? `by ${result.meta.author} · ` : ''}
              {result.meta.published ? `published ${result.meta.published}` : 'no publication date'}
              {result.meta.updated ? ` · updated ${result.meta.updated}` : ''}
            </p>
            <ArticleText
              text={result.text}
              pieces={pieces}
              reviews={reviews}
              selected={selected}
              onSelect={select}
            />
            <p className={styles.legend}>
              <span className={`${styles.swatch} ${styles.statements}`} /> statement{' '}
              <span className={`${styles.swatch} ${styles.control}`} /> control figure{' '}
              <span className={`${styles.swatch} ${styles.events}`} /> event{' '}
              <span className={`${styles.swatch} ${styles.claims}`} /> claim ·{' '}
              <span className={styles.skipped}>
                header, byline and captions (not read for facts)
              </span>
            </p>
          </section>

          <section aria-labelledby={`${ids}-facts`} className={styles.facts}>
            <h2 id={`${ids}-facts`}>Drafted facts</h2>
            <p className={styles.meta}>
              {facts.length} drafted · {counts.accepted} accepted · {counts.rejected} rejected ·{' '}
              {facts.length - counts.accepted - counts.rejected} pending
            </p>
            {LISTS.map((list) => {
              const items = byList[list];
              if (!items.length) return null;
              return (
                <FactList
                  key={list}
                  list={list}
                  items={items}
                  reviews={reviews}
                  edits={edits}
                  selected={selected}
                  focus={focus}
                  onShow={showInText}
                  onReview={setReview}
                  onEdit={setEdit}
                />
              );
            })}
            {reviewed.notes.length > 0 && (
              <>
                <h3>Notes</h3>
                <ul>
                  {reviewed.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            )}
            <div className={styles.downloads}>
              <p
                role="status"
                aria-live="polite"
                className={problems?.length ? styles.bad : styles.good}
              >
                {problems === null
                  ? 'Checking the reviewed file…'
                  : problems.length
                    ? `The reviewed file has ${problems.length} problem(s): ${problems.slice(0, 3).join('; ')}`
                    : 'The reviewed file passes validation.'}
              </p>
              <button
                type="button"
                className={styles.primary}
                onClick={() =>
                  download(
                    `${sourceId}.json`,
                    `${JSON.stringify(reviewed, null, 2)}\n`,
                    'application/json',
                  )
                }
              >
                Download reviewed file (.json)
              </button>
              <button
                type="button"
                onClick={() =>
                  download(
                    reviewed.sources[0]?.text ?? `${sourceId}.txt`,
                    result.text,
                    'text/plain',
                  )
                }
              >
                Download article text (.txt)
              </button>
              {result.newPeople.length > 0 && (
                <button
                  type="button"
                  onClick={() =>
                    download(
                      `${sourceId}.people.json`,
                      `${JSON.stringify({ people: result.newPeople.map((p) => engine?.toPerson(p) ?? p) }, null, 2)}\n`,
                      'application/json',
                    )
                  }
                >
                  Download new people ({result.newPeople.length})
                </button>
              )}
              {(result.newPlaces?.length ?? 0) + (result.newParties?.length ?? 0) > 0 && (
                <button
                  type="button"
                  onClick={() =>
                    download(
                      `${sourceId}.places.json`,
                      `${JSON.stringify(
                        {
                          note: 'Give each place its region, then add places and parties to conflict.json.',
                          places: result.newPlaces ?? [],
                          parties: result.newParties ?? [],
                        },
                        null,
                        2,
                      )}\n`,
                      'application/json',
                    )
                  }
                >
                  Download new places and parties (
                  {(result.newPlaces?.length ?? 0) + (result.newParties?.length ?? 0)})
                </button>
              )}
            </div>
          </section>
        </div>
      )}
      <ImportPanel conflict={conflict} />
    </div>
  );
}
