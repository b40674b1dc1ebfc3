import type { CompiledSource, ControlAt, Region, SeriesEntry } from '../dataset/types';
import type { Claim, Conflict } from '../schema';
import { describeMeasure } from '../measure/describe';
import {
  compareFuzzyDates,
  daysBetween,
  formatAge,
  formatDateValue,
  formatFuzzyDate,
} from '../dates/fuzzy-date';
import { mappedShareOf, type RegionShade } from './shade';

/** A source as the tooltip cites it. */
export interface TooltipSource {
  id: string;
  /** "Newsroom, “Putin Signals …”, 21 Jan 2025" */
  text: string;
  url?: string;
}

/** What a region's tooltip (and its accessible description) says, in plain words. */
export interface RegionTooltip {
  regionId: string;
  /** "Zaporizhzhia Oblast" */
  name: string;
  /** "Запорізька область" */
  /** The region's name in its own language, and that language's tag (for `lang`). */
  nameLocal: string;
  localLang: string;
  /** "Russia controls more than 70%", "No occupation reported", "No data for this date". */
  figure: string;
  /** Words under the figure: group figure, conversion, computation, baseline label. */
  notes: string[];
  /** "as of 21 Jan 2025 (same day)", with "stale" when faded; absent without a figure. */
  asOf?: string;
  /** "Assessed by Newsroom" or "Claimed by Hanna Malyar, Deputy Defence Minister". */
  statedBy?: string;
  source?: TooltipSource;
  /** Other sources of the same date that say something else. */
  disagree: { text: string; source: TooltipSource }[];
  /** Other sources of the same date that agree (count only). */
  agreeCount: number;
  /** "Claimed by Russia since 30 Sep 2022 (a claim, not control)". */
  claims: string[];
}

/** What the tooltip needs from the dataset. */
export interface TooltipContext {
  conflict: Pick<Conflict, 'mapParty' | 'parties' | 'regionGroups' | 'baseline'> &
    Partial<Pick<Conflict, 'complement'>>;
  /** The party whose share is shaded (default: the conflict's mapParty). */
  party?: string;
  regions: ReadonlyMap<string, Region>;
  sources: ReadonlyMap<string, CompiledSource>;
  areaOf: (targetId: string) => number | null;
}

const partyName = (ctx: TooltipContext, id: string) =>
  ctx.conflict.parties.find((p) => p.id === id)?.name ?? id;

/** "Newsroom, “Title”, 21 Jan 2025 (news outlet)": the citation of a source and its kind. */
export function citeSource(source: CompiledSource | undefined, id: string): TooltipSource {
  if (!source) return { id, text: id };
  const date = source.published ? formatDateValue(source.published) : 'undated';
  return {
    id,
    text: `${source.publisher}, “${source.title}”, ${date}${source.kindWords ? ` (${source.kindWords})` : ''}`,
    ...(source.url ? { url: source.url } : {}),
  };
}

/** "Donbas (Donetsk + Luhansk)": a group with its members' names. */
export function groupLabel(ctx: TooltipContext, groupId: string): string {
  const g = ctx.conflict.regionGroups.find((x) => x.id === groupId);
  if (!g) return groupId;
  const names = g.members.map((m) => ctx.regions.get(m)?.nameEn ?? m);
  return `${g.name} (${names.join(' + ')})`;
}

const shadedParty = (ctx: TooltipContext) => ctx.party ?? ctx.conflict.mapParty;

/** An entry's figure as the mapped party's share in words, "of Donbas (…)" for a group. */
function figureWords(ctx: TooltipContext, entry: SeriesEntry): string {
  const party = shadedParty(ctx);
  const mapped = mappedShareOf(
    entry,
    party,
    ctx.areaOf(entry.observation.target),
    ctx.conflict.complement ?? true,
  );
  const who = partyName(ctx, party);
  const words = mapped.measure
    ? describeMeasure(mapped.measure)
    : describeMeasure(entry.observation.measure);
  const of = entry.via === 'group' && entry.group ? ` of ${groupLabel(ctx, entry.group)}` : '';
  if (!mapped.measure) {
    const why =
      'unit' in entry.observation.measure && entry.observation.measure.unit === 'km2'
        ? 'area unknown'
        : `no figure for ${who}’s share`;
    return `${partyName(ctx, entry.observation.controller)} controls ${words}${of} (${why})`;
  }
  if (mapped.computed) {
    // An area stays an area: the computed share only follows, marked as computed.
    return `${who} controls ${describeMeasure(entry.observation.measure)}${of} (computed: ${words} of the area)`;
  }
  return `${who} controls ${words}${of}`;
}

/** "Claimed by Yevgeny Balitsky (Russia): Russia controls all, as of 3 Jul 2022". */
function claimFigureLine(ctx: TooltipContext, entry: SeriesEntry): string {
  const o = entry.observation;
  const who = o.claimant ?? 'an unnamed party';
  const side = o.claimantParty ? ` (${partyName(ctx, o.claimantParty)})` : '';
  return `Claimed by ${who}${side}: ${figureWords(ctx, entry)}, as of ${formatFuzzyDate(o.asOf)} (a claim, not an assessment)`;
}

function statedBy(ctx: TooltipContext, entry: SeriesEntry): string {
  const o = entry.observation;
  if (o.status === 'claimed') return `Claimed by ${o.claimant ?? 'an unnamed party'}`;
  const s = ctx.sources.get(o.source);
  return `Assessed by ${s?.publisher ?? o.source}`;
}

