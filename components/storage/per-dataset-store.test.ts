import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { perDatasetStore } from './per-dataset-store';

// A Map behind the localStorage interface, so the store runs under node.
class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

describe('work kept per conflict in this browser', () => {
  let memory: MemoryStorage;
  beforeEach(() => {
    memory = new MemoryStorage();
    (globalThis as { localStorage?: unknown }).localStorage = memory;
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('keeps each conflict apart; the default conflict keeps the old key', () => {
    const store = perDatasetStore('faultline-story-draft');
    store.write('ukraine', { title: 'U' });
    store.write('sudan', { title: 'S' });
    expect(memory.getItem('faultline-story-draft')).toBe('{"title":"U"}');
    expect(store.read('sudan')).toBe('{"title":"S"}');
    // Writing one conflict's draft never touches another's.
    store.write('sudan', { title: 'S2' });
    expect(store.read('ukraine')).toBe('{"title":"U"}');
  });

  it('sets unreadable work aside under a key of its own, never deleting it', () => {
    const store = perDatasetStore('faultline-ingest-work');
    memory.setItem('faultline-ingest-work:gaza', '{broken');
    const key = store.setAside('gaza', '{broken', new Date('2026-01-02T03:04:05Z'));
    expect(key).toBe('faultline-ingest-work-unreadable-gaza-2026-01-02T03:04:05.000Z');
    expect(memory.getItem(key!)).toBe('{broken');
    expect(store.read('gaza')).toBeNull();
  });

  it('says so when storage refuses', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    };
    const store = perDatasetStore('k');
    expect(store.read('sudan')).toBeNull();
    expect(store.write('sudan', {})).toBe(false);
    expect(store.setAside('sudan', 'x')).toBeNull();
  });
});
