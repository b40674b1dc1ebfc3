/**
 * The regions a statement or event mentions, as the map lights them up: a group it names
 * ("Donbas") stands for its members, and names that are no region of the map are dropped.
 */
export function mentionedRegionsOf(data: {
  timeline: readonly { id: string; regions?: readonly string[] }[];
  regions: readonly { id: string }[];
  conflict: { regionGroups: readonly { id: string; members: readonly string[] }[] };
}): (itemId: string | null) => string[] {
  const items = new Map(data.timeline.map((t) => [t.id, t]));
  const members = new Map(data.conflict.regionGroups.map((g) => [g.id, g.members]));
  const regionIds = new Set(data.regions.map((r) => r.id));
  return (itemId) => {
    if (!itemId) return [];
    const named = items.get(itemId)?.regions ?? [];
    return [...new Set(named.flatMap((r) => members.get(r) ?? [r]))].filter((r) =>
      regionIds.has(r),
    );
  };
}
