'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import ConfirmDialog, { type ConfirmRequest } from '@/components/dialogs/ConfirmDialog';
import { saveBlob } from '@/components/export/save-blob';
import { formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import type { StoryStep } from '@/lib/schema';
import {
  addStep,
  moveStep,
  removeStep,
  setStepMap,
  setStepNote,
  setStepTitle,
  stepKey,
  type StoryDraft,
} from '@/lib/story/builder';
import { dayBoundsOf } from '@/lib/dataset/days';
import { highlightRegions } from '@/lib/story/steps';
import { useDataset } from '@/components/explorer/dataset-context';
import { useExplorer, useExplorerStoreApi } from '@/store/provider';
import { selectDate, selectSelectedItemId } from '@/store/selectors';
import { draftKey, EMPTY_DRAFT, readRawDraft, setAsideDraft, writeDraft } from './draft-storage';
import StepEditor from './StepEditor';
import styles from './story-builder.module.css';

const EMPTY = EMPTY_DRAFT;

/** Said after a change that the browser refused to store. */
const NOT_SAVED =
  'but it could not be saved in this browser (its storage is full or turned off): it lasts only while this page is open. Download the story file to keep it.';

const stepsInWords = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

/**
 * "Add to story": builds a story from the explorer's selected facts and dates, reorders and
 * removes steps, and downloads the story file (validated against the story schema) to drop
 * into data/<conflict>/stories/. The draft is kept in this browser between visits, checked
 * with the story schema when read (an unreadable one is set aside, never deleted), and
 * follows the other tabs that edit it. Replacing or clearing it asks first and can be undone.
 */
export default function StoryBuilder() {
  const { dataset, lookup } = useDataset();
  const selectedId = useExplorer(selectSelectedItemId);
  const date = useExplorer(selectDate);
  const api = useExplorerStoreApi();
  const [draft, setDraft] = useState<StoryDraft>(EMPTY);
  const [status, setStatus] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [undo, setUndo] = useState<{ previous: StoryDraft; what: string } | null>(null);
  const [shareLink, setShareLink] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const focusUndo = useRef(false);
  // A failed write is said once, not at every keystroke of a title.
  const saveFailed = useRef(false);

  useEffect(() => {
    // localStorage exists only in the browser, after hydration. The schema checker (zod, some
    // 30 KB) loads only when there is a stored draft to read, not with every explorer.
    let live = true;
    let checker: Promise<typeof import('@/lib/story/draft-check').parseStoredDraft> | null = null;
    const parser = () =>
      (checker ??= import('@/lib/story/draft-check').then((m) => m.parseStoredDraft));
    let followed: Promise<void> = Promise.resolve();
    const onStorage = (e: StorageEvent) => {
      // Another tab changed the draft: follow it, so neither tab overwrites the other's steps.
      if (e.key !== draftKey(dataset.id) || e.storageArea !== localStorage) return;
      const raw = e.newValue;
      // One after another, in the order the other tab wrote them.
      followed = followed
        .then(() => (raw === null ? null : parser()))
        .then((parse) => {
          if (!live) return;
          const next = raw === null || !parse ? { ok: true as const, draft: EMPTY } : parse(raw);
          if (!next.ok) return;
          setDraft(next.draft);
          setUndo(null);
          setStatus(`Updated from another tab: ${stepsInWords(next.draft.steps.length)}.`);
        })
        // A checker that failed to load leaves this tab's draft as it is.
        .catch(() => {});
    };
    const raw = readRawDraft(dataset.id);
    void (raw ? parser() : Promise.resolve(null)).then((parse) => {
      if (!live) return;
      const stored = raw && parse ? parse(raw) : { ok: true as const, draft: EMPTY };
      if (stored.ok) setDraft(stored.draft);
      else if (raw) {
        const key = setAsideDraft(dataset.id, raw);
        setNotice(
          `Your saved story draft could not be read (${stored.reason}), so the story builder starts empty. ` +
            (key
              ? `The old draft is set aside in this browser’s storage under “${key}”.`
              : 'It could not be set aside (the browser’s storage is full) and will be replaced when you add a step.'),
        );
      }
      setLoaded(true);
      window.addEventListener('storage', onStorage);
    });
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [dataset.id]);

  useEffect(() => {
    if (undo && focusUndo.current) undoRef.current?.focus();
    focusUndo.current = false;
  }, [undo]);

  /** Shows and stores `next`; `message` says what changed (and whether it was kept). */
  const commit = useCallback(
    (
      next: StoryDraft,
      message: string | null,
      undoable?: { previous: StoryDraft; what: string },
    ) => {
      const saved = writeDraft(dataset.id, next);
      setDraft(next);
      setUndo(undoable ?? null);
      // A link shown for the story before this change would share the old story.
      setShareLink('');
      if (!saved && (message || !saveFailed.current))
        setStatus(`${message ?? 'Your change is made'}, ${NOT_SAVED}`);
      else if (message) setStatus(`${message}.`);
      saveFailed.current = !saved;
    },
    [dataset.id],
  );

  const labelOf = (step: StoryStep): { when: string; what: string } => {
    if ('date' in step)
      return { when: formatDateValue(step.date), what: step.title ?? 'The map on this date' };
    const id = 'statement' in step ? step.statement : step.event;
    const item = lookup.items.get(id);
    return {
      when: item ? formatFuzzyDate(item.date) : '?',
      what: item?.label ?? `${id} (not in this dataset)`,
    };
  };

  const selected = selectedId ? lookup.items.get(selectedId) : undefined;
  const bounds = dayBoundsOf(dataset);
  const regionChoices = [...dataset.regions]
    .map((r) => ({ id: r.id, name: r.nameEnFull }))
    .sort((a, b) => a.name.localeCompare(b.name));
  /** The regions a step's fact names, as the slide outlines them by default. */
  const factRegions = (step: StoryStep) => {
    if ('date' in step) return [];
    const item = lookup.items.get('statement' in step ? step.statement : step.event);
    return item ? highlightRegions(item.regions, dataset) : [];
  };
  const update = (next: StoryDraft, message: string) => commit(next, message);
  const add = (step: StoryStep) => {
    const next = addStep(draft, step);
    if (next === draft) setStatus('Already in the story.');
    else update(next, `Added step ${next.steps.length}: ${labelOf(step).what}`);
  };
  /** Replaces the whole draft, after asking when there is work in it; undoable. */
  const replace = (next: StoryDraft, what: string, ask: Omit<ConfirmRequest, 'onConfirm'>) => {
    const previous = draft;
    const go = () => {
      focusUndo.current = true;
      commit(next, what, { previous, what });
    };
    if (previous.steps.length === 0 && !previous.title.trim()) return go();
    setConfirm({ ...ask, onConfirm: go });
  };
  const undoLast = () => {
    if (!undo) return;
    commit(undo.previous, `Undone: ${undo.what.charAt(0).toLowerCase()}${undo.what.slice(1)}`);
    titleRef.current?.focus();
  };
  const download = async () => {
    // The schema checker (zod) loads on first download, not with the explorer.
    const { storyFileFromDraft } = await import('@/lib/story/story-file');
    const file = storyFileFromDraft(draft);
    if (!file.ok) {
      setStatus(file.error);
      return;
    }
    const blob = new Blob([JSON.stringify(file.story, null, 2) + '\n'], {
      type: 'application/json',
    });
    saveBlob(blob, `${file.story.id}.json`);
    setStatus(
      `Downloaded ${file.story.id}.json: put it in data/${dataset.id}/stories/ to present it.`,
    );
  };
  const share = async () => {
    const [{ storyFileFromDraft }, { storyFragment, STORY_LINK_MAX }] = await Promise.all([
      import('@/lib/story/story-file'),
      import('@/lib/story/share-link'),
    ]);
    const file = storyFileFromDraft(draft);
    if (!file.ok) {
      setStatus(file.error);
      return;
    }
    const link = `${window.location.origin}/${dataset.id}/present/draft#${await storyFragment(file.story)}`;
    if (link.length > STORY_LINK_MAX) {
      setShareLink('');
      setStatus(
        `This story is too long for a link (${link.length} characters): download the story file and open it on the other computer's Present page (“Open a story file”).`,
      );
      return;
    }
    setShareLink(link);
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // no clipboard permission: the link is shown, selected, to copy by hand
    }
    setStatus(
      `${copied ? 'Link copied' : 'Here is the link'}: it opens this story in any browser, for presenting on another computer. It holds the story itself, nothing else.`,
    );
  };
  const defaultStory = dataset.stories?.[0];
  const yours = `Your story${draft.title.trim() ? ` “${draft.title.trim()}”` : ''} has ${stepsInWords(draft.steps.length)}`;

  return (
    <>
      <div className={styles.notice} role="status" data-testid="draft-notice">
        {notice && (
          <p>
            {notice}{' '}
            <button type="button" className="button" onClick={() => setNotice('')}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
      <details className={`${styles.builder} needs-js`} data-testid="story-builder">
        <summary>
          Story builder{' '}
          <span className={styles.count}>
            ({draft.steps.length} {draft.steps.length === 1 ? 'step' : 'steps'})
          </span>
        </summary>
        <div className={styles.body}>
          <label className={styles.title}>
            Story title
            <input
              ref={titleRef}
              value={draft.title}
              readOnly={!loaded}
              onChange={(e) => commit({ ...draft, title: e.target.value }, null)}
              placeholder="e.g. The front line in 2022"
            />
          </label>
          <label className={styles.title}>
            Description
            <input
              value={draft.description ?? ''}
              readOnly={!loaded}
              maxLength={500}
              onChange={(e) => {
                const { description: _old, ...rest } = draft;
                commit(e.target.value ? { ...rest, description: e.target.value } : rest, null);
              }}
              placeholder="Optional: what the story shows, for the handout’s cover"
            />
          </label>
          <div className={styles.actions}>
            <button
              type="button"
              disabled={!selected || !loaded}
              onClick={() =>
                selected &&
                add(
                  selected.type === 'statement'
                    ? { statement: selected.id }
                    : { event: selected.id },
                )
              }
            >
              Add selected{' '}
              {selected ? (selected.type === 'statement' ? 'statement' : 'event') : 'fact'} to story
            </button>
            <button type="button" disabled={!loaded} onClick={() => add({ date })}>
              Add the map on {formatDateValue(date)}
            </button>
            {defaultStory && (
              <button
                type="button"
                disabled={!loaded}
                onClick={() =>
                  replace(
                    {
                      title: defaultStory.title,
                      ...(defaultStory.description
                        ? { description: defaultStory.description }
                        : {}),
                      steps: defaultStory.steps,
                    },
                    `Loaded “${defaultStory.title}”`,
                    {
                      title: 'Replace your story?',
                      body: `${yours}. Starting from the default story (“${defaultStory.title}”, ${stepsInWords(defaultStory.steps.length)}) replaces it; you can undo this afterwards.`,
                      confirm: 'Replace',
                      cancel: 'Cancel',
                    },
                  )
                }
              >
                Start from the default story
              </button>
            )}
          </div>
          {!selected && (
            <p className={styles.hint}>Select a statement or event on the timeline to add it.</p>
          )}
          {draft.steps.length > 0 && (
            <ol className={styles.steps} aria-label="Steps of the story">
              {draft.steps.map((step, i) => {
                const { when, what } = labelOf(step);
                const id =
                  'date' in step ? null : 'statement' in step ? step.statement : step.event;
                return (
                  <li key={stepKey(step)} className={styles.step}>
                    <div className={styles.stepText}>
                      <span className={styles.when}>{when}</span>{' '}
                      {id ? (
                        <button
                          type="button"
                          className={styles.linkish}
                          onClick={() => api.getState().selectItem(id)}
                        >
                          {what}
                        </button>
                      ) : (
                        what
                      )}
                      <label className={styles.note}>
                        <span className={styles.srOnly}>Teacher’s note for step {i + 1}</span>
                        <input
                          value={step.note ?? ''}
                          placeholder="Teacher’s note (optional)"
                          onChange={(e) => commit(setStepNote(draft, i, e.target.value), null)}
                        />
                      </label>
                      <StepEditor
                        step={step}
                        number={i + 1}
                        ownDay={when}
                        bounds={bounds}
                        regions={regionChoices}
                        factRegions={factRegions(step)}
                        onTitle={(title) => commit(setStepTitle(draft, i, title), null)}
                        onMap={(patch) => commit(setStepMap(draft, i, patch), null)}
                        onRefused={setStatus}
                      />
                    </div>
                    <div className={styles.stepButtons}>
                      <button
                        type="button"
                        disabled={i === 0}
                        onClick={() =>
                          update(moveStep(draft, i, -1), `Moved “${what}” to step ${i}.`)
                        }
                        aria-label={`Move step ${i + 1} up`}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        disabled={i === draft.steps.length - 1}
                        onClick={() =>
                          update(moveStep(draft, i, 1), `Moved “${what}” to step ${i + 2}.`)
                        }
                        aria-label={`Move step ${i + 1} down`}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        onClick={() => update(removeStep(draft, i), `Removed “${what}”.`)}
                        aria-label={`Remove step ${i + 1}`}
                      >
                        Remove
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          <div className={styles.actions}>
            <button
              type="button"
              onClick={() => void download()}
              disabled={draft.steps.length === 0}
            >
              Download story file
            </button>
            <button type="button" onClick={() => void share()} disabled={draft.steps.length === 0}>
              Share this story
            </button>
            {draft.steps.length > 0 && (
              <button
                type="button"
                onClick={() =>
                  replace(EMPTY, 'Cleared the story', {
                    title: 'Clear your story?',
                    body: `${yours}. Clearing removes them all; you can undo this afterwards.`,
                    confirm: 'Clear',
                    cancel: 'Cancel',
                  })
                }
              >
                Clear
              </button>
            )}
            {draft.steps.length > 0 && (
              <a href={`/${dataset.id}/present/draft`}>Present this story</a>
            )}
            <a href={`/${dataset.id}/present`}>Present the default story</a>
          </div>
          {shareLink && (
            <input
              className={styles.shareLink}
              readOnly
              value={shareLink}
              aria-label="Link to this story"
              data-testid="story-link"
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          <div className={styles.statusRow}>
            <p className={styles.status} role="status">
              {status}
            </p>
            {undo && (
              <button type="button" ref={undoRef} onClick={undoLast}>
                Undo
              </button>
            )}
          </div>
        </div>
      </details>
    </>
  );
}
