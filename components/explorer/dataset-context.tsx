'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CompiledDataset } from '@/lib/dataset/types';
import { datasetLookup, type DatasetLookup } from '@/lib/dataset/lookup';

interface DatasetContextValue {
  dataset: CompiledDataset;
  lookup: DatasetLookup;
}

const DatasetContext = createContext<DatasetContextValue | null>(null);

/** Hands the compiled dataset and its id lookups to every panel below. */
export function DatasetProvider({
  dataset,
  children,
}: {
  dataset: CompiledDataset;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ dataset, lookup: datasetLookup(dataset) }), [dataset]);
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetContextValue {
  const v = useContext(DatasetContext);
  if (!v) throw new Error('useDataset must be used inside <DatasetProvider>');
  return v;
}
