'use client';

import { useState } from 'react';

/** Texts longer than this show their first part and a button for the rest. */
export const LONG_TEXT_LIMIT = 1200;

/**
 * Shows a text that may be very long (a pasted article, a hostile data file) without letting
 * it swamp the panel: the first part, then a button that reveals the rest.
 */
export default function LongText({
  text,
  limit = LONG_TEXT_LIMIT,
}: {
  text: string;
  limit?: number;
}) {
  const [open, setOpen] = useState(false);
  if (text.length <= limit || open) return <>{text}</>;
  return (
    <>
      {text.slice(0, limit)}…{' '}
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Show all {text.length.toLocaleString('en-GB')} characters
      </button>
    </>
  );
}
