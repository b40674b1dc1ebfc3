import { SlideSource, SlideWords } from '@/components/present/SlideText';
import { stepProgress } from '@/lib/story/navigation';
import { CAPTION_MAX } from '@/lib/story/caption';
import type { Deck, Slide } from '@/lib/story/slides';
import PrintButton from './PrintButton';
import styles from './print.module.css';

/**
 * The story as a printable handout: one step per page with its date, words, source and the
 * map of control as of its day (`mapSvg` draws a slide's map). Used by /print (server) and
 * /print/draft (the story builder's draft, in the browser).
 */
export default function Handout({
  deck,
  party,
  mapSvg,
}: {
  deck: Deck;
  party: string;
  mapSvg: (slide: Slide) => string;
}) {
  return (
    <div className={styles.handout} data-print-view="">
      <div className={styles.intro}>
        <h1>Handout: {deck.title}</h1>
        {deck.description && <p>{deck.description}</p>}
        <p>
          One step per page, each with the map of control as of its date. Prints on A4 or Letter.{' '}
          <PrintButton />
        </p>
      </div>
      <div className={styles.pages}>
        {deck.slides.map((slide) => (
          <section
            key={slide.id}
            className={styles.page}
            aria-labelledby={`h-${slide.index}`}
            data-step={slide.index + 1}
          >
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
                  __html: mapSvg(slide),
                }}
              />
              <figcaption className={styles.caption}>
                <p>
                  <span className={styles.label}>Control as of {slide.dayLabel}.</span>{' '}
                  {slide.dayNote ? `${slide.dayNote} ` : ''}
                  {slide.highlight.length
                    ? 'Outlined in blue:'
                    : slide.regions.length
                      ? 'Regions with a figure on this day:'
                      : 'No region of the map is named in this step.'}
                </p>
                {slide.regions.length > 0 && (
                  <ul>
                    {slide.regions.slice(0, CAPTION_MAX).map((r) => (
                      <li key={r.id}>
                        <strong>{r.name}</strong>: {r.figure}
                        {r.asOf ? `, ${r.asOf}` : ''}
                        {r.source
                          ? ` (source: ${r.source.text})`
                          : r.statedBy
                            ? ` (${r.statedBy})`
                            : ''}
                      </li>
                    ))}
                    {slide.regions.length > CAPTION_MAX && (
                      <li>
                        and {slide.regions.length - CAPTION_MAX} more regions with a figure on the
                        map
                      </li>
                    )}
                  </ul>
                )}
                <p className={styles.key}>
                  Shading: share of each region controlled by {party}, darker is more; hatched = a
                  bound or approximation; dotted = words without a number; grey hatch on white = no
                  figure for this date; faded = figure over a year old. Figures as stated by the
                  sources cited in this dataset.
                </p>
              </figcaption>
            </figure>
          </section>
        ))}
      </div>
    </div>
  );
}
