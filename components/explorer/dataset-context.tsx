'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CompiledDataset } from '@/lib/dataset/types';
import { datasetLookup, type DatasetLookup } from '@/lib/dataset/lookup';

interface DatasetContextValue {
  dataset: CompiledDataset;
  lookup: DatasetLookup;
  /** The days the map's built picture changes on (lib/map/picture-days); empty if unknown. */
  pictureDays: readonly string[];
}

const NONE: readonly string[] = [];

const DatasetContext = createContext<DatasetContextValue | null>(null);

/** Hands the compiled dataset and its id lookups to every panel below. */
export function DatasetProvider({
  dataset,
  pictureDays = NONE,
  children,
}: {
  dataset: CompiledDataset;
  pictureDays?: readonly string[];
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ dataset, lookup: datasetLookup(dataset), pictureDays }),
    [dataset, pictureDays],
  );
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetContextValue {
  const v = useContext(DatasetContext);
  if (!v) throw new Error('useDataset must be used inside <DatasetProvider>');
  return v;
}
