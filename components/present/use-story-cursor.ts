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

/** Elements whose own keys (Space on a button, arrows in a select) must not move the story. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return key === ' ' && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/**
 * The step cursor of a presentation window: keys (clicker), ?step=N deep link (kept in the URL),
 * and the other windows of the same presentation (audience ↔ presenter).
 */
export function useStoryCursor(
  storyId: string,
  count: number,
): { index: number; go: (action: StoryAction) => void } {
  const [index, setIndex] = useState(0);
  const indexRef = useRef(0);
  const sync = useRef<ReturnType<typeof openPresentSync> | null>(null);

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
      else show(stepAfter(0, { type: 'goTo', index: m.index }, count), false);
    });
    sync.current = link;
    link.post({ type: 'hello', story: storyId });
    return () => {
      link.close();
      sync.current = null;
    };
  }, [storyId, count, show]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key))
        return;
      const action = storyActionForKey(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      go(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return { index, go };
}
