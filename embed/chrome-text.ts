import type { CompiledDataset } from '@/lib/dataset/types';

/** The source line under every embed and exported picture. */
export function sourceLineText(
  dataset: Pick<CompiledDataset, 'id' | 'version' | 'sources'>,
): string {
  return `Sources: ${dataset.sources.length} cited sources (each figure and quote names its own) · Faultline dataset “${dataset.id}”, version ${dataset.version}`;
}
