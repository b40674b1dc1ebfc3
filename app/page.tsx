import type { Metadata } from 'next';
import Link from 'next/link';
import LegacyExplorerLink from '@/components/site/LegacyExplorerLink';
import { controlMapSvg } from '@/components/map/svg-map';
import { defaultDateOf } from '@/lib/dataset/days';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { DEFAULT_DATASET, datasetIds, getDataset } from '@/lib/dataset/server';
import { datasetSummary } from '@/lib/dataset/summary';
import { dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { controlMapStateAt } from '@/lib/map/map-state';
import { mapViewOf } from '@/lib/map/view';
import styles from './index.module.css';

export const metadata: Metadata = {
  title: { absolute: 'Faultline: conflicts' },
  description:
    'Conflicts on Faultline: for each, a dated timeline of statements linked to a map of who holds what, every figure tied to its source.',
};

const long = (day: string) => formatDateValue(day, { longMonth: true });
const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * The conflict index: one card per dataset. It carries no dataset's facts or boundaries beyond
 * each card's small map, drawn here at build time.
 */
export default function ConflictIndex() {
  const cards = datasetIds().map((id) => {
    const dataset = getDataset(id);
    const summary = datasetSummary(dataset);
    const date = defaultDateOf(dataset);
    const geo = loadDatasetGeo(id);
    const thumbnail = controlMapSvg(
      {
        regions: geo.regions,
        neighbours: null,
        groups: { type: 'FeatureCollection', features: [] },
      },
      controlMapStateAt(dataset, dayStart(date)),
      {
        idPrefix: `ix-${id}-`,
        title: `Map of ${summary.title} as of ${long(date)}`,
        width: 240,
        height: 160,
        thin: 2.5,
        compact: true,
        placeNames: false,
        bounds: mapViewOf(dataset.map).homeBounds,
      },
    );
    return { summary, date, thumbnail };
  });
  return (
    <>
      <LegacyExplorerLink to={`/${DEFAULT_DATASET}`} />
      <h1>Conflicts</h1>
      <p className="lede muted">
        Each conflict has a timeline of what was said, by whom and when, linked to a map of who
        holds what on the date you pick. Every figure keeps the precision its source gave and leads
        back to it.
      </p>
      <ul className={styles.cards}>
        {cards.map(({ summary: s, date, thumbnail }) => (
          <li key={s.id} className={styles.card}>
            <div className={styles.thumb} dangerouslySetInnerHTML={{ __html: thumbnail }} />
            <div className={styles.body}>
              <h2 className={styles.title}>
                <Link href={`/${s.id}`} prefetch={false}>
                  {s.title}
                </Link>
              </h2>
              <p className={styles.description}>{s.description}</p>
              <dl className={styles.facts}>
                <div>
                  <dt>Covers</dt>
                  <dd>
                    {s.span
                      ? `${formatFuzzyDate(s.span[0], { longMonth: true })} to ${formatFuzzyDate(s.span[1], { longMonth: true })}`
                      : 'no dated facts yet'}
                  </dd>
                </div>
                <div>
                  <dt>Holding ground</dt>
                  <dd>
                    <ul className={styles.parties}>
                      {s.parties.map((p) => (
                        <li key={p.id}>
                          <span
                            className={styles.swatch}
                            style={{ background: p.color }}
                            aria-hidden="true"
                          />
                          {p.name}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
                <div>
                  <dt>Facts</dt>
                  <dd>
                    {count(s.statements, 'statement', 'statements')},{' '}
                    {count(s.assessed, 'control figure', 'control figures')}
                    {s.claimed ? ` (and ${count(s.claimed, 'claim', 'claims')})` : ''},{' '}
                    {count(s.events, 'event', 'events')}, from{' '}
                    {count(s.sources, 'source', 'sources')}
                  </dd>
                </div>
                {s.lastPublished && (
                  <div>
                    <dt>Latest source</dt>
                    <dd>{long(s.lastPublished)}</dd>
                  </div>
                )}
              </dl>
              <p className={styles.links}>
                <Link href={`/${s.id}`} prefetch={false} className="button">
                  Explore<span className="visually-hidden"> {s.title}</span>
                </Link>{' '}
                <Link href={`/${s.id}/data`} prefetch={false}>
                  Data<span className="visually-hidden"> of {s.title}</span>
                </Link>
                {s.hasStory && (
                  <Link href={`/${s.id}/present`} prefetch={false}>
                    Present<span className="visually-hidden"> a story of {s.title}</span>
                  </Link>
                )}
              </p>
              <p className={`${styles.mapNote} muted`}>The map shows {long(date)}.</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
