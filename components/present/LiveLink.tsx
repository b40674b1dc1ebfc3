'use client';

import { useSyncExternalStore } from 'react';
import { qrCode, qrPath } from '@/lib/export/qr';
import styles from './print.module.css';

const subscribe = () => () => {};

/**
 * A path on this site as a full address and as a QR code beside it, for a phone held up to
 * the printed page (the origin is only known in the browser, so the code is drawn there).
 */
export default function LiveLink({ path }: { path: string }) {
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => '',
  );
  const href = `${origin}${path}`;
  const code = origin ? qrCode(href) : null;
  const side = code ? code.size + 8 : 0;
  return (
    <span className={styles.liveLink}>
      <a href={origin ? href : path}>{href}</a>
      {code && (
        <svg
          className={styles.qr}
          viewBox={`0 0 ${side} ${side}`}
          role="img"
          aria-label={`QR code of ${href}`}
          data-testid="handout-qr"
          shapeRendering="crispEdges"
        >
          <rect width={side} height={side} fill="#fff" />
          <path d={qrPath(code)} fill="#000" />
        </svg>
      )}
    </span>
  );
}
