'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  parseStepParam,
  stepAfter,
  stepParam,
  storyActionForKey,
  type StoryAction,
} from '@/lib/story/navigation';
import { openPresentSync, type PresentMessage } from './sync';

/** Keys that blank the screen and bring it back, as in slide software. */
const BLANK_KEYS = new Set(['b', 'B', '.']);

/**
 * Elements whose own keys (Space on a button, arrows in a select, typing) must not move the
 * story. A clicker's PageDown/PageUp and the blank keys always work, whatever has focus,
 * except in a text field.
 */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName)) return true;
  if (key === 'PageDown' || key === 'PageUp' || BLANK_KEYS.has(key)) return false;
  if (target.tagName === 'SELECT') return true;
  return key === ' ' && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/**
 * The step cursor of a presentation window: keys (clicker), ?step=N deep link (kept in the URL),
 * and the other windows of the same presentation (audience ↔ presenter).
 */
export function useStoryCursor(
  storyId: string,
  count: number,
): {
  index: number;
  go: (action: StoryAction) => void;
  blank: boolean;
  setBlank: (blank: boolean) => void;
} {
  const [index, setIndex] = useState(0);
  const [blank, setBlankState] = useState(false);
  const blankRef = useRef(false);
  const sync = useRef<ReturnType<typeof openPresentSync> | null>(null);
  // Blanking is shared too: B in the presenter window blanks the audience's screen.
  const showBlank = useCallback(
    (b: boolean, broadcast: boolean) => {
      blankRef.current = b;
      setBlankState(b);
      if (broadcast) sync.current?.post({ type: 'blank', story: storyId, on: b });
    },
    [storyId],
  );
  const setBlank = useCallback((b: boolean) => showBlank(b, true), [showBlank]);
  const indexRef = useRef(0);

  const show = useCallback(
    (next: number, broadcast: boolean) => {
      indexRef.current = next;
      setIndex(next);
      const url = new URL(window.location.href);
      if (url.searchParams.get('step') !== stepParam(next)) {
        url.searchParams.set('step', stepParam(next));
        window.history.replaceState(window.history.state, '', url);
      }
      if (broadcast) sync.current?.post({ type: 'step', story: storyId, index: next });
    },
    [storyId],
  );

  const go = useCallback(
    (action: StoryAction) => show(stepAfter(indexRef.current, action, count), true),
    [count, show],
  );

  // Deep link first, then join the other windows: a new window asks where the others are.
  useEffect(() => {
    const fromUrl = new URL(window.location.href).searchParams.get('step');
    // The URL is only readable after hydration (the page is static), hence state set here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (fromUrl !== null) show(parseStepParam(fromUrl, count), false);
    const link = openPresentSync((m: PresentMessage) => {
      if (m.story !== storyId) return;
      if (m.type === 'hello') link.post({ type: 'step', story: storyId, index: indexRef.current });
      else if (m.type === 'blank') showBlank(m.on, false);
      else show(stepAfter(0, { type: 'goTo', index: m.index }, count), false);
    });
    sync.current = link;
    link.post({ type: 'hello', story: storyId });
    return () => {
      link.close();
      sync.current = null;
    };
  }, [storyId, count, show, showBlank]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key))
        return;
      if (BLANK_KEYS.has(e.key)) {
        e.preventDefault();
        setBlank(!blankRef.current);
        return;
      }
      const action = storyActionForKey(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      // On a blank screen the first press brings the slide back without moving.
      if (blankRef.current) setBlank(false);
      else go(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, setBlank]);

  return { index, go, blank, setBlank };
}
