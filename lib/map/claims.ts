import type { Claim } from '../schema';
import { fuzzyDateInterval, parseDateValue } from '../dates/fuzzy-date';

/** The part of a source a claim's start needs. */
export interface SourceDate {
  id: string;
  published: string | null;
}

/**
 * The day (UTC ms) a claim holds from: its "since" date, else the publication day of the
 * source that reports it (known from then at the latest); null when neither is known.
 */
export function claimStart(claim: Claim, sources: readonly SourceDate[]): number | null {
  if (claim.since) return fuzzyDateInterval(claim.since)?.start ?? null;
  const published = sources.find((s) => s.id === claim.source)?.published;
  return published ? (parseDateValue(published)?.start ?? null) : null;
}

/** The claims that hold on a day, by region id. */
export function claimsByRegionAt(
  claims: readonly Claim[],
  sources: readonly SourceDate[],
  day: number,
): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const start = claimStart(c, sources);
    if (start === null || start > day) continue;
    for (const r of c.regions) {
      const list = out.get(r) ?? [];
      list.push(c);
      out.set(r, list);
    }
  }
  return out;
}