/** One line per claimant, with the earliest dated claim: "Claimed by Russia since 30 Sep 2022 (…)". */
function claimLines(ctx: TooltipContext, claims: readonly Claim[]): string[] {
  const byClaimant = new Map<string, Claim[]>();
  for (const c of claims) byClaimant.set(c.claimant, [...(byClaimant.get(c.claimant) ?? []), c]);
  return [...byClaimant].map(([claimant, list]) => {
    const dated = list.filter((c) => c.since).sort((a, b) => compareFuzzyDates(a.since!, b.since!));
    const since = dated[0]?.since ? ` since ${formatFuzzyDate(dated[0].since)}` : '';
    return `Claimed by ${partyName(ctx, claimant)}${since} (a claim, not control)`;
  });
}

/** The tooltip model of one region on one date. */
export function regionTooltip(
  control: ControlAt,
  shade: RegionShade,
  ctx: TooltipContext,
  claims: readonly Claim[] = [],
): RegionTooltip {
  const region = ctx.regions.get(control.regionId);
  const base: RegionTooltip = {
    regionId: control.regionId,
    name: region?.nameEnFull ?? control.regionId,
    nameLocal: region?.nameLocal ?? '',
    localLang: region?.localLang ?? '',
    figure: 'No data for this date',
    notes: [],
    disagree: [],
    agreeCount: 0,
    claims: claimLines(ctx, claims),
  };
  base.claims.push(...control.claims.map((c) => claimFigureLine(ctx, c)));
  if (control.status === 'none') {
    base.notes.push('No source in this dataset gives a figure on or before this date.');
    return base;
  }
  const { entry } = control;
  const o = entry.observation;
  // A baseline holds up to its own day, so its date may be after the day asked about.
  const ahead =
    entry.span.start !== null && entry.span.start > control.day
      ? daysBetween(control.day, entry.span.start)
      : 0;
  const age =
    ahead > 0
      ? `${formatAge(ahead)} after this date: ${entry.via === 'baseline' ? "the dataset's starting point, which holds until then" : 'it holds back to this date'}`
      : control.ageDays < 1
        ? 'that day'
        : `${formatAge(control.ageDays)} before this date`;
  base.asOf = `as of ${formatFuzzyDate(o.asOf)} (${age}${control.stale ? ': an old figure' : ''})`;
  const overtaken =
    control.overtakenBy !== null
      ? `Reports about this region follow it (from ${formatFuzzyDate({ value: new Date(control.overtakenBy).toISOString().slice(0, 10), basis: 'explicit' })}), with no new figure.`
      : null;
  if (entry.via === 'baseline') {
    base.figure =
      shade.kind === 'no-recent'
        ? `No recent figure (the last: no occupation reported, as of ${formatFuzzyDate(o.asOf)})`
        : 'No occupation reported';
    base.notes.push(ctx.conflict.baseline?.label ?? 'Baseline');
    if (overtaken) base.notes.push(overtaken);
    base.statedBy = 'Baseline of this dataset, not a source’s figure';
    return base;
  }
  base.figure = figureWords(ctx, entry);
  if (shade.kind === 'no-recent') {
    base.figure = `No recent figure (the last: ${base.figure})`;
    if (overtaken) base.notes.push(overtaken);
  }
  if (o.status === 'claimed') {
    base.notes.push('A claim by a party, shown because claims are included; not an assessment.');
  }
  if (entry.via === 'group' && entry.group) {
    const g = ctx.conflict.regionGroups.find((x) => x.id === entry.group);
    base.figure = `Part of ${g?.name ?? entry.group}: ${base.figure}`;
    base.notes.push(
      `A figure for ${groupLabel(ctx, entry.group)} as a whole (of the ${g?.members.length ?? 'several'} together), not for this region.`,
    );
  }
  if (control.own) {
    const own = control.own.entry;
    base.notes.push(
      `This region’s own latest figure: ${figureWords(ctx, own)}, as of ${formatFuzzyDate(own.observation.asOf)} (older than the group’s).`,
    );
  }
  if (shade.converted) {
    const stated = o.measure.text ?? describeMeasure(o.measure);
    base.notes.push(`Stated as ${partyName(ctx, o.controller)}’s share (“${stated}”); converted.`);
  } else if (o.measure.text) {
    base.notes.push(`In the source’s words: “${o.measure.text}”.`);
  }
  if (shade.computed) {
    const area = ctx.areaOf(o.target);
    base.notes.push(
      `Computed from ${describeMeasure(o.measure)} of ${area?.toLocaleString('en-GB') ?? '?'} km².`,
    );
  }
  base.statedBy = statedBy(ctx, entry);
  base.source = citeSource(ctx.sources.get(o.source), o.source);
  const mine = figureWords(ctx, entry);
  for (const other of control.others) {
    const words = figureWords(ctx, other);
    if (words === mine) base.agreeCount++;
    else
      base.disagree.push({
        text: `${words} (${statedBy(ctx, other).toLowerCase()})`,
        source: citeSource(ctx.sources.get(other.observation.source), other.observation.source),
      });
  }
  return base;
}

/** The tooltip as one line of text, for accessible names and plain-text exports. */
export function tooltipText(t: RegionTooltip): string {
  const parts = [t.nameLocal ? `${t.name} (${t.nameLocal})` : t.name, t.figure];
  if (t.asOf) parts.push(t.asOf);
  parts.push(...t.notes);
  if (t.statedBy) parts.push(t.statedBy);
  if (t.source) parts.push(`Source: ${t.source.text}`);
  for (const d of t.disagree) parts.push(`Other source disagrees: ${d.text}, ${d.source.text}`);
  if (t.agreeCount)
    parts.push(`${t.agreeCount} other source${t.agreeCount > 1 ? 's' : ''} of the same date agree`);
  parts.push(...t.claims);
  return parts.join('. ').replace(/\.\./g, '.');
}
