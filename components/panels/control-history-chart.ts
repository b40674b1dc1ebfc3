import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { HistoryStep } from '@/lib/explore/history';
import { describeMeasureShort } from '@/lib/measure/describe';
import { patternOf, shareFill } from '@/lib/map/shade';

export interface HistoryChartOptions {
  width: number;
  height: number;
  /** The "as of" day (UTC ms), drawn as a cursor. */
  cursor: number;
  domain: [number, number];
  /** A figure older than this (ms past its "as of" day) is drawn faded from then on. */
  staleAfterMs?: number;
  /** Fewer axis ticks, for the chart tab's small multiples. */
  compact?: boolean;
  /** Makes the hatch pattern's id unique when several charts share a page. */
  idPrefix?: string;
  /** Written above the share axis, e.g. "Russia's share". */
  yTitle?: string;
  /** Marks the figure in force on the cursor's day with its words (">70%"), at its height. */
  markNow?: boolean;
}

const MARGIN = { top: 8, right: 12, bottom: 24, left: 40 };
/** Room above the plot for the share axis's title. */
const TITLE_ROOM = 14;

/**
 * Draws a region's control history as a step chart into an <svg>: each figure a band from the
 * lowest to the highest share it allows (a line where it names a point), hatched when it is a
 * bound or words, so a ">70%" never looks like 70%. Framework-free: d3 on the element.
 */
