// npm start: serves the production build (npm run build first) with server/index.ts, bundled
// by the build into <distDir>/faultline-server.mjs. Takes `next start`'s -p and -H.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const server = path.resolve(process.env.NEXT_DIST_DIR ?? '.next', 'faultline-server.mjs');
if (!existsSync(server)) {
  console.error(`faultline: no server build at ${server}: run npm run build first`);
  process.exit(1);
}
await import(pathToFileURL(server).href);
