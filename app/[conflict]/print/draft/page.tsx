import type { Metadata } from 'next';
import DraftPage from '@/components/present/DraftPage';
import type { ConflictPageProps } from '../../params';
import '@/components/present/present-global.css';

export const metadata: Metadata = { title: 'Handout: your story', robots: { index: false } };

/** The story builder's draft as a printable handout, from this browser. */
export default async function DraftHandoutPage({ params }: ConflictPageProps) {
  const { conflict } = await params;
  return <DraftPage view="handout" conflict={conflict} />;
}
