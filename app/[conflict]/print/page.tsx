import type { Metadata } from 'next';
import Handout from '@/components/present/Handout';
import { storyMapSvg } from '@/components/present/story-map-svg';
import { slideMapTitle } from '@/components/present/story-map';
import '@/components/present/present-global.css';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { storyDeck } from '@/lib/story/slides';
import { datasetOf, type ConflictPageProps } from '../params';

export const metadata: Metadata = {
  title: 'Handout',
  description:
    'The story as a printable handout: one step per page, each with its map, date and source.',
};

export default async function PrintPage(props: ConflictPageProps) {
  const dataset = await datasetOf(props);
  const story = dataset.stories?.find((s) => s.id === 'default') ?? dataset.stories?.[0];
  if (!story) return <p>This dataset has no story to print.</p>;
  const deck = storyDeck(dataset, story);
  const geo = loadDatasetGeo(dataset.id);
  const party =
    dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
    dataset.conflict.mapParty;
  return (
    <Handout
      deck={deck}
      party={party}
      live={`/${dataset.id}/present${story.id === 'default' ? '' : `?story=${encodeURIComponent(story.id)}`}`}
      mapSvg={(slide) =>
        storyMapSvg(geo, dataset, slide, {
          idPrefix: `pr${slide.index}-`,
          title: slideMapTitle(slide),
          thin: 1.2,
        })
      }
    />
  );
}
