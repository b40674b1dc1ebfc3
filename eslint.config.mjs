import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'out/**',
      'next-env.d.ts',
      'public/**',
      'test-results*/**',
      'playwright-report/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // lib/ is framework-free: no React, DOM-bound libraries, zustand or next.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'next',
            'next/*',
            'zustand',
            'zustand/*',
            'maplibre-gl',
            '@/components/*',
            '@/store/*',
            '@/app/*',
          ],
        },
      ],
    },
  },
  {
    // A view never imports from its host, and the store never from the views' wrappers.
    files: ['components/**/*.ts', 'components/**/*.tsx', 'store/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/embed/*', '@/app/*'] }],
    },
  },
];
export default config;
