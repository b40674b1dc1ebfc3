'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FactEdit, ReviewState } from '@/lib/ingest/review';
import FactCard from './FactCard';
import { LIST_TITLES, type Fact, type ListName } from './facts';
import styles from './ingest.module.css';

/**
 * Lists up to this long are drawn whole (every card in the page, for find-in-page and screen
 * readers); longer ones draw only the cards near the window, so a click on a 10,000-fact
 * draft repaints a screenful, not the whole list.
 */
export const VIRTUAL_FROM = 150;
/** The gap between cards, as in .cards (var(--space-3)). */
const GAP = 12;

/** Asks a list to bring a card into view and focus it; `n` makes each request new. */
export interface FocusRequest {
  id: string;
  n: number;
}

interface Props {
  list: ListName;
  items: readonly Fact[];
  reviews: Record<string, ReviewState>;
  edits: Record<string, FactEdit>;
  selected: string | null;
  focus: FocusRequest | null;
  onShow: (id: string) => void;
  onReview: (id: string, state: ReviewState) => void;
  onEdit: (id: string, patch: FactEdit) => void;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** One list of drafted facts (statements, control figures, events or claims) to review. */
export default function FactList(props: Props) {
  return (
    <div>
      <h3>
        {LIST_TITLES[props.list]} ({props.items.length})
      </h3>
      {props.items.length > VIRTUAL_FROM ? <VirtualCards {...props} /> : <AllCards {...props} />}
    </div>
  );
}

function AllCards({ items, reviews, edits, selected, focus, onShow, onReview, onEdit }: Props) {
  const refs = useRef(new Map<string, HTMLElement>());
  const register = useCallback((id: string, el: HTMLElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);
  useEffect(() => {
    const el = focus && refs.current.get(focus.id);
    if (!el) return;
    el.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [focus]);
  return (
    <ol className={styles.cards}>
      {items.map((f) => (
        <FactCard
          key={f.id}
          f={f}
          state={reviews[f.id] ?? 'pending'}
          edit={edits[f.id]}
          selected={selected === f.id}
          onShow={onShow}
          onReview={onReview}
          onEdit={onEdit}
          register={register}
        />
      ))}
    </ol>
  );
}

function VirtualCards({ items, reviews, edits, selected, focus, onShow, onReview, onEdit }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  // The list's distance from the top of the page: what the window scrolls past to reach it.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setMargin(list.getBoundingClientRect().top + window.scrollY);
    measure();
    // Anything above the list may change height (the article pane on a phone, other lists).
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 260,
    overscan: 6,
    gap: GAP,
    scrollMargin: margin,
    getItemKey: (i) => items[i]?.id ?? i,
  });
  const refs = useRef(new Map<string, HTMLElement>());
  const measureElement = virtualizer.measureElement;
  const register = useCallback(
    (id: string, el: HTMLElement | null) => {
      if (el) {
        refs.current.set(id, el);
        measureElement(el);
      } else refs.current.delete(id);
    },
    [measureElement],
  );
  // A card asked for from the text may be far outside the drawn window: scroll to its index,
  // then focus it once it is drawn.
  useEffect(() => {
    if (!focus) return;
    const index = items.findIndex((f) => f.id === focus.id);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    let frame = 0;
    let tries = 0;
    const focusWhenDrawn = () => {
      const el = refs.current.get(focus.id);
      if (el) el.focus({ preventScroll: true });
      else if (tries++ < 30) frame = requestAnimationFrame(focusWhenDrawn);
    };
    frame = requestAnimationFrame(focusWhenDrawn);
    return () => cancelAnimationFrame(frame);
    // The virtualizer is the same object across renders; only a new request scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, items]);
  return (
    <>
      <p className={styles.help}>A long list: the cards near the screen are drawn as you scroll.</p>
      <ol
        ref={listRef}
        className={styles.virtualCards}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const f = items[v.index];
          if (!f) return null;
          return (
            <FactCard
              key={f.id}
              f={f}
              state={reviews[f.id] ?? 'pending'}
              edit={edits[f.id]}
              selected={selected === f.id}
              onShow={onShow}
              onReview={onReview}
              onEdit={onEdit}
              register={register}
              slot={{ top: v.start - margin, index: v.index, setSize: items.length }}
            />
          );
        })}
      </ol>
    </>
  );
}
