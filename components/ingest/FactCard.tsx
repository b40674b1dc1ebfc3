'use client';

import { memo } from 'react';
import type { FactEdit, ReviewState } from '@/lib/ingest/review';
import type { Fact } from './facts';
import styles from './ingest.module.css';

/** Where a card sits in a virtualised list: its offset, index and the list's length. */
export interface CardSlot {
  top: number;
  index: number;
  setSize: number;
}

/**
 * One drafted fact to review. Memoised: a click re-renders its own card, not all of them (a
 * long article drafts thousands). In a virtualised list it is placed at `slot`.
 */
const FactCard = memo(function FactCard({
  f,
  state,
  edit,
  selected,
  onShow,
  onReview,
  onEdit,
  register,
  slot,
}: {
  f: Fact;
  state: ReviewState;
  edit: FactEdit | undefined;
  selected: boolean;
  onShow: (id: string) => void;
  onReview: (id: string, state: ReviewState) => void;
  onEdit: (id: string, patch: FactEdit) => void;
  register: (id: string, el: HTMLElement | null) => void;
  slot?: CardSlot | undefined;
}) {
  return (
    <li
      ref={(el) => register(f.id, el)}
      tabIndex={-1}
      className={[
        styles.card,
        styles[`card-${state}`],
        selected && styles.cardSelected,
        slot && styles.slot,
      ]
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={`${f.id}-h`}
      data-testid="fact-card"
      data-fact-id={f.id}
      {...(slot
        ? {
            'data-index': slot.index,
            'aria-posinset': slot.index + 1,
            'aria-setsize': slot.setSize,
            style: { transform: `translateY(${slot.top}px)` },
          }
        : {})}
    >
      <h4 id={`${f.id}-h`}>
        <button
          type="button"
          className={styles.linkish}
          onClick={() => onShow(f.id)}
          aria-label={`Show in text: ${f.heading}`}
        >
          {f.heading}
        </button>
      </h4>
      <p className={styles.meta}>
        {f.dateLabel && <>{f.dateLabel} · </>}
        {f.detail && <>{f.detail} · </>}confidence {f.confidence.toFixed(2)} ·{' '}
        <span className={styles.state}>{state}</span>
      </p>
      {f.words !== undefined && (
        <div className={styles.field}>
          <label htmlFor={`${f.id}-words`}>{f.list === 'events' ? 'Title' : 'Words'}</label>
          <textarea
            id={`${f.id}-words`}
            rows={2}
            value={edit?.text ?? f.words}
            onChange={(e) => onEdit(f.id, { text: e.target.value })}
          />
        </div>
      )}
      {f.list !== 'claims' && (
        <div className={styles.field}>
          <label htmlFor={`${f.id}-date`}>
            Date (YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown)
          </label>
          <input
            id={`${f.id}-date`}
            type="text"
            inputMode="numeric"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            value={edit?.date ?? f.date}
            onChange={(e) => onEdit(f.id, { date: e.target.value })}
          />
        </div>
      )}
      <blockquote className={styles.evidence}>{f.evidence}</blockquote>
      {f.rule && <p className={styles.help}>Read by rule: {f.rule}</p>}
      <div className={styles.actions}>
        <button
          type="button"
          aria-pressed={state === 'accepted'}
          onClick={() => onReview(f.id, 'accepted')}
        >
          Accept
        </button>
        <button
          type="button"
          aria-pressed={state === 'rejected'}
          onClick={() => onReview(f.id, 'rejected')}
        >
          Reject
        </button>
      </div>
    </li>
  );
});

export default FactCard;
