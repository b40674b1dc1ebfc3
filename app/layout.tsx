import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
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
          <Link href="/" className="brand" prefetch={false}>
            Faultline
          </Link>
          <nav aria-label="Site">
            <ul>
              <li>
                <Link href="/" prefetch={false}>
                  Explore
                </Link>
              </li>
              <li>
                <Link href="/present" prefetch={false}>
                  Present
                </Link>
              </li>
              <li>
                <Link href="/data" prefetch={false}>
                  Data
                </Link>
              </li>
              <li>
                <Link href="/ingest" prefetch={false}>
                  Ingest
                </Link>
              </li>
              <li>
                <Link href="/about" prefetch={false}>
                  About
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
