import type { Metadata } from 'next';
import Presentation from '@/components/present/Presentation';
import { storyMapSvg } from '@/components/present/story-map-svg';
import { slideMapTitle } from '@/components/present/story-map';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { storyDeck } from '@/lib/story/slides';
import { datasetOf, type ConflictPageProps } from '../params';

export const metadata: Metadata = {
  title: 'Present',
  description: 'A story of key moments, one step at a time, for the front of a classroom.',
};

const PREFIX = 'pm-';

export default async function PresentPage(props: ConflictPageProps) {
  const dataset = await datasetOf(props);
  const story = dataset.stories?.find((s) => s.id === 'default') ?? dataset.stories?.[0];
  if (!story) return <p>This dataset has no story to present.</p>;
  const deck = storyDeck(dataset, story);
  const geo = loadDatasetGeo(dataset.id);
  const first = deck.slides[0];
  if (!first) return <p>This story has no steps.</p>;
  const svg = storyMapSvg(geo, dataset, first, { idPrefix: PREFIX, title: slideMapTitle(first) });
  return <Presentation deck={deck} mapSvg={svg} mapPrefix={PREFIX} />;
}
