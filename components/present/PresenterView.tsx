'use client';

import { useEffect, useState } from 'react';
import type { Deck } from '@/lib/story/slides';
import { useStoryCursor } from './use-story-cursor';
import { useDeckTheme } from './use-deck-theme';
import { SlideSource, SlideWords } from './SlideText';
import StoryMap from './StoryMap';
import { slideMapTitle } from './story-map';
import ProgressBar from './ProgressBar';
import styles from './present.module.css';
import './present-global.css';

const two = (n: number) => String(n).padStart(2, '0');
const clockText = (d: Date) => `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
const elapsedText = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${two(s % 60)}`;
};

/** The wall clock and the time since this window opened (or the timer was reset). */
function Clock() {
  const [now, setNow] = useState<Date | null>(null);
  const [start, setStart] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(new Date());
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <div>
      <p className={styles.clock} data-testid="presenter-clock">
        <time>{now ? clockText(now) : '--:--:--'}</time>
      </p>
      <p className={styles.elapsed}>
        Elapsed{' '}
        <span data-testid="presenter-elapsed">
          {now ? elapsedText(now.getTime() - start) : '0:00'}
        </span>{' '}
        <button
          type="button"
          onClick={() => {
            const t = Date.now();
            setStart(t);
            setNow(new Date(t));
          }}
        >
          Reset timer
        </button>
      </p>
    </div>
  );
}

/**
 * The presenter's window: the teacher's note, the current and the next step (with the map it
 * will show), a clock. It follows the audience window and drives it (keys and buttons here
 * move both). `mapSvg` is the story map drawn for any slide (re-shaded in place for the next).
 */
export default function PresenterView({
  deck,
  mapSvg = '',
  mapPrefix = 'nm-',
}: {
  deck: Deck;
  mapSvg?: string;
  mapPrefix?: string;
}) {
  const count = deck.slides.length;
  const { index, go, blank, setBlank } = useStoryCursor(deck.id, count);
  const [theme] = useDeckTheme();
  const slide = deck.slides[index];
  const next = deck.slides[index + 1];
  if (!slide) return <p>This story has no steps.</p>;
  return (
    <div
      className={`${styles.deck} ${styles.presenter}`}
      data-theme={theme}
      data-ground={theme === 'light' ? 'light' : 'dark'}
      data-testid="presenter"
      data-fullscreen-view=""
    >
      <ProgressBar
        title={`Presenter view · ${deck.title}`}
        index={index}
        count={count}
        testId="presenter-progress"
        live
      />
      <div className={styles.presenterBody}>
        <section aria-labelledby="notes-title">
          <h2 id="notes-title" className={styles.panelTitle}>
            Teacher’s note
          </h2>
          <p className={styles.note} data-testid="presenter-note">
            {slide.note ?? 'No note for this step.'}
          </p>
          <h2 className={styles.panelTitle}>Now showing</h2>
          <div className={styles.current} data-testid="presenter-current" data-slide-id={slide.id}>
            <p>
              <strong>{slide.dateLabel}</strong> · {slide.heading}
            </p>
            <SlideWords slide={slide} />
            <SlideSource slide={slide} />
          </div>
        </section>
        <section aria-labelledby="next-title">
          <Clock />
          <h2 id="next-title" className={styles.panelTitle}>
            Next
          </h2>
          <div className={styles.next} data-testid="presenter-next">
            {next ? (
              <>
                <p>
                  <strong>{next.dateLabel}</strong> · {next.heading}
                </p>
                <p>{next.text}</p>
                {mapSvg && (
                  <div className={styles.nextMap}>
                    <StoryMap
                      svg={mapSvg}
                      slide={next}
                      title={`Next slide’s map: ${slideMapTitle(next)}`}
                      prefix={mapPrefix}
                    />
                  </div>
                )}
              </>
            ) : (
              <p>End of the story.</p>
            )}
          </div>
        </section>
      </div>
      <nav className={styles.controls} aria-label="Presentation">
        <button type="button" onClick={() => go({ type: 'previous' })} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go({ type: 'next' })} disabled={index === count - 1}>
          Next →
        </button>
        <button type="button" onClick={() => go({ type: 'first' })}>
          First
        </button>
        <button type="button" onClick={() => go({ type: 'last' })}>
          Last
        </button>
        <button type="button" aria-pressed={blank} onClick={() => setBlank(!blank)}>
          Blank the audience screen
        </button>
        <span className={styles.keysHint} role="status" data-testid="presenter-blank">
          {blank
            ? 'The audience screen is blank: press B or a slide key to bring it back.'
            : 'Keys here move the audience window too; B blanks it.'}
        </span>
      </nav>
    </div>
  );
}
