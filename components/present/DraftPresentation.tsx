'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { readDraft } from '@/components/story/draft-storage';
import { isEmbedDataset } from '@/lib/embed/data';
import { storyFileFromDraft } from '@/lib/story/story-file';
import { storyDeck, type Deck } from '@/lib/story/slides';
import Presentation from './Presentation';
import PresenterView from './PresenterView';
import { storyMapSvg } from './story-map-svg';
import { slideMapTitle } from './story-map';

const PREFIX = 'pm-';

type Loaded = { deck: Deck; svg: string | null } | { error: string };

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json() as Promise<unknown>;
}

/** Builds the deck of the story builder's draft (kept in this browser), from published data. */
async function loadDraftDeck(
  urls: {
    dataset: string;
    regions: string;
    neighbours: string;
  },
  withMap: boolean,
): Promise<Loaded> {
  const file = storyFileFromDraft(readDraft());
  if (!file.ok) return { error: `There is no story to present yet. ${file.error}` };
  const [data, regions, neighbours] = await Promise.all([
    fetchJson(urls.dataset),
    withMap ? (fetchJson(urls.regions) as Promise<FeatureCollection<Geometry>>) : null,
    withMap
      ? (fetchJson(urls.neighbours) as Promise<FeatureCollection<Geometry>>).catch(() => null)
      : null,
  ]);
  if (!isEmbedDataset(data)) return { error: `${urls.dataset} is not a Faultline dataset file.` };
  const deck = storyDeck(data, file.story);
  const first = deck.slides[0];
  if (!first)
    return {
      error: 'None of the story’s steps is in this dataset: they may name facts that were removed.',
    };
  const svg = regions
    ? storyMapSvg({ regions, neighbours }, data, first, {
        idPrefix: PREFIX,
        title: slideMapTitle(first),
      })
    : null;
  return { deck, svg };
}

/**
 * /present/draft: the story being built in the explorer, presented like the default story,
 * straight from this browser (no file to download and no rebuild). With `presenter`, the
 * presenter's window of it (/present/draft/presenter), which follows the audience window.
 */
export default function DraftPresentation({
  datasetUrl,
  regionsUrl,
  neighboursUrl,
  presenter = false,
}: {
  datasetUrl: string;
  regionsUrl: string;
  neighboursUrl: string;
  presenter?: boolean;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    loadDraftDeck(
      { dataset: datasetUrl, regions: regionsUrl, neighbours: neighboursUrl },
      !presenter,
    )
      .catch((e: unknown) => ({
        error: `The story could not be loaded: ${e instanceof Error ? e.message : String(e)}.`,
      }))
      .then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [datasetUrl, regionsUrl, neighboursUrl, presenter]);

  if (!loaded) return <p role="status">Loading your story…</p>;
  if ('error' in loaded) {
    return (
      <div role="alert" data-testid="draft-error">
        <p>{loaded.error}</p>
        <p>
          <Link href="/" prefetch={false}>
            Open the explorer and build a story
          </Link>{' '}
          (Story builder, below the timeline), or <a href="/present">present the default story</a>.
        </p>
      </div>
    );
  }
  if (presenter) return <PresenterView deck={loaded.deck} />;
  return <Presentation deck={loaded.deck} mapSvg={loaded.svg ?? ''} mapPrefix={PREFIX} draft />;
}
