import Moved from '@/components/site/Moved';
import { DEFAULT_DATASET } from '@/lib/dataset/server';

// The address from before the conflict index (lib/routes/legacy.ts).
export const metadata = { robots: { index: false } };

export default function MovedPage() {
  return <Moved to={`/${DEFAULT_DATASET}/print`} what="This page" />;
}
