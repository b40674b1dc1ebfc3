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
  },
});
