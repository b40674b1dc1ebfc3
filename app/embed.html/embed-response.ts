import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { embedDocument } from '@/embed/chrome';
import { defaultDateOf } from '@/lib/dataset/days';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { getDataset } from '@/lib/dataset/server';

function assets(): { script: string; style: string } {
  const file = path.join(process.cwd(), 'public/embed/manifest.json');
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<'script' | 'style', string>>;
    if (m.script && m.style) return { script: m.script, style: m.style };
  }
  return { script: 'main.js', style: 'embed.css' };
}

/** The embed document of one conflict (/embed is the default's, /<conflict>/embed each one's). */
export function embedResponse(datasetId: string): Response {
  const dataset = getDataset(datasetId);
  const geo = loadDatasetGeo(dataset.id);
  const html = embedDocument({
    dataset,
    geo,
    defaultDate: defaultDateOf(dataset),
    assets: assets(),
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
