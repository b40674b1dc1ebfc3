import type { Metadata } from 'next';
import { SlideSource, SlideWords } from '@/components/present/SlideText';
import { storyMapSvg } from '@/components/present/story-map-svg';
import { slideMapTitle } from '@/components/present/story-map';
import '@/components/present/present-global.css';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { getDataset } from '@/lib/dataset/server';
import { stepProgress } from '@/lib/story/navigation';
import { storyDeck } from '@/lib/story/slides';
import PrintButton from './PrintButton';
import styles from './print.module.css';

export const metadata: Metadata = {
  title: 'Handout',
  description: 'The story as a printable handout: one step per page, each with its map, date and source.',
};

export default function PrintPage() {
  const dataset = getDataset();
  const story = dataset.stories?.find((s) => s.id === 'default') ?? dataset.stories?.[0];
  if (!story) return <p>This dataset has no story to print.</p>;
  const deck = storyDeck(dataset, story);
  const geo = loadDatasetGeo(dataset.id);
  const party = dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ?? dataset.conflict.mapParty;
  return (
    <div className={styles.handout} data-print-view="">
      <div className={styles.intro}>
        <h1>Handout: {deck.title}</h1>
        {deck.description && <p>{deck.description}</p>}
        <p>
          One step per page, each with the map of control as of its date. Prints on A4 or Letter. <PrintButton />
        </p>
      </div>
      <div className={styles.pages}>
        {deck.slides.map((slide) => (
          <section key={slide.id} className={styles.page} aria-labelledby={`h-${slide.index}`} data-step={slide.index + 1}>
            <p className={styles.running}>
              <span>{deck.title}</span>
              <span>{stepProgress(slide.index, deck.slides.length)}</span>
            </p>
            <p className={styles.date}>
              <time dateTime={slide.day}>{slide.dateLabel}</time>
            </p>
            <h2 id={`h-${slide.index}`} className={styles.heading}>
              {slide.heading}
            </h2>
            <SlideWords slide={slide} className={styles.text} />
            {slide.detail && <p className={styles.detail}>{slide.detail}</p>}
            <div className={styles.source}>
              <SlideSource slide={slide} />
            </div>
            <figure className={styles.figure}>
              <div
                className={styles.map}
                dangerouslySetInnerHTML={{
                  __html: storyMapSvg(geo, dataset, slide, { idPrefix: `pr${slide.index}-`, title: slideMapTitle(slide), thin: 1.2 }),
                }}
              />
              <figcaption className={styles.caption}>
                <p>
                  <span className={styles.label}>Control as of {slide.dayLabel}.</span>{' '}
                  {slide.regions.length ? 'Outlined in blue:' : 'No region of the map is named in this step.'}
                </p>
                {slide.regions.length > 0 && (
                  <ul>
                    {slide.regions.map((r) => (
                      <li key={r.id}>
                        <strong>{r.name}</strong>: {r.figure}
                        {r.asOf ? `, ${r.asOf}` : ''}
                        {r.source ? ` (source: ${r.source.text})` : r.statedBy ? ` (${r.statedBy})` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <p className={styles.key}>
                  Shading: share of each region controlled by {party}, darker is more; hatched = a bound or approximation; dotted = words
                  without a number; grey hatch on white = no figure for this date; faded = figure over a year old. Figures as stated by
                  the sources cited in this dataset.
                </p>
              </figcaption>
            </figure>
          </section>
        ))}
      </div>
    </div>
  );
}
