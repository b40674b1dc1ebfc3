'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { EMPTY_DRAFT, readRawDraft } from '@/components/story/draft-storage';
import { readEmbedDataset } from '@/lib/embed/data';
import { parseStoredDraft } from '@/lib/story/draft-check';
import { storyFileFromDraft } from '@/lib/story/story-file';
import { readStoryFragment } from '@/lib/story/share-link';
import type { Story } from '@/lib/schema';
import { KeepAsDraft, StoryFileOpener } from './StoryTravel';
import { storyDeck, type Deck, type Slide } from '@/lib/story/slides';
import Presentation from './Presentation';
import Handout from './Handout';
import PresenterView from './PresenterView';
import { storyMapSvg } from './story-map-svg';
import { slideMapTitle } from './story-map';

const PREFIX = 'pm-';

/** A slide's map as SVG (the draft's boundaries, fetched once). */
type MapOf = (slide: Slide, options: { idPrefix: string; title: string; thin?: number }) => string;
type Loaded = { deck: Deck; mapOf: MapOf | null; party: string; story: Story } | { error: string };

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json() as Promise<unknown>;
}

/** Where the story shown came from: this browser's draft, a shared link or an opened file. */
type Origin = 'draft' | 'link' | 'file';

/** The story to show: the link's (#story=…) when there is one, else this browser's draft. */
async function storyToShow(
  datasetId: string,
): Promise<{ story: Story; origin: Origin } | { error: string }> {
  const linked = await readStoryFragment(window.location.hash);
  if (linked) return linked.ok ? { story: linked.story, origin: 'link' } : { error: linked.error };
  const raw = readRawDraft(datasetId);
  const stored = raw ? parseStoredDraft(raw) : { ok: true as const, draft: EMPTY_DRAFT };
  if (!stored.ok)
    return {
      error: `The story kept in this browser could not be read (${stored.reason}). Open the explorer: it sets the draft aside and starts a new one.`,
    };
  const file = storyFileFromDraft(stored.draft);
  if (!file.ok) return { error: `There is no story to present yet. ${file.error}` };
  return { story: file.story, origin: 'draft' };
}

/** Builds the deck of a story from published data (the dataset and the boundaries). */
async function loadDeck(
  story: Story,
  urls: { dataset: string; regions: string; neighbours: string },
): Promise<Loaded> {
  const [fetched, regions, neighbours] = await Promise.all([
    fetchJson(urls.dataset),
    fetchJson(urls.regions) as Promise<FeatureCollection<Geometry>>,
    (fetchJson(urls.neighbours) as Promise<FeatureCollection<Geometry>>).catch(() => null),
  ]);
  const data = readEmbedDataset(fetched);
  if (!data) return { error: `${urls.dataset} is not a Faultline dataset file.` };
  const deck = storyDeck(data, story);
  if (deck.slides.length === 0)
    return {
      error: 'None of the story’s steps is in this dataset: they may name facts that were removed.',
    };
  const party =
    data.conflict.parties.find((p) => p.id === data.conflict.mapParty)?.name ??
    data.conflict.mapParty;
  const mapOf: MapOf | null = regions
    ? (slide, options) => storyMapSvg({ regions, neighbours }, data, slide, options)
    : null;
  return { deck, mapOf, party, story };
}

/**
 * The story being built in the explorer, straight from this browser (no file to download and
 * no rebuild): presented like the default story (/present/draft), in the presenter's window
 * that follows it (/present/draft/presenter), or as a printable handout (/print/draft).
 */
export default function DraftPresentation({
  datasetId,
  datasetUrl,
  regionsUrl,
  neighboursUrl,
  view = 'audience',
}: {
  datasetId: string;
  datasetUrl: string;
  regionsUrl: string;
  neighboursUrl: string;
  view?: 'audience' | 'presenter' | 'handout';
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [origin, setOrigin] = useState<Origin>('draft');
  const [opened, setOpened] = useState<{ story: Story } | null>(null);
  const urls = useMemo(
    () => ({ dataset: datasetUrl, regions: regionsUrl, neighbours: neighboursUrl }),
    [datasetUrl, regionsUrl, neighboursUrl],
  );
  useEffect(() => {
    let live = true;
    const pick = opened
      ? Promise.resolve({ story: opened.story, origin: 'file' as Origin })
      : storyToShow(datasetId);
    pick
      .then(async (picked) => {
        if ('error' in picked) return picked;
        if (live) setOrigin(picked.origin);
        return loadDeck(picked.story, urls);
      })
      .catch((e: unknown) => ({
        error: `The story could not be loaded: ${e instanceof Error ? e.message : String(e)}.`,
      }))
      .then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [datasetId, urls, opened]);

  const opener = (
    <StoryFileOpener
      onStory={(story) => {
        setLoaded(null);
        setOpened({ story });
      }}
    />
  );
  if (!loaded) return <p role="status">Loading your story…</p>;
  if ('error' in loaded) {
    return (
      <div role="alert" data-testid="draft-error">
        <p>{loaded.error}</p>
        <p>
          <Link href={`/${datasetId}`} prefetch={false}>
            Open the explorer and build a story
          </Link>{' '}
          (Story builder, below the timeline), or{' '}
          <a href={`/${datasetId}/present`}>present the default story</a>.
        </p>
        {view === 'audience' && opener}
      </div>
    );
  }
  const { deck, mapOf, party } = loaded;
  if (view === 'presenter') {
    const first = deck.slides[0]!;
    return (
      <PresenterView
        deck={deck}
        mapSvg={mapOf?.(first, { idPrefix: 'nm-', title: slideMapTitle(first) }) ?? ''}
        mapPrefix="nm-"
      />
    );
  }
  if (view === 'handout') {
    return (
      <Handout
        deck={deck}
        party={party}
        mapSvg={(slide) =>
          mapOf?.(slide, {
            idPrefix: `pr${slide.index}-`,
            title: slideMapTitle(slide),
            thin: 1.2,
          }) ?? ''
        }
      />
    );
  }
  const first = deck.slides[0]!;
  return (
    <Presentation
      deck={deck}
      mapSvg={mapOf?.(first, { idPrefix: PREFIX, title: slideMapTitle(first) }) ?? ''}
      mapPrefix={PREFIX}
      draft
      // A linked story goes to the presenter window and the handout with its link.
      fragment={origin === 'link' ? window.location.hash : ''}
      aside={
        <>
          {origin !== 'draft' && (
            <KeepAsDraft datasetId={datasetId} story={loaded.story} origin={origin} />
          )}
          {opener}
        </>
      }
    />
  );
}