export function renderControlHistory(
  svgEl: SVGSVGElement,
  steps: readonly HistoryStep[],
  o: HistoryChartOptions,
): void {
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  svg.attr('viewBox', `0 0 ${o.width} ${o.height}`).attr('width', o.width).attr('height', o.height);
  const x = scaleUtc()
    .domain(o.domain)
    .range([MARGIN.left, o.width - MARGIN.right]);
  const top = MARGIN.top + (o.yTitle ? TITLE_ROOM : 0);
  const y = scaleLinear()
    .domain([0, 100])
    .range([o.height - MARGIN.bottom, top]);

  const hatchId = `${o.idPrefix ?? 'history'}-hatch`;
  const defs = svg.append('defs');
  defs
    .append('pattern')
    .attr('id', hatchId)
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 6)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 2);

  svg
    .append('g')
    .attr('transform', `translate(0,${o.height - MARGIN.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(o.width / (o.compact ? 70 : 90)))));
  svg
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .tickValues([0, 50, 100])
        .tickFormat((d) => `${String(d)}%`),
    );

  if (o.yTitle) {
    svg
      .append('text')
      .attr('class', 'history-y-title')
      .attr('x', 4)
      .attr('y', MARGIN.top + 4)
      .attr('font-size', 11)
      .attr('fill', '#4f5663')
      .text(o.yTitle);
  }

  const root = svg.append('g');
  for (const s of steps) {
    // Past its staleness a figure is drawn again, faded, from the day it turned old.
    const asOf = s.entry.via !== 'baseline' ? s.entry.span.start : null;
    const turns = o.staleAfterMs !== undefined && asOf !== null ? asOf + o.staleAfterMs : Infinity;
    const parts: [number, number, boolean][] =
      turns > s.start && turns < s.end
        ? [
            [s.start, turns, false],
            [turns, s.end, true],
          ]
        : [[s.start, s.end, turns <= s.start]];
    for (const [start, end, faded] of parts) drawStep(s, start, end, faded);
  }
  function drawStep(s: HistoryStep, start: number, end: number, faded: boolean) {
    const g = root
      .append('g')
      .attr('opacity', faded ? 0.35 : null)
      .attr('class', faded ? 'history-old' : null);
    const claimed = s.entry.observation.status === 'claimed';
    const x0 = Math.max(x(start), MARGIN.left);
    const x1 = Math.min(x(end), o.width - MARGIN.right);
    if (x1 <= x0 || !s.interval || !s.share) return;
    const { lo, hi } = s.interval;
    const hatch = s.entry.via !== 'baseline' && patternOf(s.share) !== 'solid';
    if (hi - lo < 0.5) {
      g.append('line')
        .attr('x1', x0)
        .attr('x2', x1)
        .attr('y1', y(lo))
        .attr('y2', y(lo))
        // Dark, not the share's fill: a pale low share ("7%") would vanish on white.
        .attr('stroke', s.entry.via === 'baseline' ? '#4f5663' : '#1a1d23')
        .attr('stroke-width', s.entry.via === 'baseline' ? 3 : 2)
        .attr('stroke-dasharray', s.entry.via === 'baseline' ? '4 3' : claimed ? '3 2' : null);
    } else {
      const rect = { x: x0, y: y(hi), width: x1 - x0, height: Math.max(1, y(lo) - y(hi)) };
      // A party's claim is an outline, never a filled share.
      g.append('rect')
        .attr('class', claimed ? 'history-claimed' : null)
        .attr('x', rect.x)
        .attr('y', rect.y)
        .attr('width', rect.width)
        .attr('height', rect.height)
        .attr('fill', claimed ? 'none' : shareFill(s.share))
        .attr('stroke', claimed ? '#4f5663' : null)
        .attr('stroke-dasharray', claimed ? '3 2' : null)
        .attr('opacity', claimed ? 1 : 0.85);
      if (hatch && !claimed) {
        g.append('rect')
          .attr('x', rect.x)
          .attr('y', rect.y)
          .attr('width', rect.width)
          .attr('height', rect.height)
          .attr('fill', `url(#${hatchId})`);
      }
      if (s.interval.point !== undefined) {
        g.append('line')
          .attr('x1', x0)
          .attr('x2', x1)
          .attr('y1', y(s.interval.point))
          .attr('y2', y(s.interval.point))
          .attr('stroke', '#1a1d23')
          .attr('stroke-width', 1.5)
          .attr('stroke-dasharray', claimed ? '3 2' : null);
      }
    }
  }
  if (o.cursor >= o.domain[0] && o.cursor <= o.domain[1]) {
    svg
      .append('line')
      .attr('class', 'cursor')
      .attr('x1', x(o.cursor))
      .attr('x2', x(o.cursor))
      .attr('y1', top)
      .attr('y2', o.height - MARGIN.bottom)
      .attr('stroke', '#1f6feb')
      .attr('stroke-width', 2);
    if (o.markNow) markNow(steps.find((s) => s.start <= o.cursor && o.cursor < s.end));
  }

  /** The figure in force on the cursor's day: a tick over all it allows, and its words. */
  function markNow(s: HistoryStep | undefined) {
    if (!s?.interval || !s.share) return;
    const cx = x(o.cursor);
    const { lo, hi, point } = s.interval;
    const g = svg.append('g').attr('class', 'history-now');
    g.append('line')
      .attr('x1', cx)
      .attr('x2', cx)
      .attr('y1', y(hi))
      .attr('y2', y(lo))
      .attr('stroke', '#1a1d23')
      .attr('stroke-width', 5)
      .attr('stroke-linecap', 'round');
    const claimed = s.entry.observation.status === 'claimed';
    const words = `${describeMeasureShort(s.share)}${claimed ? ' claimed' : ''}`;
    // Beside the tick, on the side with room; at the named point, else the middle of the band.
    const atY = Math.min(
      o.height - MARGIN.bottom - 4,
      Math.max(top + 10, y(point ?? (lo + hi) / 2) + 4),
    );
    const right = cx < o.width - MARGIN.right - 70;
    g.append('text')
      .attr('x', right ? cx + 7 : cx - 7)
      .attr('y', atY)
      .attr('text-anchor', right ? 'start' : 'end')
      .attr('font-size', 12)
      .attr('font-weight', 700)
      .attr('fill', '#1a1d23')
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 3)
      .attr('paint-order', 'stroke')
      .text(words);
  }
}
