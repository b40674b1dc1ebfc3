import type { Metadata } from 'next';
import PresenterView from '@/components/present/PresenterView';
import { storyDeck } from '@/lib/story/slides';
import { datasetOf, type ConflictPageProps } from '../../params';

export const metadata: Metadata = { title: 'Presenter view' };

export default async function PresenterPage(props: ConflictPageProps) {
  const dataset = await datasetOf(props);
  const story = dataset.stories?.find((s) => s.id === 'default') ?? dataset.stories?.[0];
  if (!story) return <p>This dataset has no story to present.</p>;
  return <PresenterView deck={storyDeck(dataset, story)} />;
}
