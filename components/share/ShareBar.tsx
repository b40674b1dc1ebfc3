'use client';

import ExportMenu from '@/components/export/ExportMenu';
import ShareDialog from './ShareDialog';
import styles from './share.module.css';

/** The explorer's share and export controls. */
export default function ShareBar({ defaultDate }: { defaultDate: string }) {
  return (
    <div className={`${styles.bar} needs-js`} role="group" aria-label="Share and export">
      <ShareDialog defaultDate={defaultDate} />
      <ExportMenu />
    </div>
  );
}
