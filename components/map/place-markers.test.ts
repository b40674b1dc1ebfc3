import { describe, expect, it } from 'vitest';
import type { PlaceMarker } from '@/lib/map/places';
import { placeMarkersSvg } from './place-markers';

const marker = (placeId: string, name: string, point: [number, number]): PlaceMarker => ({
  placeId,
  name,
  placeKind: 'town',
  regionId: 'r',
  point,
  kind: 'held',
  party: 'p',
  color: '#d55e00',
  stale: false,
  label: 'P',
  text: `${name}: held by P.`,
  entry: null,
});
// The point is the pixel: project is the identity.
const svgOf = (m: PlaceMarker, width: number) => placeMarkersSvg([m], (p) => p, { width });
const textOf = (svg: string) => svg.match(/<text [^>]*>/)![0];

describe('placeMarkersSvg', () => {
  it('writes a name right of its disc where it fits', () => {
    const t = textOf(svgOf(marker('a', 'Donetsk International Airport', [100, 50]), 720));
    expect(t).not.toContain('text-anchor');
    expect(Number(t.match(/x="([\d.]+)"/)![1])).toBeGreaterThan(100);
  });
  it('writes it left of the disc where the frame would cut it on the right', () => {
    const t = textOf(svgOf(marker('a', 'Donetsk International Airport', [690, 50]), 720));
    expect(t).toContain('text-anchor="end"');
    expect(Number(t.match(/x="([\d.]+)"/)![1])).toBeLessThan(690);
  });
  it('keeps it on the right when neither side has room (a frame too narrow for it)', () => {
    const t = textOf(svgOf(marker('a', 'Donetsk International Airport', [40, 50]), 80));
    expect(t).not.toContain('text-anchor');
  });
});
