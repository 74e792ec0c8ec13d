// Lint rules that keep the layers honest (see docs/architecture.md).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Each feature may import only itself, never a sibling feature. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: features
          .filter((other) => other !== feature)
          .map((other) => ({
            group: [`**/features/${other}`, `**/features/${other}/**`, `../${other}`, `../${other}/**`],
            message:
              'Features do not import each other: move the shared piece to src/components or compose in src/app.',
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'tests/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain is pure TypeScript, imported by the browser and the server alike.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'react-dom/*',
                '@tanstack/*',
                'zustand',
                'zustand/*',
                'recharts',
                'msw',
                'msw/*',
                'hono',
                'hono/*',
              ],
              message: 'src/domain is pure TypeScript: no UI, state, chart, network or server libraries.',
            },
            {
              group: ['**/api/**', '**/features/**', '**/components/**', '**/app/**', '**/stores/**', '**/server/**'],
              message: 'src/domain imports nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'No network in src/domain.' },
        { name: 'window', message: 'No browser globals in src/domain.' },
        { name: 'document', message: 'No browser globals in src/domain.' },
        { name: 'localStorage', message: 'No browser globals in src/domain.' },
      ],
    },
  },
  ...featureBoundaries,
  {
    // Query keys are spelled only in src/api/query-keys.ts, so that invalidation can find them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey']",
          message: 'Query keys live in src/api/query-keys.ts; use the queryOptions factories.',
        },
      ],
    },
  },
);
