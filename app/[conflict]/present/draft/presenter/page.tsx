import type { Metadata } from 'next';
import DraftPage from '@/components/present/DraftPage';
import type { ConflictPageProps } from '../../../params';

export const metadata: Metadata = { title: 'Presenter view: your story', robots: { index: false } };

/** The presenter's window for the story builder's draft, from this browser. */
export default async function DraftPresenterPage({ params }: ConflictPageProps) {
  const { conflict } = await params;
  return <DraftPage view="presenter" conflict={conflict} />;
}
