import { cardText } from '@/lib/export/card-text';
import { ImageResponse } from 'next/og';
import { controlMapSvg } from '@/components/map/svg-map';
import type { CompiledDataset } from '@/lib/dataset/types';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { dayStart, formatDateValue } from '@/lib/dates/fuzzy-date';
import { shiftDay } from '@/lib/explore/change-days';
import { groupOutlines } from '@/lib/map/group-outline';
import { SHARE_STEPS } from '@/lib/map/shade';
import { controlMapStateAt } from '@/lib/map/map-state';
import { creditsOf, creditsText } from '@/lib/map/credits';
import { mapViewOf } from '@/lib/map/view';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** "as of 24 February 2022", and for a picture that holds for several days, until when. */
export function cardDateLine(day: string, next: string | null): string {
  const long = (d: string) => formatDateValue(d, { longMonth: true });
  const until = next ? shiftDay(next, -1) : null;
  return until && until > day
    ? `as of ${long(day)} (the same until ${long(until)})`
    : `as of ${long(day)}`;
}

/**
 * The link-preview card (1200 × 630 PNG): the map on a day, the conflict's title, the date the
 * map shows, the key and the boundary credit. Drawn with next/og's bundled font: nothing fetched
 * (text goes through cardText, which drops the invisible controls the font has no glyph for).
 */
export function mapCard(dataset: CompiledDataset, day: string, dateLine: string): ImageResponse {
  const geo = loadDatasetGeo(dataset.id);
  const svg = controlMapSvg(
    { ...geo, groups: groupOutlines(geo.regions, dataset.conflict.regionGroups) },
    controlMapStateAt(dataset, dayStart(day)),
    {
      idPrefix: 'og-',
      width: 780,
      height: 520,
      thin: 1,
      bounds: mapViewOf(dataset.map).homeBounds,
    },
  );
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const party =
    dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
    dataset.conflict.mapParty;
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        color: '#1a1d23',
        padding: 40,
        gap: 36,
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws plain <img> */}
      <img
        src={src}
        width={780}
        height={520}
        alt=""
        style={{ border: '1px solid #d5d9e0', borderRadius: 8 }}
      />
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, gap: 12 }}>
        <div style={{ fontSize: 26, color: '#b3401a' }}>Faultline</div>
        <div style={{ fontSize: 40, lineHeight: 1.15 }}>{cardText(dataset.conflict.title)}</div>
        <div style={{ fontSize: 24, color: '#4f5663' }}>
          {cardText(`Share of each region held by ${party}, ${dateLine}`)}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 12 }}>
          {SHARE_STEPS.map((s) => (
            <div
              key={s.label}
              style={{ display: 'flex', alignItems: 'center', gap: 10, fontSize: 20 }}
            >
              <div
                style={{ width: 28, height: 18, background: s.fill, border: '1px solid #5a5f69' }}
              />
              <div>{s.label}</div>
            </div>
          ))}
        </div>
        <div style={{ marginTop: 'auto', fontSize: 15, color: '#4f5663' }}>
          {cardText(creditsText(creditsOf(dataset)))}
        </div>
      </div>
    </div>,
    { ...CARD_SIZE },
  );
}
