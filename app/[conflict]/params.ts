import { datasetIds, getDataset } from '@/lib/dataset/server';
import type { CompiledDataset } from '@/lib/dataset/types';

/** The props Next gives every page under /<conflict>. */
export interface ConflictPageProps {
  params: Promise<{ conflict: string }>;
}

/** One entry per shipped dataset: every /<conflict>/… page is built for each. */
export function conflictParams(): { conflict: string }[] {
  return datasetIds().map((conflict) => ({ conflict }));
}

/** The compiled dataset a /<conflict>/… page shows. */
export async function datasetOf({ params }: ConflictPageProps): Promise<CompiledDataset> {
  const { conflict } = await params;
  return getDataset(conflict);
}
