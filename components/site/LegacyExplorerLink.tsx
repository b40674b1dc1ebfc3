'use client';

import { useEffect } from 'react';

/**
 * On the conflict index of the static export: a link from before the index (`/?date=…`, the
 * explorer's old address) moves on to the default conflict's explorer with its query and hash.
 * The index has no query of its own. (`next start` redirects such links before this page.)
 */
export default function LegacyExplorerLink({ to }: { to: string }) {
  useEffect(() => {
    const { search, hash } = window.location;
    if (search.length > 1) window.location.replace(`${to}${search}${hash}`);
  }, [to]);
  return null;
}
