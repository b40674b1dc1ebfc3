import type { ItemDescription } from './describe';
import { DAY_MS, formatDateValue, toDayString } from '../dates/fuzzy-date';
import { breakLength, breakText, type BreakView } from './breaks';
import type { ClusterMark } from './marks';
import { STAGE } from './model';
import { clusterShape, rowCentre, type ItemPlace, type TimelineStage } from './stage';

/** A tooltip's words and the plot point it points at. */
export interface TooltipView {
  px: number;
  py: number;
  heading: string;
  /** Role and party, for a statement. */
  who?: string;
  date: string;
  body?: { kind: string; text: string };
  /** The source, or what a click does. */
  note?: string;
}

/** An item's tooltip, over the visible part of its mark. */
export function itemTooltip(d: ItemDescription, at: ItemPlace, stage: TimelineStage): TooltipView {
  const px = at.span ? (Math.max(at.x0, 0) + Math.min(at.x1, stage.plotW)) / 2 : at.x0;
  const text = d.text.length > 220 ? `${d.text.slice(0, 219)}…` : d.text;
  const who = [d.role, d.partyName].filter(Boolean).join(' · ');
  const s = d.source;
  return {
    px,
    py: rowCentre(stage, at.lane, at.row),
    heading: d.heading,
    ...(who ? { who } : {}),
    date: `${d.date} (${d.precision})`,
    body: { kind: `${d.kindLabel}: `, text: d.verbatim ? `“${text}”` : text },
    ...(s
      ? { note: `Source: ${s.publisher}, “${s.title}”${s.published ? `, ${s.published}` : ''}` }
      : {}),
  };
}

/** A cluster's tooltip: how many, over which days, and what a click does (zoom, or list them). */
export function clusterTooltip(
  c: ClusterMark,
  stage: TimelineStage,
  separates = true,
): TooltipView {
  const pill = clusterShape(stage, c);
  return {
    px: (pill.x0 + pill.x1) / 2,
    py: pill.cy,
    heading: `${c.indices.length} items`,
    date: `${formatDateValue(toDayString(c.start))} – ${formatDateValue(toDayString(c.end - DAY_MS))}`,
    note: separates ? 'Click to zoom in and expand' : 'Click to list them',
  };
}

/** A compressed stretch's tooltip: that nothing is dated in it, how long it is, how to see it. */
export function breakTooltip(b: BreakView, py: number, evenTime: string): TooltipView {
  return {
    px: (b.x0 + b.x1) / 2,
    py: Math.max(py, STAGE.axis),
    heading: 'No statement or event',
    date: breakText(b),
    body: { kind: '', text: `${breakLength(b)}, drawn compressed.` },
    note: `“${evenTime}” in the toolbar draws it to scale`,
  };
}
