import type { Metadata } from 'next';
import Explorer from '@/components/explorer/Explorer';
import MapFirstPaint from '@/components/map/MapFirstPaint';
import { defaultDateOf } from '@/lib/dataset/days';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import { datasetPictureDays } from '@/lib/map/picture-days';
import { datasetOf, type ConflictPageProps } from './params';

// Link previews (Open Graph, Twitter): the map at the default date, drawn at build time by
// app/og/map.png. SITE_URL (the public origin) makes the image URL absolute for unfurlers.
export async function generateMetadata(props: ConflictPageProps): Promise<Metadata> {
  const { conflict, id } = await datasetOf(props);
  const title = `${conflict.title} · Faultline`;
  const alt = `Map of the share of each region controlled by ${conflict.parties.find((p) => p.id === conflict.mapParty)?.name ?? conflict.mapParty}${conflict.defaultDate ? `, as of ${conflict.defaultDate}` : ''}`;
  return {
    metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
    openGraph: {
      type: 'website',
      siteName: 'Faultline',
      title,
      description: conflict.description,
      images: [{ url: `/${id}/og/map.png`, width: 1200, height: 630, alt }],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description: conflict.description,
      images: [{ url: `/${id}/og/map.png`, alt }],
    },
  };
}

export default async function ExplorerPage(props: ConflictPageProps) {
  const dataset = await datasetOf(props);
  const initialDate = defaultDateOf(dataset);
  return (
    <>
      <h1>{dataset.conflict.title}</h1>
      <p className="muted lede">{dataset.conflict.description}</p>
      <noscript>
        <p className="noscript-note">
          The timeline and controls need JavaScript, which is off in this browser. The map shows{' '}
          {formatDateValue(initialDate, { longMonth: true })}; links to other dates and selections
          need JavaScript too. Every statement and event is on the{' '}
          <a href={`/${dataset.id}/data`}>Data page</a>, as tables.
        </p>
      </noscript>
      <Explorer
        dataset={dataset}
        initialDate={initialDate}
        pictureDays={datasetPictureDays(dataset)}
        mapFirstPaint={<MapFirstPaint dataset={dataset} date={initialDate} />}
      />
    </>
  );
}
