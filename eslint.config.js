import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Import direction (ARCHITECTURE.md): each module may import only the modules listed for it.
const layers = {
  model: [],
  format: [],
  ingest: ['model'],
  db: ['model'],
  queries: ['db', 'ingest', 'model'],
  charts: ['format'],
  ui: ['format'],
  features: ['model', 'format', 'ingest', 'db', 'queries', 'charts', 'ui'],
};
const all = ['model', 'format', 'ingest', 'db', 'queries', 'charts', 'ui', 'features', 'app'];
// Only these folders may import these libraries (one owner per library).
const owners = {
  '@duckdb/duckdb-wasm': 'db',
  'apache-arrow': 'db',
  papaparse: 'ingest',
  fflate: 'ingest',
  recharts: 'charts',
};

function restrictionsFor(layer) {
  const allowed = new Set(layers[layer] ?? all);
  const patterns = all
    .filter((m) => m !== layer && !allowed.has(m))
    .map((m) => ({
      regex: `^(\\.\\./)+${m}(/|$)`,
      message: `src/${layer} may not import src/${m} (ARCHITECTURE.md: dependencies point one way).`,
    }));
  const paths = Object.entries(owners)
    .filter(([, owner]) => owner !== layer)
    .map(([name, owner]) => ({ name, message: `Only src/${owner} imports ${name}.` }));
  if (layer === 'model' || layer === 'format') {
    for (const name of ['react', 'react-dom', '@tanstack/react-query'])
      paths.push({ name, message: `src/${layer} stays pure: no ${name}.` });
  }
  return { patterns, paths };
}

const layerConfigs = [...Object.keys(layers), 'app'].map((layer) => {
  const { patterns, paths } = restrictionsFor(layer);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'],
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  };
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'tests/e2e/.artifacts/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: Object.entries(owners).map(([name, owner]) => ({ name, message: `Only src/${owner} imports ${name}.` })),
          patterns: [{ group: ['../*/**', '!../../**'], message: 'A feature never imports another feature.' }],
        },
      ],
      // One data path: a feature reaches data through src/queries' query options and commands; from src/db it
      // imports types only (`import type { … }`).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+db(/|$)',
              allowTypeImports: true,
              message: 'A feature reads data through src/queries (query options, commands); from src/db it imports types only.',
            },
          ],
        },
      ],
    },
  },
  ...layerConfigs.filter((c) => !c.files[0].startsWith('src/features')),
  {
    files: ['src/model/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Inject randomness into the model.' },
        { object: 'Date', property: 'now', message: 'Inject time into the model.' },
      ],
    },
  },
  // Scripts that also hand functions to the browser (page.evaluate / waitForFunction).
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
