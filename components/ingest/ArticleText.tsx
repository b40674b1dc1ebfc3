'use client';

import { memo } from 'react';
import type { ReviewState } from '@/lib/ingest/review';
import type { Piece } from './facts';
import styles from './ingest.module.css';

interface Props {
  text: string;
  pieces: readonly Piece[];
  reviews: Record<string, ReviewState>;
  selected: string | null;
  onSelect: (id: string) => void;
}

/**
 * The article with every drafted fact marked where it was read. Each mark is memoised on what
 * it shows (rejected, selected), so a review click re-renders one mark, not every piece of a
 * long article.
 */
const ArticleText = memo(function ArticleText({
  text,
  pieces,
  reviews,
  selected,
  onSelect,
}: Props) {
  return (
    <div className={styles.text} data-testid="ingest-text">
      {pieces.map((seg) => {
        const words = text.slice(seg.start, seg.end);
        if (!seg.facts.length)
          return seg.skipped ? (
            <span key={seg.start} className={styles.skipped}>
              {words}
            </span>
          ) : (
            <span key={seg.start}>{words}</span>
          );
        return (
          <Mark
            key={seg.start}
            seg={seg}
            words={words}
            rejected={seg.facts.every((f) => reviews[f.id] === 'rejected')}
            selected={seg.facts.some((f) => f.id === selected)}
            onSelect={onSelect}
          />
        );
      })}
    </div>
  );
});

const Mark = memo(function Mark({
  seg,
  words,
  rejected,
  selected,
  onSelect,
}: {
  seg: Piece;
  words: string;
  rejected: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const first = seg.facts[0];
  if (!first) return null;
  return (
    <mark
      className={`${styles.mark} ${styles[first.list]} ${selected ? styles.markSelected : ''} ${rejected ? styles.markRejected : ''}`}
      data-facts={seg.facts.map((f) => f.id).join(' ')}
      title={seg.facts.map((f) => f.label).join('; ')}
      onClick={() => onSelect(first.id)}
    >
      {words}
    </mark>
  );
});

export default ArticleText;
