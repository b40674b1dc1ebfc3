'use client';

import Link from 'next/link';
import { useRef, type ReactNode } from 'react';
import { SLIDE_CAPTION_MAX } from '@/lib/story/caption';
import type { Deck } from '@/lib/story/slides';
import { stepProgress } from '@/lib/story/navigation';
import { useStoryCursor } from './use-story-cursor';
import { DECK_THEMES, useDeckTheme, type DeckTheme } from './use-deck-theme';
import StoryMap from './StoryMap';
import SlideLegend from './SlideLegend';
import ProgressBar from './ProgressBar';
import { slideMapTitle } from './story-map';
import { SlideSource, SlideWords } from './SlideText';
import styles from './present.module.css';
import './present-global.css';

/**
 * The audience window of /present: one step at a time, large type, the map as of its date.
 * A `draft` (the story builder's, from this browser) links to its own presenter window and handout.
 */
export default function Presentation({
  deck,
  mapSvg,
  mapPrefix,
  draft = false,
  fragment = '',
  aside = null,
}: {
  deck: Deck;
  mapSvg: string;
  mapPrefix: string;
  draft?: boolean;
  /** A shared story's link fragment (#story=…), carried to the presenter window and handout. */
  fragment?: string;
  /** Shown under the controls: where a shared story came from, opening another. */
  aside?: ReactNode;
}) {
  const count = deck.slides.length;
  const { index, go, blank, setBlank } = useStoryCursor(deck.id, count);
  const [theme, setTheme] = useDeckTheme();
  const deckRef = useRef<HTMLDivElement>(null);
  const slide = deck.slides[index];
  // After any control, focus goes back to the deck, so the clicker drives the slides again
  // (not the theme menu, and Space does not press "Full screen" a second time).
  const backToDeck = () => deckRef.current?.focus({ preventScroll: true });

  if (!slide) return <p>This story has no steps.</p>;
  const base = `/${deck.datasetId}`;
  const presenterHref = draft
    ? `${base}/present/draft/presenter?step=${index + 1}${fragment}`
    : `${base}/present/presenter?story=${encodeURIComponent(deck.id)}&step=${index + 1}`;
  return (
    <div
      ref={deckRef}
      tabIndex={-1}
      className={`${styles.deck} ${styles.projected}`}
      data-theme={theme}
      data-ground={theme === 'light' ? 'light' : 'dark'}
      data-testid="deck"
      data-fullscreen-view=""
    >
      <ProgressBar title={deck.title} index={index} count={count} testId="progress" />

      <div className={styles.stage}>
        <article
          key={slide.id}
          className={styles.slide}
          aria-labelledby="slide-heading"
          data-slide-id={slide.id}
        >
          <p className={styles.date}>
            <time dateTime={slide.day} data-testid="slide-date">
              {slide.dateLabel}
            </time>
          </p>
          <h2 id="slide-heading" className={styles.heading}>
            {slide.heading}
          </h2>
          <SlideWords slide={slide} className={styles.text} />
          {slide.detail && <p className={styles.detail}>{slide.detail}</p>}
          <SlideSource slide={slide} short />
        </article>

        <figure className={styles.figure}>
          <StoryMap svg={mapSvg} slide={slide} title={slideMapTitle(slide)} prefix={mapPrefix} />
          <figcaption>
            <SlideLegend deck={deck} slide={slide} prefix={mapPrefix} />
          </figcaption>
        </figure>
        {/* What the map says of the step's regions: under the words, beside the map. */}
        <section className={styles.caption} aria-label={`Control as of ${slide.dayLabel}`}>
          <p className={styles.captionHead}>Control as of {slide.dayLabel}</p>
          {slide.dayNote && (
            <p className={styles.dayNote} data-testid="slide-day-note">
              {slide.dayNote}
            </p>
          )}
          {slide.regions.length === 0 ? (
            <p>No region of the map is named in this step.</p>
          ) : (
            <ul data-testid="slide-regions">
              {slide.regions.slice(0, SLIDE_CAPTION_MAX).map((r) => (
                <li key={r.id} data-region-caption={r.id}>
                  {/* Short enough to read from the back of the room; in full for screen readers. */}
                  <span aria-hidden="true">
                    <strong>{r.shortName ?? r.name}</strong>: {r.label ?? r.figure}
                  </span>
                  <span className={styles.srOnly}>
                    {r.name}: {r.figure}
                    {r.asOf ? `, ${r.asOf}` : ''}
                    {!r.source && r.statedBy ? ` · ${r.statedBy}` : ''}
                  </span>
                  {r.source ? (
                    <>
                      {' · '}
                      {r.source.url ? (
                        <a
                          href={r.source.url}
                          rel="noopener noreferrer"
                          target="_blank"
                          title={r.source.text}
                        >
                          {r.source.id === slide.source?.id
                            ? 'the same source'
                            : (r.publisher ?? r.source.text)}
                        </a>
                      ) : r.source.id === slide.source?.id ? (
                        'the same source'
                      ) : (
                        (r.publisher ?? r.source.text)
                      )}
                    </>
                  ) : (
                    ''
                  )}
                </li>
              ))}
              {slide.regions.length > SLIDE_CAPTION_MAX && (
                <li className={styles.captionMore}>
                  and {slide.regions.length - SLIDE_CAPTION_MAX} more regions with a figure on the
                  map
                </li>
              )}
            </ul>
          )}
        </section>
      </div>

      <nav className={styles.controls} aria-label="Presentation">
        <button
          type="button"
          onClick={() => go({ type: 'previous' })}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ← Previous
        </button>
        <button
          type="button"
          onClick={() => go({ type: 'next' })}
          disabled={index === count - 1}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          Next →
        </button>
        <label className={styles.themePick}>
          Theme{' '}
          <select
            value={theme}
            onChange={(e) => {
              setTheme(e.target.value as DeckTheme);
              backToDeck();
            }}
          >
            {DECK_THEMES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={styles.fullscreen}
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            else void document.documentElement.requestFullscreen?.();
            backToDeck();
          }}
        >
          Full screen
        </button>
        <button
          type="button"
          aria-pressed={blank}
          aria-keyshortcuts="B Period"
          onClick={() => {
            setBlank(!blank);
            backToDeck();
          }}
        >
          Blank screen
        </button>
        <a href={presenterHref} target="faultline-presenter" rel="noopener">
          Presenter view
        </a>
        <a
          href={
            draft
              ? `${base}/print/draft${fragment}`
              : `${base}/print?story=${encodeURIComponent(deck.id)}`
          }
        >
          Handout
        </a>
        {draft && (
          <Link href={base} prefetch={false}>
            Back to the story builder
          </Link>
        )}
        <span className={styles.keysHint}>
          Keys: → Space PageDown next · ← PageUp back · Home/End · B blank
        </span>
      </nav>
      {aside}
      {blank && (
        <div
          className={styles.blank}
          data-testid="blank-screen"
          onClick={() => {
            setBlank(false);
            backToDeck();
          }}
        >
          <span className={styles.srOnly}>Screen blanked. Press B or any slide key to return.</span>
        </div>
      )}
      <p
        className={styles.srOnly}
        aria-live="polite"
        aria-atomic="true"
        data-testid="present-announcer"
      >
        {/* Changes with each step, so screen readers hear where the class is. */}
        {`${stepProgress(index, count)}. ${slide.dateLabel}. ${slide.heading}: ${slide.text}`}
      </p>
    </div>
  );
}
