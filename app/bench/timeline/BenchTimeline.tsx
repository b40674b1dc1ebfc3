'use client';

import { useEffect, useRef, useState } from 'react';
import { syntheticTimeline } from '@/lib/synthetic/timeline';
import { createTimeline } from '@/components/timeline/create-timeline';
import '@/components/timeline/timeline.css';

declare global {
  interface Window {
    /** Timings of the benchmark page (ms since navigation start). */
    __timelineBench?: {
      n: number;
      dataReady: number;
      firstMarks?: number;
      marks?: number;
      renders: { ms: number; marks: number }[];
    };
  }
}

/** Generates ?n= synthetic items and draws them with the real renderer; records timings. */
export default function BenchTimeline() {
  const ref = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const n = Math.max(
      1,
      Math.min(
        100_000,
        Number(new URLSearchParams(window.location.search).get('n') ?? 1000) || 1000,
      ),
    );
    const data = syntheticTimeline(n, { seed: 42 });
    const bench: NonNullable<Window['__timelineBench']> = {
      n,
      dataReady: performance.now(),
      renders: [],
    };
    window.__timelineBench = bench;
    let state = {
      date: '2022-02-24',
      selectedId: null as string | null,
      hoveredId: null as string | null,
    };
    let first = true;
    const timeline = createTimeline(container, {
      items: data.items,
      facts: data.facts,
      state,
      label: 'Synthetic benchmark timeline',
      onSelect: (id) => timeline.update((state = { ...state, selectedId: id })),
      onHover: (id) => timeline.update((state = { ...state, hoveredId: id })),
      onClear: () => timeline.update((state = { ...state, selectedId: null })),
      onRender: (marks, ms) => {
        bench.renders.push({ ms, marks });
        if (!first) return;
        first = false;
        // First marks are on screen once the browser has painted the frame they were drawn in.
        requestAnimationFrame(() => {
          bench.firstMarks = performance.now();
          bench.marks = marks;
        });
      },
    });
    setCount(n);
    return () => timeline.destroy();
  }, []);
  return (
    <section aria-label="Synthetic timeline">
      <p className="as-of">
        {count === null
          ? 'Generating synthetic items…'
          : `${count.toLocaleString('en-GB')} synthetic items`}
      </p>
      <div ref={ref} />
    </section>
  );
}
