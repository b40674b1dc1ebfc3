import type { CompiledDataset } from '../dataset/types';
import { formatFuzzyDate } from '../dates/fuzzy-date';
import { describeControlFigure } from './fact-tables';

/**
 * Feeds of a conflict's facts (Atom 1.0 and JSON Feed 1.1): the whole conflict, one region, or
 * one speaker. An entry is a statement, an event or a control figure, with its words, its date
 * as precise as the source gives it, the source it came from and a deep link into the
 * explorer. Entries are ordered by the day their source was published, newest first: that is
 * when the fact became known. (A fact whose source gives no date sorts last.)
 */

export type FeedScope =
  { kind: 'conflict' } | { kind: 'region'; id: string } | { kind: 'speaker'; id: string };

export type FeedInput = Pick<
  CompiledDataset,
  | 'id'
  | 'version'
  | 'conflict'
  | 'regions'
  | 'sources'
  | 'statements'
  | 'events'
  | 'control'
  | 'claims'
>;

export interface FeedEntry {
  id: string;
  title: string;
  text: string;
  link: string;
  /** The source's publication day (YYYY-MM-DD), or null. */
  published: string | null;
  source: { title: string; publisher: string; url?: string };
}

export interface Feed {
  title: string;
  /** The explorer page the feed is about. */
  home: string;
  /** The feed's own address (Atom's rel="self"). */
  self: string;
  entries: FeedEntry[];
}

/** The most entries a feed lists. */
export const FEED_LIMIT = 200;

const day = (d: string | null | undefined) =>
  d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;

export function buildFeed(
  ds: FeedInput,
  scope: FeedScope,
  o: { site: string; self: string },
): Feed | null {
  const site = o.site.replace(/\/+$/, '');
  const base = `${site}/${ds.id}`;
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const people = new Map(ds.conflict.people.map((p) => [p.id, p]));
  const groupsOf = (region: string) =>
    ds.conflict.regionGroups.filter((g) => g.members.includes(region)).map((g) => g.id);
  let title = ds.conflict.title;
  let about: (targets: readonly string[]) => boolean = () => true;
  let speaker: string | null = null;
  if (scope.kind === 'region') {
    const r = ds.regions.find((x) => x.id === scope.id);
    if (!r) return null;
    const ids = new Set([r.id, ...groupsOf(r.id)]);
    about = (targets) => targets.some((t) => ids.has(t));
    title = `${r.nameEn}: ${ds.conflict.title}`;
  } else if (scope.kind === 'speaker') {
    const p = people.get(scope.id);
    if (!p) return null;
    speaker = p.id;
    title = `${p.name}: ${ds.conflict.title}`;
  }
  const sourceOf = (id: string) => {
    const s = sources.get(id);
    return {
      published: day(s?.published),
      source: {
        title: s?.title ?? id,
        publisher: s?.publisher ?? id,
        ...(s?.url ? { url: s.url } : {}),
      },
    };
  };
  const linkTo = (q: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
    return `${base}?${p.toString()}`;
  };
  const entries: FeedEntry[] = [];
  for (const s of ds.statements) {
    if (speaker ? s.speaker !== speaker : !about(s.regions)) continue;
    const who = people.get(s.speaker)?.name ?? s.speaker;
    const words = s.kind === 'quote' ? `“${s.text}”` : s.text;
    entries.push({
      id: `${base}#${s.id}`,
      title: `${who}: ${words.length > 120 ? `${words.slice(0, 117)}…` : words}`,
      text: `${who}, ${formatFuzzyDate(s.date)} (${s.kind}): ${words}`,
      link: linkTo({ date: day(s.date.value) ?? undefined, item: s.id }),
      ...sourceOf(s.source),
    });
  }
  if (!speaker) {
    for (const e of ds.events) {
      if (!about(e.regions)) continue;
      entries.push({
        id: `${base}#${e.id}`,
        title: e.title,
        text: `${formatFuzzyDate(e.date)}: ${e.title}${e.description ? `. ${e.description}` : ''}`,
        link: linkTo({ date: day(e.date.value) ?? undefined, item: e.id }),
        ...sourceOf(e.source),
      });
    }
    for (const c of ds.control) {
      if (!about([c.target])) continue;
      const { figure, stated } = describeControlFigure(c, ds);
      const where =
        (c.target === ds.conflict.country.id ? ds.conflict.country.name : undefined) ??
        ds.regions.find((r) => r.id === c.target)?.nameEn ??
        ds.conflict.regionGroups.find((g) => g.id === c.target)?.name ??
        (ds.conflict.places ?? []).find((p) => p.id === c.target)?.name ??
        c.target;
      const status = c.status === 'claimed' ? `claimed by ${c.claimant ?? 'a party'}` : 'assessed';
      entries.push({
        id: `${base}#${c.id}`,
        title: `${where}: ${figure} (${status}, as of ${formatFuzzyDate(c.asOf)})`,
        text: `${where}: ${figure}, as of ${formatFuzzyDate(c.asOf)} (${status})${stated ? `; ${stated}` : ''}.`,
        link: linkTo({
          date: day(c.asOf.value) ?? undefined,
          region: ds.regions.some((r) => r.id === c.target) ? c.target : undefined,
        }),
        ...sourceOf(c.source),
      });
    }
  }
  entries.sort(
    (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
  );
  const home =
    scope.kind === 'region'
      ? linkTo({ region: scope.id })
      : scope.kind === 'speaker'
        ? linkTo({ speakers: scope.id })
        : base;
  return { title, home, self: o.self, entries: entries.slice(0, FEED_LIMIT) };
}

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow at all (control characters, lone surrogates).
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    );

