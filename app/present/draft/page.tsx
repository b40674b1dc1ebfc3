import type { Metadata } from 'next';
import DraftPage from '@/components/present/DraftPage';

export const metadata: Metadata = {
  title: 'Present your story',
  description: 'The story you are building in the explorer, one step at a time.',
  robots: { index: false },
};

/** Presents the story builder's draft from this browser; the page itself holds no story. */
export default function DraftPresentPage() {
  return <DraftPage view="audience" />;
}
