'use client';

import { useCallback, useEffect, useState } from 'react';

export type DeckTheme = 'light' | 'dark' | 'contrast';
export const DECK_THEMES: { id: DeckTheme; label: string }[] = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'contrast', label: 'High contrast' },
];
const KEY = 'faultline-present-theme';
const isTheme = (x: unknown): x is DeckTheme => x === 'light' || x === 'dark' || x === 'contrast';

/**
 * The presentation theme: ?theme=, else the last one chosen on this machine, else the
 * system's (dark, or high contrast when the system asks for more contrast).
 */
export function useDeckTheme(): [DeckTheme, (t: DeckTheme) => void] {
  const [theme, setTheme] = useState<DeckTheme>('light');
  useEffect(() => {
    const fromUrl = new URL(window.location.href).searchParams.get('theme');
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(KEY);
    } catch {
      saved = null;
    }
    const system: DeckTheme = window.matchMedia('(prefers-contrast: more)').matches
      ? 'contrast'
      : window.matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light';
    // Reading browser-only settings after hydration is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(isTheme(fromUrl) ? fromUrl : isTheme(saved) ? saved : system);
  }, []);
  const choose = useCallback((t: DeckTheme) => {
    setTheme(t);
    try {
      localStorage.setItem(KEY, t);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }, []);
  return [theme, choose];
}
