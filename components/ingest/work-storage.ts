import type { StoredIngestWork } from '@/lib/ingest/work-check';
import { perDatasetStore } from '@/components/storage/per-dataset-store';

/** Where /ingest keeps each conflict's pasted article and review of its facts (localStorage). */
export const INGEST_WORK_KEY = 'faultline-ingest-work';

const store = perDatasetStore(INGEST_WORK_KEY);
export const readRawIngestWork = store.read;
export const setAsideIngestWork = store.setAside;
export const writeIngestWork: (datasetId: string, work: StoredIngestWork) => boolean = store.write;
