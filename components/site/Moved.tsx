'use client';

import { useEffect } from 'react';

/**
 * An old address's page in the static export (next start redirects before it is reached): it
 * moves the reader on to `to`, keeping the query and hash, and says where in words for anyone
 * whose browser does not.
 */
export default function Moved({ to, what }: { to: string; what: string }) {
  useEffect(() => {
    window.location.replace(`${to}${window.location.search}${window.location.hash}`);
  }, [to]);
  return (
    <p role="status">
      {what} has moved to <a href={to}>{to}</a>.
    </p>
  );
}
