import { datasetIds, getDataset } from '@/lib/dataset/server';
import { atomFeed, buildFeed, jsonFeed, type FeedScope } from '@/lib/export/feeds';

/** The public origin feeds link to (SITE_URL at build time; set it when publishing). */
const site = () => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The Atom or JSON feed of a conflict, region or speaker; 404 for an unknown one. */
export function feedResponse(conflict: string, scope: FeedScope, format: 'xml' | 'json'): Response {
  if (!datasetIds().includes(conflict)) return new Response('Not found', { status: 404 });
  const ds = getDataset(conflict);
  const path =
    scope.kind === 'conflict'
      ? `/${conflict}/feed.${format}`
      : `/${conflict}/feeds/${scope.kind}/${scope.id}.${format}`;
  const feed = buildFeed(ds, scope, { site: site(), self: `${site()}${path}` });
  if (!feed) return new Response('Not found', { status: 404 });
  const body =
    format === 'xml' ? atomFeed(feed, ds.version, new Date().toISOString()) : jsonFeed(feed);
  return new Response(body, {
    headers: {
      'content-type':
        format === 'xml'
          ? 'application/atom+xml; charset=utf-8'
          : 'application/feed+json; charset=utf-8',
    },
  });
}

/** `<id>.xml` / `<id>.json` for every region or speaker of every conflict. */
export function feedFileParams(kind: 'region' | 'speaker'): { conflict: string; file: string }[] {
  return datasetIds().flatMap((conflict) => {
    const ds = getDataset(conflict);
    const ids =
      kind === 'region'
        ? ds.regions.map((r) => r.id)
        : [...new Set(ds.statements.map((s) => s.speaker))];
    return ids.flatMap((id) => [
      { conflict, file: `${id}.xml` },
      { conflict, file: `${id}.json` },
    ]);
  });
}

/** "UA-14.xml" → { id: "UA-14", format: "xml" }; null for anything else. */
export function feedFile(file: string): { id: string; format: 'xml' | 'json' } | null {
  const m = /^([A-Za-z0-9_-]+)\.(xml|json)$/.exec(file);
  return m ? { id: m[1]!, format: m[2] as 'xml' | 'json' } : null;
}
