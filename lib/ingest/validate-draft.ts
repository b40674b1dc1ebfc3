import { checkDataset } from '../dataset/check';
import { sourceFile, type Conflict, type Person, type SourceFile } from '../schema';
import type { NewParty, NewPlace } from './captures';
import type { NewPerson } from './people';

/** A drafted new person as a conflict.json entry. */
export function toPerson(p: NewPerson): Person {
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    ...(p.party ? { party: p.party } : {}),
    roles: p.role ? [{ title: p.role }] : [],
  };
}

/**
 * Checks a draft the way `npm run validate` will once it is added: the fact-file schema and the
 * cross-file checks (people, places, parties, dates, evidence found verbatim in the text). New
 * people, places and parties drafted with it count as known. Returns problems in words; empty means valid.
 */
export function validateDraft(
  draft: SourceFile,
  conflict: Conflict,
  regionIds: readonly string[],
  text: string,
  newPeople: readonly NewPerson[] = [],
  added: { newPlaces?: readonly NewPlace[]; newParties?: readonly NewParty[] } = {},
): string[] {
  const parsed = sourceFile.safeParse(draft);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // New places and parties drafted with it count as known too (the reviewer adds them, with the
  // place's region, to conflict.json; only the draft's own findings are reported here).
  const withPeople: Conflict = {
    ...conflict,
    people: [...conflict.people, ...newPeople.map(toPerson)],
    // A party drafted from a capture holds what it took.
    controlParties: [...conflict.controlParties, ...(added.newParties ?? []).map((p) => p.id)],
    parties: [
      ...conflict.parties,
      ...(added.newParties ?? []).map((p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        color: '#767676',
      })),
    ],
    places: [
      ...(conflict.places ?? []),
      ...(added.newPlaces ?? []).map((p) => ({
        id: p.id,
        name: p.name,
        aliases: [],
        kind: p.kind ?? 'town',
        region: regionIds[0] ?? conflict.country.id,
      })),
    ],
  };
  const textFile = parsed.data.sources[0]?.text;
  const findings = checkDataset('conflict.json', withPeople, regionIds, [
    { file: 'draft.json', data: parsed.data, texts: textFile ? { [textFile]: text } : {} },
  ]);
  return findings
    .filter((f) => f.file === 'draft.json')
    .map((f) => `${f.segments.join('.')}: ${f.message}`);
}
