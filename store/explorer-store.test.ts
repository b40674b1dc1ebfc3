import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './explorer-store';

const make = () =>
  createExplorerStore({
    initial: { date: '2025-01-21' },
    itemDays: { a: '2014-03-18', undated: undefined },
    bounds: ['2014-01-01', '2025-12-31'],
  });

describe('createExplorerStore(options)', () => {
  it('has the expected defaults', () => {
    const s = make().getState();
    expect(s).toMatchObject({
      date: '2025-01-21',
      selectedItemId: null,
      selectedRegionId: null,
      hoveredItemId: null,
      hoveredRegionId: null,
    });
  });
  it('selectItem(id) moves the date to the item, and keeps it for an undated item', () => {
    const store = make();
    store.getState().selectItem('a');
    expect(store.getState()).toMatchObject({ selectedItemId: 'a', date: '2014-03-18' });
    store.getState().selectItem('undated');
    expect(store.getState()).toMatchObject({ selectedItemId: 'undated', date: '2014-03-18' });
  });
  it('setDate(date) clamps to the bounds', () => {
    const store = make();
    store.getState().setDate('1990-01-01');
    expect(store.getState().date).toBe('2014-01-01');
    store.getState().setDate('2030-01-01');
    expect(store.getState().date).toBe('2025-12-31');
  });
  it('clearSelection() clears item and region', () => {
    const store = make();
    store.getState().selectItem('a');
    store.getState().selectRegion('UA-14');
    store.getState().clearSelection();
    expect(store.getState()).toMatchObject({ selectedItemId: null, selectedRegionId: null });
  });
});

describe('explorer store: filters, comparison, playback, restore', () => {
  it('merges filter patches and resets them', () => {
    const store = make();
    store.getState().setFilters({ text: 'peace' });
    store.getState().setFilters({ parties: ['russia'] });
    expect(store.getState().filters).toMatchObject({
      text: 'peace',
      parties: ['russia'],
      speakers: [],
    });
    store.getState().resetFilters();
    expect(store.getState().filters.text).toBe('');
  });
  it('clamps the comparison date and the playback speed', () => {
    const store = make();
    store.getState().setCompareDate('2000-01-01');
    expect(store.getState().compareDate).toBe('2014-01-01');
    store.getState().setSpeed(100);
    expect(store.getState().playback.speed).toBe(8);
    store.getState().play();
    expect(store.getState().playback.playing).toBe(true);
    store.getState().pause();
    expect(store.getState().playback.playing).toBe(false);
  });
  it('restore(state) replaces the shareable state and clears what it does not name', () => {
    const store = make();
    store.getState().selectItem('a');
    store.getState().selectRegion('UA-14');
    store.getState().restore({ date: '2022-05-01' });
    expect(store.getState()).toMatchObject({
      date: '2022-05-01',
      selectedItemId: null,
      selectedRegionId: null,
      compareDate: null,
    });
  });
});
