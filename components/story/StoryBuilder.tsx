'use client';

import { useEffect, useState } from 'react';
import { saveBlob } from '@/components/export/save-blob';
import { formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import type { StoryStep } from '@/lib/schema';
import {
  addStep,
  moveStep,
  removeStep,
  setStepNote,
  stepKey,
  type StoryDraft,
} from '@/lib/story/builder';
import { useDataset } from '@/components/explorer/dataset-context';
import { useExplorer, useExplorerStoreApi } from '@/store/provider';
import { selectDate, selectSelectedItemId } from '@/store/selectors';
import { EMPTY_DRAFT, readDraft, writeDraft } from './draft-storage';
import styles from './story-builder.module.css';

const EMPTY = EMPTY_DRAFT;

/**
 * "Add to story": builds a story from the explorer's selected facts and dates, reorders and
 * removes steps, and downloads the story file (validated against the story schema) to drop
 * into data/<conflict>/stories/. The draft is kept in this browser between visits.
 */
export default function StoryBuilder() {
  const { dataset, lookup } = useDataset();
  const selectedId = useExplorer(selectSelectedItemId);
  const date = useExplorer(selectDate);
  const api = useExplorerStoreApi();
  const [draft, setDraft] = useState<StoryDraft>(EMPTY);
  const [status, setStatus] = useState('');
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // localStorage exists only in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(readDraft());
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (!loaded) return;
    // When storage is disabled the draft lasts for this page only.
    writeDraft(draft);
  }, [draft, loaded]);

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
  const update = (next: StoryDraft, message: string) => {
    setDraft(next);
    setStatus(message);
  };
  const add = (step: StoryStep) => {
    const next = addStep(draft, step);
    update(
      next,
      next === draft
        ? 'Already in the story.'
        : `Added step ${next.steps.length}: ${labelOf(step).what}`,
    );
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
  const defaultStory = dataset.stories?.[0];

  return (
    <details className={styles.builder} data-testid="story-builder">
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
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            placeholder="e.g. The front line in 2022"
          />
        </label>
        <div className={styles.actions}>
          <button
            type="button"
            disabled={!selected}
            onClick={() =>
              selected &&
              add(
                selected.type === 'statement' ? { statement: selected.id } : { event: selected.id },
              )
            }
          >
            Add selected{' '}
            {selected ? (selected.type === 'statement' ? 'statement' : 'event') : 'fact'} to story
          </button>
          <button type="button" onClick={() => add({ date })}>
            Add the map on {formatDateValue(date)}
          </button>
          {defaultStory && (
            <button
              type="button"
              onClick={() =>
                update(
                  { title: defaultStory.title, steps: defaultStory.steps },
                  `Loaded “${defaultStory.title}”.`,
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
              const id = 'date' in step ? null : 'statement' in step ? step.statement : step.event;
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
                        onChange={(e) => setDraft(setStepNote(draft, i, e.target.value))}
                      />
                    </label>
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
          <button type="button" onClick={() => void download()} disabled={draft.steps.length === 0}>
            Download story file
          </button>
          {draft.steps.length > 0 && (
            <button type="button" onClick={() => update(EMPTY, 'Cleared the story.')}>
              Clear
            </button>
          )}
          {draft.steps.length > 0 && <a href="/present/draft">Present this story</a>}
          <a href="/present">Present the default story</a>
        </div>
        <p className={styles.status} role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
