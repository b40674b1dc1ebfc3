import type { ReactNode } from 'react';
import { conflictParams } from './params';

// Every conflict's pages are built ahead (the static export has no server); an id that is not
// a shipped dataset is a 404.
export const dynamicParams = false;
export const generateStaticParams = conflictParams;

export default function ConflictLayout({ children }: { children: ReactNode }) {
  return children;
}
