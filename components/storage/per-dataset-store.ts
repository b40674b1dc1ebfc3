import { DEFAULT_DATASET } from '@/lib/dataset/default';

/**
 * One piece of work kept in this browser's localStorage per conflict (a story draft, an
 * ingest review), so work on one conflict is never opened, or overwritten, by another's page.
 * The default conflict keeps the bare key such work had before there were several conflicts,
 * so it is still found. Nothing is ever deleted: unreadable work is set aside under a key of
 * its own.
 */
export interface PerDatasetStore {
  key(datasetId: string): string;
  /** The stored text as written, or null when there is none or storage is disabled. */
  read(datasetId: string): string | null;
  /** Moves unreadable work aside (with the time in its key); that key, or null if refused. */
  setAside(datasetId: string, raw: string, now?: Date): string | null;
  /** Keeps `value` as JSON; false when storage is disabled or full. */
  write(datasetId: string, value: unknown): boolean;
}

export function perDatasetStore(baseKey: string): PerDatasetStore {
  const key = (id: string) => (id === DEFAULT_DATASET ? baseKey : `${baseKey}:${id}`);
  return {
    key,
    read(id) {
      try {
        return localStorage.getItem(key(id));
      } catch {
        return null;
      }
    },
    setAside(id, raw, now = new Date()) {
      const aside = `${baseKey}-unreadable-${id === DEFAULT_DATASET ? '' : `${id}-`}${now.toISOString()}`;
      try {
        localStorage.setItem(aside, raw);
        localStorage.removeItem(key(id));
        return aside;
      } catch {
        return null;
      }
    },
    write(id, value) {
      try {
        localStorage.setItem(key(id), JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
  };
}
