import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'cli/**/*.test.ts',
      'store/**/*.test.ts',
      'components/**/*.test.ts',
    ],
    environment: 'node',
    // Deterministic dates: tests never depend on the machine's zone.
    env: { TZ: 'UTC' },
    // The first test of a file pays for building the extractor's lexicons and the compiled
    // dataset (about 4 s on this 2-core machine, more when it is busy); 5 s left no margin.
    testTimeout: 20_000,
  },
});
