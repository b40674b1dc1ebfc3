import type { PlaceMarker, PlaceMarkerKind } from '@/lib/map/places';

/**
 * Place markers as SVG (the first paint, exports, slides and handouts), drawn the same as the
 * live map's HTML markers (components/map/control-map.css): a disc whose fill and ring say
 * held, partly, contested, claimed, not held or unknown, the party's colour beside the words.
 */

const DARK = '#1a1d23';
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const R = 5.5;

function disc(kind: PlaceMarkerKind, c: string, x: number, y: number): string {
  const at = `cx="${x}" cy="${y}"`;
  const half = (fill: string) =>
    `<path d="M${x},${y - R + 1}A${R - 1},${R - 1} 0 0 0 ${x},${y + R - 1}Z" fill="${fill}"/>`;
  switch (kind) {
    case 'held':
      return `<circle ${at} r="${R + 1}" fill="${DARK}"/><circle ${at} r="${R}" fill="${c}" stroke="#fff" stroke-width="1.5"/>`;
    case 'partly':
      return `<circle ${at} r="${R}" fill="#fff" stroke="${c}" stroke-width="2"/>${half(c)}`;
    case 'contested':
      return `<circle ${at} r="${R}" fill="#d1d5db" stroke="${DARK}" stroke-width="1.5"/>${half('#6b7280')}`;
    case 'claimed':
      return `<circle ${at} r="${R}" fill="#fff" stroke="${c}" stroke-width="2" stroke-dasharray="2.2 1.6"/>`;
    case 'not-held':
      return `<circle ${at} r="${R}" fill="#fff" stroke="${c}" stroke-width="2"/>`;
    case 'unknown':
      return `<circle ${at} r="${R - 1.5}" fill="#fff" stroke="#6b7280" stroke-width="1.5"/>`;
  }
}

/** About how wide 10 px sans-serif runs per character (the name's side is chosen by it). */
const NAME_ADVANCE = 5.6;

/** A place's name right of its disc, or left of it where a frame `width` wide would cut it. */
function nameText(name: string, x: number, y: number, width: number): string {
  const left =
    x + R + 3 + name.length * NAME_ADVANCE > width && x - R - 3 - name.length * NAME_ADVANCE >= 0;
  const at = left ? `x="${x - R - 3}" text-anchor="end"` : `x="${x + R + 3}"`;
  return `<text ${at} y="${y + 3.5}" font-size="10" font-family="sans-serif" fill="${DARK}" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(name)}</text>`;
}

/** The markers, each with its name and a <title> in words, at points `project` gives. */
export function placeMarkersSvg(
  markers: readonly PlaceMarker[],
  project: (lonLat: [number, number]) => [number, number] | null,
  { names = true, width = Infinity }: { names?: boolean; width?: number } = {},
): string {
  const parts: string[] = ['<g class="places">'];
  for (const m of markers) {
    const p = m.point ? project(m.point) : null;
    if (!p) continue;
    const [x, y] = [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    parts.push(
      `<g data-place="${esc(m.placeId)}" data-place-kind="${m.kind}"${m.stale ? ' opacity="0.65"' : ''}>`,
      `<title>${esc(m.text)}</title>`,
      disc(m.kind, m.color, x, y),
      names ? nameText(m.name, x, y, width) : '',
      '</g>',
    );
  }
  parts.push('</g>');
  return parts.join('');
}
