import { pictureDayOf } from '../map/picture-days';

const PICTURE = /^\/([a-z0-9-]+)\/og\/(\d{4}-\d{2}-\d{2})\.png$/;

/**
 * Where a map picture that the build did not draw moved to: `/<conflict>/og/<day>.png` names a
 * day the map's picture changed on when the embed code was written; after the data changes,
 * that day may no longer be one, and the picture of the day is the one of the last picture day
 * on or before it. Null when the path is no such picture, the day is drawn, or the conflict has
 * no pictures (`daysOf` gives the built days, sorted, or null).
 */
export function movedPicture(
  pathname: string,
  daysOf: (conflict: string) => readonly string[] | null,
): string | null {
  const m = PICTURE.exec(pathname);
  if (!m) return null;
  const [, conflict = '', day = ''] = m;
  const days = daysOf(conflict);
  if (!days?.length || days.includes(day)) return null;
  const at = pictureDayOf(days, day);
  return at ? `/${conflict}/og/${at}.png` : null;
}
