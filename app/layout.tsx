import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import SiteNav from '@/components/site/SiteNav';
import { DEFAULT_DATASET, datasetIds, getDataset } from '@/lib/dataset/server';
import { inter } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Faultline', template: '%s · Faultline' },
  description:
    'What was said and who holds what in a conflict: a dated timeline of statements linked to a map of territorial control, every figure tied to its source.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <SiteNav
            conflicts={datasetIds().map((id) => ({ id, title: getDataset(id).conflict.title }))}
            defaultId={DEFAULT_DATASET}
          />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
