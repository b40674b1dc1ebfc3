import { SlideSource, SlideWords } from '@/components/present/SlideText';
import { stepProgress } from '@/lib/story/navigation';
import { CAPTION_MAX } from '@/lib/story/caption';
import type { Deck, Slide } from '@/lib/story/slides';
import PrintButton from './PrintButton';
import LiveLink from './LiveLink';
import { controlLegend, legendInUse } from '@/lib/map/legend';
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
  live,
}: {
  deck: Deck;
  party: string;
  mapSvg: (slide: Slide) => string;
  /** Where the story is presented live (a path on this site), printed on the cover. */
  live?: string;
}) {
  const legend = controlLegend(party, {
    ...(deck.staleAfterDays !== undefined ? { staleAfterDays: deck.staleAfterDays } : {}),
  });
  const days = deck.slides.map((s) => s.day).sort();
  const first = deck.slides.find((s) => s.day === days[0]);
  const last = deck.slides.find((s) => s.day === days[days.length - 1]);
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
        <section
          className={`${styles.page} ${styles.cover}`}
          aria-labelledby="h-cover"
          data-cover=""
        >
          <p className={styles.running}>
            <span>Faultline handout</span>
            <span>
              {deck.slides.length} {deck.slides.length === 1 ? 'step' : 'steps'}
            </span>
          </p>
          <h2 id="h-cover" className={styles.coverTitle}>
            {deck.title}
          </h2>
          {deck.description && <p className={styles.detail}>{deck.description}</p>}
          {first && last && (
            <p className={styles.detail} data-testid="handout-range">
              {first === last
                ? `One date: ${first.dayLabel}.`
                : `From ${first.dayLabel} to ${last.dayLabel}.`}{' '}
              Each step has its own page: its date as the source gives it, the words and their
              source, and the map of who controls how much of each region as of that day.
            </p>
          )}
          {live && (
            <p className={styles.source} data-testid="handout-live">
              <span className={styles.label}>Live, with every source linked: </span>
              <LiveLink path={live} />
            </p>
          )}
          <p className={styles.key}>
            Figures as stated by the sources cited; a party&apos;s claim is drawn as a claim, never
            as control; a region without a recent figure says so.
          </p>
          <div className={styles.notes} data-testid="handout-notes">
            <p className={styles.label}>Notes</p>
          </div>
        </section>
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
                  <span className={styles.label}>{legend.title}: </span>
                  {legendInUse(legend, slide)
                    .map((i) => i.short ?? i.label)
                    .join(' · ')}
                  . Figures as stated by the sources cited in this dataset.
                </p>
              </figcaption>
            </figure>
          </section>
        ))}
      </div>
    </div>
  );
}
