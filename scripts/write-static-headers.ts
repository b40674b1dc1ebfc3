// Writes public/_headers (security and framing headers for static hosts that read that file)
// from lib/security/headers.ts, so `next start` and the static export send the same headers.
import { writeFileSync } from 'node:fs';
import { staticHeadersFile } from '../lib/security/headers';

writeFileSync('public/_headers', staticHeadersFile());
