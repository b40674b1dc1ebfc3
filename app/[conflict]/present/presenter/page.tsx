import type { Metadata } from 'next';
import PresenterView from '@/components/present/PresenterView';
import { storyMapSvg } from '@/components/present/story-map-svg';
import { slideMapTitle } from '@/components/present/story-map';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { storyDeck } from '@/lib/story/slides';
import { datasetOf, type ConflictPageProps } from '../../params';

export const metadata: Metadata = { title: 'Presenter view' };

const PREFIX = 'nm-';

export default async function PresenterPage(props: ConflictPageProps) {
  const dataset = await datasetOf(props);
  const story = dataset.stories?.find((s) => s.id === 'default') ?? dataset.stories?.[0];
  if (!story) return <p>This dataset has no story to present.</p>;
  const deck = storyDeck(dataset, story);
  const first = deck.slides[0];
  const svg = first
    ? storyMapSvg(loadDatasetGeo(dataset.id), dataset, first, {
        idPrefix: PREFIX,
        title: slideMapTitle(first),
      })
    : '';
  return <PresenterView deck={deck} mapSvg={svg} mapPrefix={PREFIX} />;
}
