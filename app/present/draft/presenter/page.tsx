import type { Metadata } from 'next';
import DraftPage from '@/components/present/DraftPage';

export const metadata: Metadata = { title: 'Presenter view: your story', robots: { index: false } };

/** The presenter's window for the story builder's draft, from this browser. */
export default function DraftPresenterPage() {
  return <DraftPage view="presenter" />;
}
