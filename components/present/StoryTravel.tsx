'use client';

import { useEffect, useId, useState } from 'react';
import ConfirmDialog, { type ConfirmRequest } from '@/components/dialogs/ConfirmDialog';
import { readRawDraft, writeDraft } from '@/components/story/draft-storage';
import type { Story } from '@/lib/schema';
import { parseStoredDraft } from '@/lib/story/draft-check';
import { readStoryText, STORY_JSON_MAX } from '@/lib/story/share-link';
import styles from './present.module.css';

/**
 * "Open a story file": a file picker, and a drop anywhere on the page. The file is checked
 * with the story schema and shown; nothing in this browser is changed by opening it.
 */
export function StoryFileOpener({ onStory }: { onStory: (story: Story) => void }) {
  const id = useId();
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);
  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > STORY_JSON_MAX) {
      setError(`${file.name} is too large for a story (over 256 KB).`);
      return;
    }
    const result = readStoryText(await file.text(), file.name);
    if (!result.ok) setError(result.error);
    else {
      setError('');
      onStory(result.story);
    }
  };
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      void read(e.dataTransfer.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });
  return (
    <div className={styles.opener} data-dragging={dragging} data-testid="story-opener">
      <label htmlFor={id}>Open a story file</label>{' '}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          void read(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />{' '}
      <span className={styles.openerHint}>or drop one on this page</span>
      <p role="alert" className={styles.openerError} data-testid="story-open-error">
        {error}
      </p>
    </div>
  );
}

/**
 * Says where a story from a link or a file came from, and keeps it as this browser's draft on
 * request: asking first when that would replace a draft with steps.
 */
export function KeepAsDraft({
  datasetId,
  story,
  origin,
}: {
  datasetId: string;
  story: Story;
  origin: 'link' | 'file';
}) {
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [done, setDone] = useState('');
  const keep = () => {
    const ok = writeDraft(datasetId, {
      title: story.title,
      ...(story.description ? { description: story.description } : {}),
      steps: story.steps,
    });
    setDone(
      ok
        ? 'Kept as your draft: the story builder in the explorer has it now.'
        : 'It could not be saved in this browser (storage full or turned off).',
    );
  };
  const ask = () => {
    const raw = readRawDraft(datasetId);
    const current = raw ? parseStoredDraft(raw) : null;
    const steps = current?.ok ? current.draft.steps.length : 0;
    if (steps === 0) return keep();
    setConfirm({
      title: 'Replace your draft?',
      body: `This browser already has a draft story with ${steps === 1 ? '1 step' : `${steps} steps`}${current?.ok && current.draft.title ? ` (“${current.draft.title}”)` : ''}. Keeping this story replaces it.`,
      confirm: 'Replace my draft',
      cancel: 'Keep my draft',
      onConfirm: keep,
    });
  };
  return (
    <div className={styles.travel} data-testid="story-origin">
      <p>
        {origin === 'link'
          ? 'This story came with the link'
          : 'This story is from the file you opened'}
        : your own draft in this browser is unchanged.
      </p>
      <button type="button" onClick={ask}>
        Keep it as my draft
      </button>
      <p role="status">{done}</p>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  );
}
