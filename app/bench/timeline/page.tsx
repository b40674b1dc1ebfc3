import type { Metadata } from 'next';
import BenchTimeline from './BenchTimeline';

export const metadata: Metadata = {
  title: 'Timeline benchmark (synthetic data)',
  robots: { index: false },
};

/** Renders N synthetic items (?n=1000) for `npm run bench:timeline`. Never real data. */
export default function BenchTimelinePage() {
  return (
    <>
      <h1>Timeline benchmark: synthetic data</h1>
      <p className="muted">
        Every item on this page is generated (synthetic data, not real statements or events). It
        exists to measure the timeline&apos;s speed.
      </p>
      <BenchTimeline />
    </>
  );
}
