'use client';

import { memo, useEffect, useRef } from 'react';
import type { Slide } from '@/lib/story/slides';
import { showSlideOnSvg } from './story-map';
import styles from './present.module.css';

// The markup is set once; later slides re-shade it in place (no geometry rebuilt).
const StaticSvg = memo(function StaticSvg({ html }: { html: string }) {
  return <div className={styles.mapSvg} dangerouslySetInnerHTML={{ __html: html }} />;
});

/** The SVG control map of the current slide with its regions outlined. */
export default function StoryMap({
  svg,
  slide,
  title,
  prefix,
}: {
  svg: string;
  slide: Slide;
  title: string;
  prefix: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current?.querySelector('svg');
    if (!el) return;
    showSlideOnSvg(el, slide, prefix);
    const t = el.querySelector('title');
    if (t) t.textContent = title;
  }, [slide, title, prefix]);
  return (
    <div ref={ref} className={styles.map} data-testid="story-map">
      <StaticSvg html={svg} />
    </div>
  );
}
