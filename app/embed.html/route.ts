import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { embedDocument } from '@/embed/chrome';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { getDataset } from '@/lib/dataset/server';
import { toDayString } from '@/lib/dates/fuzzy-date';

// /embed is a static HTML document written at build time (next start serves it through a
// rewrite of /embed; static hosts resolve /embed to embed.html). It loads no React or Next
// runtime: its script is bundled apart by scripts/build-embed.ts.
export const dynamic = 'force-static';

function assets(): { script: string; style: string } {
  const file = path.join(process.cwd(), 'public/embed/manifest.json');
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<'script' | 'style', string>>;
    if (m.script && m.style) return { script: m.script, style: m.style };
  }
  return { script: 'main.js', style: 'embed.css' };
}

export function GET(): Response {
  const dataset = getDataset();
  const geo = loadDatasetGeo(dataset.id);
  const defaultDate = dataset.conflict.defaultDate ?? toDayString(dataset.extent.end - 86_400_000);
  const html = embedDocument({ dataset, geo, defaultDate, assets: assets() });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
