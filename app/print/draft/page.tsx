import type { Metadata } from 'next';
import DraftPage from '@/components/present/DraftPage';
import '@/components/present/present-global.css';

export const metadata: Metadata = { title: 'Handout: your story', robots: { index: false } };

/** The story builder's draft as a printable handout, from this browser. */
export default function DraftHandoutPage() {
  return <DraftPage view="handout" />;
}
