import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/explore/filters';
import type { ExplorerStore } from './explorer-store';
import { selectFocusRegionId, selectShareable } from './selectors';

const state = {
  date: '2025-01-21',
  selectedItemId: 'st-a',
  selectedRegionId: 'UA-14',
  hoveredItemId: null,
  hoveredRegionId: null,
  filters: EMPTY_FILTERS,
  compareDate: null,
  playback: { playing: false, speed: 2 },
} as unknown as ExplorerStore;

describe('selectors', () => {
  it('selectShareable(state) keeps only what a link carries', () => {
    expect(selectShareable(state)).toEqual({
      date: '2025-01-21',
      selectedItemId: 'st-a',
      selectedRegionId: 'UA-14',
      compareDate: null,
      filters: EMPTY_FILTERS,
    });
  });
  it('selectFocusRegionId(state) prefers the hovered region over the selected one', () => {
    expect(selectFocusRegionId(state)).toBe('UA-14');
    expect(selectFocusRegionId({ ...state, hoveredRegionId: 'UA-23' } as ExplorerStore)).toBe(
      'UA-23',
    );
  });
});
