'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** A path on this site as a full address (the origin is only known in the browser). */
export default function LiveLink({ path }: { path: string }) {
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => '',
  );
  const href = `${origin}${path}`;
  return <a href={origin ? href : path}>{href}</a>;
}
