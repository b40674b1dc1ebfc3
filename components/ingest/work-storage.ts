import type { StoredIngestWork } from '@/lib/ingest/work-check';

/** Where /ingest keeps the pasted article and the review of its facts (localStorage). */
export const INGEST_WORK_KEY = 'faultline-ingest-work';

/** The stored work as written, or null when there is none or storage is disabled. */
export function readRawIngestWork(): string | null {
  try {
    return localStorage.getItem(INGEST_WORK_KEY);
  } catch {
    return null;
  }
}

/** Moves unreadable stored work under a key of its own (nothing is deleted); that key, or null. */
export function setAsideIngestWork(raw: string, now = new Date()): string | null {
  const key = `${INGEST_WORK_KEY}-unreadable-${now.toISOString()}`;
  try {
    localStorage.setItem(key, raw);
    localStorage.removeItem(INGEST_WORK_KEY);
    return key;
  } catch {
    return null;
  }
}

/** Keeps the work in this browser; false when storage is disabled or full. */
export function writeIngestWork(work: StoredIngestWork): boolean {
  try {
    localStorage.setItem(INGEST_WORK_KEY, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}
