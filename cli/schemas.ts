/**
 * npm run schemas: writes JSON Schema files for the data files from the zod schemas, so an
 * editor can complete and check them (each data file names its schema with "$schema").
 * With --check it only compares, and exits 1 when a committed schema is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { conflict, sourceFile, story, SCHEMA_VERSION } from '../lib/schema';

const outDir = path.resolve('schemas');
const targets = [
  { file: 'conflict.schema.json', schema: conflict, title: 'Faultline conflict (conflict.json)' },
  {
    file: 'source-file.schema.json',
    schema: sourceFile,
    title: 'Faultline source file (sources/*.json)',
  },
  { file: 'story.schema.json', schema: story, title: 'Faultline story (stories/*.json)' },
];
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const t of targets) {
  const json = {
    ...z.toJSONSchema(t.schema, { io: 'input', unrepresentable: 'any' }),
    title: t.title,
    description: `Schema version ${SCHEMA_VERSION}. Generated from lib/schema by \`npm run schemas\`; do not edit by hand.`,
  };
  const text = JSON.stringify(json, null, 2) + '\n';
  const target = path.join(outDir, t.file);
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
      console.error(`schemas/${t.file} is out of date: run npm run schemas`);
      stale++;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote schemas/${t.file}`);
  }
}
process.exit(stale ? 1 : 0);
