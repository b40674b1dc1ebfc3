import { ImageResponse } from 'next/og';
import { coverage } from '@/lib/dataset/coverage';
import type { CompiledDataset } from '@/lib/dataset/types';
import { formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { EVENT_COLOUR, INK } from '@/lib/timeline/palette';
import { cardText } from '@/lib/export/card-text';
import { CARD_SIZE } from './map-card';

const STATEMENT_COLOUR = '#2f6db3';
const MUTED = '#4f5663';
/** The chart's plot height in px: the tallest year's bar. */
const PLOT = 330;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The timeline embed's still picture (1200 × 630 PNG, built with the site): statements and
 * events per year as stacked bars, and the latest items in words, with who said them. Stands in
 * for the timeline where scripts do not run (the embed code's fallback) and in link previews.
 */
export function timelineCard(dataset: CompiledDataset): ImageResponse {
  const years = coverage(dataset).years;
  const most = Math.max(1, ...years.map((y) => y.statements + y.events));
  const speakers = new Set(dataset.statements.map((s) => s.speaker)).size;
  const name = (id: string) => dataset.conflict.people.find((p) => p.id === id)?.name ?? id;
  const latest = dataset.timeline
    .filter((i) => i.date.value)
    .slice(-3)
    .reverse()
    .map((i) => {
      const label = clip(cardText(i.label), 80);
      if (i.type === 'event') return `${formatFuzzyDate(i.date)} — ${label}`;
      // A quote is marked as one; a paraphrase is the writer's words.
      const quoted = dataset.statements.find((s) => s.id === i.id)?.kind === 'quote';
      return `${formatFuzzyDate(i.date)} — ${cardText(name(i.lane))}: ${quoted ? `“${label}”` : label}`;
    });
  const span = years.length ? `${years[0]!.year}–${years[years.length - 1]!.year}` : '';
  const barWidth = Math.max(8, Math.min(44, Math.floor(600 / Math.max(1, years.length)) - 6));
  const labelEvery = years.length > 14 ? 2 : 1;
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        color: INK,
        padding: 40,
        gap: 36,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: 660,
          border: '1px solid #d5d9e0',
          borderRadius: 8,
          padding: 24,
        }}
      >
        <div style={{ fontSize: 22, color: MUTED }}>Statements and events per year</div>
        <div
          style={{ display: 'flex', alignItems: 'flex-end', gap: 6, height: PLOT, marginTop: 24 }}
        >
          {years.map((y) => (
            <div key={y.year} style={{ display: 'flex', flexDirection: 'column', width: barWidth }}>
              <div
                style={{
                  height: Math.round((y.statements / most) * PLOT),
                  background: STATEMENT_COLOUR,
                }}
              />
              <div
                style={{ height: Math.round((y.events / most) * PLOT), background: EVENT_COLOUR }}
              />
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', gap: 6, borderTop: `2px solid ${MUTED}`, paddingTop: 6 }}>
          {years.map((y, i) => (
            <div
              key={y.year}
              style={{
                display: 'flex',
                justifyContent: 'center',
                width: barWidth,
                fontSize: 15,
                color: MUTED,
              }}
            >
              {i % labelEvery === 0 ? `’${String(y.year).slice(2)}` : ''}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', gap: 24, marginTop: 'auto', fontSize: 18 }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <div style={{ width: 22, height: 14, background: STATEMENT_COLOUR }} />
            statements
          </div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <div style={{ width: 22, height: 14, background: EVENT_COLOUR }} />
            events
          </div>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, gap: 12 }}>
        <div style={{ fontSize: 26, color: '#b3401a' }}>Faultline</div>
        <div style={{ fontSize: 38, lineHeight: 1.15 }}>{cardText(dataset.conflict.title)}</div>
        <div style={{ fontSize: 22, color: MUTED }}>
          {`Timeline: ${dataset.statements.length} statements by ${speakers} speakers and ${dataset.events.length} events, ${span}`}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 12 }}>
          <div style={{ fontSize: 18, color: MUTED }}>Latest</div>
          {latest.map((line) => (
            <div key={line} style={{ fontSize: 18, lineHeight: 1.3 }}>
              {line}
            </div>
          ))}
        </div>
        <div style={{ marginTop: 'auto', fontSize: 15, color: MUTED }}>
          Each statement and event leads to its source on Faultline.
        </div>
      </div>
    </div>,
    { ...CARD_SIZE },
  );
}
