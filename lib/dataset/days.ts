import { DAY_MS, toDayString } from '../dates/fuzzy-date';
import type { CompiledDataset } from './types';

type Dated = Pick<CompiledDataset, 'extent'>;

/** The dataset's first dated day ("YYYY-MM-DD"). */
export function firstDayOf(dataset: Dated): string {
  return toDayString(dataset.extent.start);
}

/** The dataset's last dated day ("YYYY-MM-DD"); `extent.end` is exclusive. */
export function lastDayOf(dataset: Dated): string {
  return toDayString(dataset.extent.end - DAY_MS);
}

/** [first, last] dated day: the range the date picker, the URL and Play keep to. */
export function dayBoundsOf(dataset: Dated): [string, string] {
  return [firstDayOf(dataset), lastDayOf(dataset)];
}

/** The date a view opens on: the conflict's `defaultDate`, else the last dated day. */
export function defaultDateOf(dataset: Dated & Pick<CompiledDataset, 'conflict'>): string {
  return dataset.conflict.defaultDate ?? lastDayOf(dataset);
}
