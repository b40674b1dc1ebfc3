import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './explorer-store';
import { bindUrl, type HistoryPort } from './url-sync';

function fakeHistory(start: string) {
  const entries = [start];
  let at = 0;
  let pop: (() => void) | null = null;
  const parse = (u: string) => {
    const url = new URL(u, 'https://x.example');
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  };
  const port: HistoryPort = {
    location: () => parse(entries[at]!),
    push: (u) => {
      entries.splice(at + 1, Infinity, u);
      at = entries.length - 1;
    },
    replace: (u) => {
      entries[at] = u;
    },
    onPop: (fn) => {
      pop = fn;
      return () => (pop = null);
    },
  };
  const back = () => {
    at -= 1;
    pop?.();
  };
  return { port, entries, back, current: () => entries[at]! };
}

const ctx = {
  itemIds: new Set(['s-1']),
  regionIds: new Set(['XX-N', 'XX-S']),
  speakerIds: new Set<string>(),
  partyIds: new Set<string>(),
  topicIds: new Set<string>(),
  placeIds: new Set(['XX-N', 'XX-S']),
  markerPlaceIds: new Set(['north-town']),
  bounds: ['2020-01-01', '2024-12-31'] as [string, string],
};

const setup = (url: string) => {
  const store = createExplorerStore({
    initial: { date: '2024-01-01' },
    itemDays: { 's-1': '2022-05-05' },
  });
  const h = fakeHistory(url);
  const unbind = bindUrl(store, {
    ctx,
    defaultDate: '2024-01-01',
    mapParty: 'red',
    itemDay: (id) => (id === 's-1' ? '2022-05-05' : undefined),
    history: h.port,
  });
  return { store, h, unbind };
};

describe('the URL binding of the store', () => {
  it('restores the view a link names, ignoring what the dataset does not have', () => {
    const { store } = setup('/mini?date=2023-03-01&region=XX-S&place=north-town&item=nope');
    const s = store.getState();
    expect([s.date, s.selectedRegionId, s.selectedPlaceId, s.selectedItemId]).toEqual([
      '2023-03-01',
      'XX-S',
      'north-town',
      null,
    ]);
  });

  it('a selected item without a date in the link moves the date to the item', () => {
    expect(setup('/mini?item=s-1').store.getState().date).toBe('2022-05-05');
  });

  it('a new selection adds a history entry; a date change replaces it; back restores', () => {
    const { store, h } = setup('/mini');
    store.getState().selectRegion('XX-N');
    expect(h.entries).toEqual(['/mini', '/mini?region=XX-N']);
    store.getState().setDate('2021-06-01');
    expect(h.entries).toEqual(['/mini', '/mini?date=2021-06-01&region=XX-N']);
    h.back();
    expect(store.getState().selectedRegionId).toBeNull();
    expect(store.getState().date).toBe('2024-01-01');
  });

  it('stops when unbound', () => {
    const { store, h, unbind } = setup('/mini');
    unbind();
    store.getState().selectRegion('XX-N');
    expect(h.entries).toEqual(['/mini']);
  });
});