const stamp = (d: string) => `${d}T00:00:00Z`;

/**
 * The feed as Atom 1.0 XML. Atom needs a date on every entry, so a fact whose source gives no
 * date is left out here (the JSON Feed keeps it, undated) and the feed's subtitle says how many;
 * a date is never made up. The feed's own `updated` is its newest entry's, else `generatedAt`.
 */
export function atomFeed(feed: Feed, version: string, generatedAt: string): string {
  const dated = feed.entries.filter((e): e is FeedEntry & { published: string } => !!e.published);
  const undated = feed.entries.length - dated.length;
  const updated = dated[0] ? stamp(dated[0].published) : generatedAt;
  const entries = dated.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <updated>${stamp(e.published)}</updated>
    <summary>${xml(e.text)}</summary>
    <source><title>${xml(`${e.source.publisher}: ${e.source.title}`)}</title>${e.source.url ? `<link href="${xml(e.source.url)}"/>` : ''}</source>
  </entry>`,
  );
  const subtitle = undated
    ? `\n  <subtitle>${undated} ${undated === 1 ? 'fact whose source gives' : 'facts whose sources give'} no date: in the JSON Feed only.</subtitle>`
    : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feed.self)}</id>
  <title>${xml(`Faultline: ${feed.title}`)}</title>${subtitle}
  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.home)}"/>
  <updated>${updated}</updated>
  <author><name>Faultline</name></author>
  <generator version="${xml(version)}">Faultline</generator>
${entries.join('\n')}
</feed>
`;
}

/** The feed as JSON Feed 1.1. */
export function jsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: `Faultline: ${feed.title}`,
      home_page_url: feed.home,
      feed_url: feed.self,
      authors: [{ name: 'Faultline' }],
      items: feed.entries.map((e) => ({
        id: e.id,
        url: e.link,
        title: e.title,
        content_text: e.text,
        ...(e.published ? { date_published: stamp(e.published) } : {}),
        ...(e.source.url ? { external_url: e.source.url } : {}),
        _faultline: { source: e.source },
      })),
    },
    null,
    2,
  )}\n`;
}
