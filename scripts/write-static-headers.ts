// Writes deploy/_headers (security and framing headers in the Netlify / Cloudflare Pages format),
// deploy/nginx-headers.conf and deploy/caddy-headers (the same rules for nginx and Caddy)
// from lib/security/headers.ts, so `next start` and the static export send the same headers.
// It is written beside the site, not into public/: a file in the site root is itself served
// (a plain static server published /_headers). Copy it into the host's publish folder at deploy
// time, or use the nginx / Caddy lines in the README.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  caddyHeadersFile,
  nginxHeadersFile,
  securityHeaderRules,
  staticHeadersFile,
} from '../lib/security/headers';

// Earlier builds wrote public/_headers; a stale copy would still be published.
rmSync('public/_headers', { force: true });
mkdirSync('deploy', { recursive: true });
const rules = securityHeaderRules(process.env.SITE_URL);
writeFileSync('deploy/_headers', staticHeadersFile(rules));
writeFileSync('deploy/nginx-headers.conf', nginxHeadersFile(rules));
writeFileSync('deploy/caddy-headers', caddyHeadersFile(rules));
