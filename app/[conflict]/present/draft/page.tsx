import type { Metadata } from 'next';
import DraftPage from '@/components/present/DraftPage';
import type { ConflictPageProps } from '../../params';

export const metadata: Metadata = {
  title: 'Present your story',
  description: 'The story you are building in the explorer, one step at a time.',
  robots: { index: false },
};

/** Presents the story builder's draft from this browser; the page itself holds no story. */
export default async function DraftPresentPage({ params }: ConflictPageProps) {
  const { conflict } = await params;
  return <DraftPage view="audience" conflict={conflict} />;
}
