'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

interface ConflictLink {
  id: string;
  title: string;
}

/**
 * The site's navigation. Explore, Present and Data lead to the conflict being read (the first
 * segment of the address), or to the default conflict elsewhere; the conflict's name sits
 * beside the brand so the reader knows which one they are in.
 */
export default function SiteNav({
  conflicts,
  defaultId,
}: {
  conflicts: readonly ConflictLink[];
  defaultId: string;
}) {
  const pathname = usePathname() ?? '/';
  const segment = pathname.split('/')[1] ?? '';
  const current = conflicts.find((c) => c.id === segment) ?? null;
  const id = current?.id ?? defaultId;
  const items = [
    { href: '/', label: conflicts.length > 1 ? 'Conflicts' : 'Home', active: pathname === '/' },
    { href: `/${id}`, label: 'Explore', active: pathname === `/${id}` },
    { href: `/${id}/present`, label: 'Present', active: pathname.startsWith(`/${id}/present`) },
    { href: `/${id}/data`, label: 'Data', active: pathname.startsWith(`/${id}/data`) },
    {
      href: current ? `/${id}/ingest` : '/ingest',
      label: 'Ingest',
      active: pathname === '/ingest' || pathname.startsWith(`/${id}/ingest`),
    },
    { href: '/about', label: 'About', active: pathname.startsWith('/about') },
  ];
  return (
    <>
      <p className="site-brand">
        <Link href="/" className="brand" prefetch={false}>
          Faultline
        </Link>
        {current && (
          <>
            <span aria-hidden="true"> · </span>
            <Link href={`/${current.id}`} className="site-conflict" prefetch={false}>
              {current.title}
            </Link>
          </>
        )}
      </p>
      <nav aria-label="Site">
        <ul>
          {items.map((item) => (
            <li key={item.label}>
              <Link
                href={item.href}
                prefetch={false}
                aria-current={item.active ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
