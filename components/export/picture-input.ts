/**
 * What an exported map picture says, built the same way by the explorer's export menu and the
 * embed: the dataset's title (or the journalist's), the date, the legend for the party and
 * claims shown, the journalist's annotations, note and byline, the sources and the credit.
 */
import type { CompiledDataset } from '@/lib/dataset/types';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import type { EmbedAnnotation, EmbedEditorial } from '@/lib/embed/editorial';
import type { PictureInput } from '@/lib/export/picture';
import { creditsOf, creditsText, sourceLineText } from '@/lib/map/credits';
import { controlLegend } from '@/lib/map/legend';

type PictureDataset = Pick<
  CompiledDataset,
  'id' | 'version' | 'sources' | 'conflict' | 'regions'
> & {
  map?: CompiledDataset['map'];
};

export interface PictureContext {
  date: string;
  /** The party whose share is shaded (the reader's choice), else the dataset's. */
  party?: string;
  includeClaims?: boolean;
  editorial?: Partial<EmbedEditorial>;
  /** Where the data page is, for the source line (location.origin in a browser). */
  origin: string;
  /** Credit text to use when the dataset carries none (a release pinned before credits). */
  fallbackCredit?: string;
}

/** "1. Kherson Oblast: retaken", "2. 24 February 2022: full-scale invasion". */
export function annotationLines(
  annotations: readonly EmbedAnnotation[],
  regionName: (id: string) => string,
): string[] {
  return annotations.map(
    (a, i) =>
      `${i + 1}. ${a.kind === 'date' ? formatDateValue(a.at, { longMonth: true }) : regionName(a.at)}: ${a.text}`,
  );
}

export function pictureInputOf(dataset: PictureDataset, c: PictureContext): PictureInput {
  const partyId = c.party ?? dataset.conflict.mapParty;
  const party = dataset.conflict.parties.find((p) => p.id === partyId)?.name ?? partyId;
  const names = new Map(dataset.regions.map((r) => [r.id, r.nameEnFull || r.nameEn]));
  const e = c.editorial ?? {};
  return {
    title: e.title ?? dataset.conflict.title,
    subtitle: e.subtitle ?? null,
    dateLine: `Control as of ${formatDateValue(c.date, { longMonth: true })}`,
    legend: controlLegend(party, {
      groupExample: dataset.conflict.regionGroups[0]?.name,
      staleAfterDays: dataset.conflict.staleAfterDays,
      includeClaims: c.includeClaims ?? false,
    }),
    annotations: annotationLines(e.annotations ?? [], (id) => names.get(id) ?? id),
    note: e.note ?? null,
    byline: e.byline ?? null,
    sourceLine: `${sourceLineText(dataset)} · ${c.origin}/${dataset.id}/data`,
    attribution: creditsText(creditsOf(dataset)) || (c.fallbackCredit ?? ''),
  };
}
