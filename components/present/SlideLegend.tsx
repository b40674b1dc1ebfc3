'use client';

import { useMemo } from 'react';
import { controlLegend, legendInUse } from '@/lib/map/legend';
import type { Deck, Slide } from '@/lib/story/slides';
import { legendSwatchSvg } from '@/components/map/legend-swatch';
import styles from './present.module.css';

/**
 * The slide map's key: only what this slide's map draws (its swatches, then hatching, age
 * lines, group and claim outlines), in a few words each, with the map's own patterns.
 */
export default function SlideLegend({
  deck,
  slide,
  prefix,
}: {
  deck: Pick<Deck, 'mapPartyName' | 'staleAfterDays'>;
  slide: Pick<Slide, 'shades' | 'activeGroups'>;
  prefix: string;
}) {
  const legend = useMemo(
    () =>
      controlLegend(deck.mapPartyName ?? 'the party shaded', {
        ...(deck.staleAfterDays !== undefined ? { staleAfterDays: deck.staleAfterDays } : {}),
      }),
    [deck.mapPartyName, deck.staleAfterDays],
  );
  const items = legendInUse(legend, slide);
  if (!items.length) return null;
  return (
    <div className={styles.slideLegend} data-testid="slide-legend">
      <p className={styles.slideLegendTitle}>{legend.title}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-legend={item.id}>
            {/* Our own markup: colours and pattern ids, never data. */}
            <span dangerouslySetInnerHTML={{ __html: legendSwatchSvg(item, prefix) }} />
            {item.short ?? item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
