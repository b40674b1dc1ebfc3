import type { Slide } from '@/lib/story/slides';
import styles from './present.module.css';

/** A source line, linked when the source has an address. */
export function SlideSource({
  slide,
  short = false,
}: {
  slide: Pick<Slide, 'source' | 'via' | 'sourceShort'>;
  /** Publisher and date only (the projected slide); the title stays in the link's title. */
  short?: boolean;
}) {
  if (!slide.source) return null;
  const text = short && slide.sourceShort ? slide.sourceShort : slide.source.text;
  return (
    <p className={styles.source}>
      <span className={styles.label}>Source: </span>
      {slide.source.url ? (
        <a
          href={slide.source.url}
          rel="noopener noreferrer"
          target="_blank"
          {...(text !== slide.source.text ? { title: slide.source.text } : {})}
        >
          {text}
        </a>
      ) : (
        text
      )}
      {slide.via ? ` (via ${slide.via})` : ''}
    </p>
  );
}

/** The words of a slide: quotes in quotation marks, paraphrases and reports said to be so. */
export function SlideWords({
  slide,
  className,
}: {
  slide: Pick<Slide, 'text' | 'textKind'>;
  className?: string;
}) {
  if (slide.textKind === 'quote') {
    return (
      <blockquote className={className} data-testid="slide-text">
        <p>“{slide.text}”</p>
      </blockquote>
    );
  }
  const tag =
    slide.textKind === 'paraphrase'
      ? 'Paraphrase: '
      : slide.textKind === 'report'
        ? 'Reported: '
        : '';
  return (
    <p className={className} data-testid="slide-text">
      {tag && <span className={styles.label}>{tag}</span>}
      {slide.text}
    </p>
  );
}
