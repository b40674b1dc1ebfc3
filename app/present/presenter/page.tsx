import type { Metadata } from 'next';
import PresenterView from '@/components/present/PresenterView';
import { getDataset } from '@/lib/dataset/server';
import { storyDeck } from '@/lib/story/slides';

export const metadata: Metadata = { title: 'Presenter view' };

export default function PresenterPage() {
  const dataset = getDataset();
  const story = dataset.stories?.find((s) => s.id === 'default') ?? dataset.stories?.[0];
  if (!story) return <p>This dataset has no story to present.</p>;
  return <PresenterView deck={storyDeck(dataset, story)} />;
}
