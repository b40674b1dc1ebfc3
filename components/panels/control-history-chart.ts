import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { HistoryStep } from '@/lib/explore/history';
import { patternOf, shareFill } from '@/lib/map/shade';

export interface HistoryChartOptions {
  width: number;
  height: number;
  /** The "as of" day (UTC ms), drawn as a cursor. */
  cursor: number;
  domain: [number, number];
}

const MARGIN = { top: 8, right: 12, bottom: 24, left: 40 };

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
  const y = scaleLinear()
    .domain([0, 100])
    .range([o.height - MARGIN.bottom, MARGIN.top]);

  const defs = svg.append('defs');
  defs
    .append('pattern')
    .attr('id', 'history-hatch')
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
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(o.width / 90))));
  svg
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .tickValues([0, 50, 100])
        .tickFormat((d) => `${String(d)}%`),
    );

  const g = svg.append('g');
  for (const s of steps) {
    const x0 = Math.max(x(s.start), MARGIN.left);
    const x1 = Math.min(x(s.end), o.width - MARGIN.right);
    if (x1 <= x0 || !s.interval || !s.share) continue;
    const { lo, hi } = s.interval;
    const hatch = s.entry.via !== 'baseline' && patternOf(s.share) !== 'solid';
    if (hi - lo < 0.5) {
      g.append('line')
        .attr('x1', x0)
        .attr('x2', x1)
        .attr('y1', y(lo))
        .attr('y2', y(lo))
        .attr('stroke', s.entry.via === 'baseline' ? '#4f5663' : shareFill(s.share))
        .attr('stroke-width', 3)
        .attr('stroke-dasharray', s.entry.via === 'baseline' ? '4 3' : null);
    } else {
      const rect = { x: x0, y: y(hi), width: x1 - x0, height: Math.max(1, y(lo) - y(hi)) };
      g.append('rect')
        .attr('x', rect.x)
        .attr('y', rect.y)
        .attr('width', rect.width)
        .attr('height', rect.height)
        .attr('fill', shareFill(s.share))
        .attr('opacity', 0.85);
      if (hatch) {
        g.append('rect')
          .attr('x', rect.x)
          .attr('y', rect.y)
          .attr('width', rect.width)
          .attr('height', rect.height)
          .attr('fill', 'url(#history-hatch)');
      }
      if (s.interval.point !== undefined) {
        g.append('line')
          .attr('x1', x0)
          .attr('x2', x1)
          .attr('y1', y(s.interval.point))
          .attr('y2', y(s.interval.point))
          .attr('stroke', '#1a1d23')
          .attr('stroke-width', 1.5);
      }
    }
  }
  if (o.cursor >= o.domain[0] && o.cursor <= o.domain[1]) {
    svg
      .append('line')
      .attr('class', 'cursor')
      .attr('x1', x(o.cursor))
      .attr('x2', x(o.cursor))
      .attr('y1', MARGIN.top)
      .attr('y2', o.height - MARGIN.bottom)
      .attr('stroke', '#1f6feb')
      .attr('stroke-width', 2);
  }
}
