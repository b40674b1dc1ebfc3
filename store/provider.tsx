'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createExplorerStore,
  type ExplorerStore,
  type ExplorerStoreApi,
  type ExplorerStoreOptions,
} from './explorer-store';

const ExplorerContext = createContext<ExplorerStoreApi | null>(null);

/** Creates the page's store once and hands it to every view below. */
export function ExplorerProvider({
  children,
  ...options
}: ExplorerStoreOptions & { children: ReactNode }) {
  const [store] = useState(() => createExplorerStore(options));
  return <ExplorerContext.Provider value={store}>{children}</ExplorerContext.Provider>;
}

/** The raw store API, for framework-free renderers that subscribe themselves. */
export function useExplorerStoreApi(): ExplorerStoreApi {
  const store = useContext(ExplorerContext);
  if (!store) throw new Error('useExplorer* must be used inside <ExplorerProvider>');
  return store;
}

/** Reads one slice of the explorer state; re-renders only when that slice changes. */
export function useExplorer<T>(selector: (state: ExplorerStore) => T): T {
  return useStore(useExplorerStoreApi(), selector);
}
