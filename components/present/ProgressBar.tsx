import { stepProgress } from '@/lib/story/navigation';
import styles from './present.module.css';

/** The story's title, "Step N of M" and the progress bar, shared by both windows. */
export default function ProgressBar({
  title,
  index,
  count,
  testId,
  live,
}: {
  title: string;
  index: number;
  count: number;
  testId: string;
  live?: boolean;
}) {
  return (
    <header className={styles.bar}>
      <h1 className={styles.storyTitle}>{title}</h1>
      <p
        className={styles.progressText}
        data-testid={testId}
        {...(live ? { 'aria-live': 'polite' as const } : {})}
      >
        {stepProgress(index, count)}
      </p>
      <div className={styles.progressTrack} aria-hidden="true">
        <div className={styles.progressFill} style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
    </header>
  );
}
