'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A list that shows its first `limit` entries and a "Show all N …" button for the rest, so a
 * panel about a region with 40 places stays a screen or two long. Showing all moves focus to
 * the first entry that was hidden, so a keyboard reader carries on where the list grew. The
 * list starts short again when `resetKey` changes (another region or place).
 */
export default function FirstOf<T>(props: {
  items: readonly T[];
  limit: number;
  /** Plural noun for the button: "Show all 40 places". */
  what: string;
  resetKey: string;
  className?: string;
  testId?: string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
}) {
  const { items, limit, resetKey } = props;
  const [openFor, setOpenFor] = useState<string | null>(null);
  // The entry to focus once the rest are drawn (after "Show all").
  const focusAt = useRef<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const all = openFor === resetKey || items.length <= limit + 2;
  const shown = all ? items : items.slice(0, limit);

  useEffect(() => {
    if (focusAt.current === null) return;
    const li = listRef.current?.children[focusAt.current];
    focusAt.current = null;
    li?.querySelector<HTMLElement>('button, a')?.focus();
  });

  return (
    <>
      <ul ref={listRef} className={props.className} data-testid={props.testId}>
        {shown.map((item) => (
          <li key={props.keyOf(item)}>{props.render(item)}</li>
        ))}
      </ul>
      {all ? null : (
        <button
          type="button"
          className="show-all"
          onClick={() => {
            focusAt.current = limit;
            setOpenFor(resetKey);
          }}
        >
          Show all {items.length} {props.what}
        </button>
      )}
    </>
  );
}
