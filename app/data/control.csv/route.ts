import { serveDownload } from '../serve-download';

// Written once at build time (and as a file by the static export).
export const dynamic = 'force-static';

export function GET(): Response {
  return serveDownload('control.csv');
}
