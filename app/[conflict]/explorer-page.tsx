import type { Metadata } from 'next';
import Explorer from '@/components/explorer/Explorer';
import MapFirstPaint from '@/components/map/MapFirstPaint';
import { dayBoundsOf, defaultDateOf } from '@/lib/dataset/days';
import type { CompiledDataset } from '@/lib/dataset/types';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import { datasetPictureDays, pictureDayOf } from '@/lib/map/picture-days';
import { linkDay } from '@/lib/url/state';

/**
 * The explorer of one conflict, shared by its built page (/<conflict>, at the default date) and
 * the page `next start` renders for a dated link (/<conflict>?date=…, see ./dated): the same
 * explorer, with the link preview and the first paint of the map at the link's date.
 */

/** The link's date when it is a day the dataset covers, else null (then: the default date). */
export const datasetLinkDay = (dataset: CompiledDataset, raw: unknown): string | null =>
  linkDay(raw, dayBoundsOf(dataset));

/**
 * Link previews (Open Graph, Twitter): the map of `day` (the default date when null), the
 * picture built for it at /<conflict>/og/<picture day>.png. SITE_URL (the public origin) makes
 * the image URL absolute for unfurlers.
 */
export function explorerMetadata(dataset: CompiledDataset, day: string | null): Metadata {
  const { conflict, id } = dataset;
  const party = conflict.parties.find((p) => p.id === conflict.mapParty)?.name ?? conflict.mapParty;
  const shown = day ?? conflict.defaultDate ?? null;
  const title = day
    ? `${conflict.title}, ${formatDateValue(day, { longMonth: true })} · Faultline`
    : `${conflict.title} · Faultline`;
  const alt = `Map of the share of each region controlled by ${party}${shown ? `, as of ${shown}` : ''}`;
  const picture = day ? pictureDayOf(datasetPictureDays(dataset), day) : null;
  const url = picture ? `/${id}/og/${picture}.png` : `/${id}/og/map.png`;
  return {
    metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
    alternates: {
      types: {
        'application/atom+xml': [
          { url: `/${id}/feed.xml`, title: `${conflict.title}: facts (Atom)` },
        ],
        'application/feed+json': [
          { url: `/${id}/feed.json`, title: `${conflict.title}: facts (JSON Feed)` },
        ],
      },
    },
    openGraph: {
      type: 'website',
      siteName: 'Faultline',
      title,
      description: conflict.description,
      images: [{ url, width: 1200, height: 630, alt }],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description: conflict.description,
      images: [{ url, alt }],
    },
  };
}

/** The page: title, description, the no-script note and the explorer, its map first drawn at `mapDay`. */
export function ExplorerBody({
  dataset,
  mapDay,
}: {
  dataset: CompiledDataset;
  mapDay: string | null;
}) {
  const initialDate = defaultDateOf(dataset);
  const firstDate = mapDay ?? initialDate;
  return (
    <>
      <h1>{dataset.conflict.title}</h1>
      <p className="muted lede">{dataset.conflict.description}</p>
      <noscript>
        <p className="noscript-note">
          The timeline and controls need JavaScript, which is off in this browser. The map shows{' '}
          {formatDateValue(firstDate, { longMonth: true })}; links to other dates and selections
          need JavaScript too. Every statement and event is on the{' '}
          <a href={`/${dataset.id}/data`}>Data page</a>, as tables.
        </p>
      </noscript>
      <Explorer
        dataset={dataset}
        initialDate={initialDate}
        pictureDays={datasetPictureDays(dataset)}
        mapFirstPaint={<MapFirstPaint dataset={dataset} date={firstDate} />}
      />
    </>
  );
}
