/**
 * Layer boundaries (ARCHITECTURE.md, design/architecture.md §7.2) as ESLint rules. Kept in its own module so the
 * boundary test can lint probe files against exactly these rules.
 */
const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'worker_threads'];
const msg = 'See ARCHITECTURE.md: this layer may not import that.';

const restrict = (paths, patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message: msg })),
      patterns: [{ group: patterns, message: msg }],
    },
  ],
});

export const boundaries = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'better-sqlite3', 'antd', 'docx', ...NODE.filter((n) => !n.includes('*'))],
      ['node:*', 'react/*', 'react-dom/*', 'antd/*', '**/electron/**', '**/renderer/**', '**/server/**', '**/scripts/**', '**/tests/**'],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: restrict(
      ['electron', 'better-sqlite3', 'docx', ...NODE.filter((n) => !n.includes('*'))],
      ['node:*', '**/electron/main/**', '**/electron/browser-host/**', '**/server/**', '**/scripts/**'],
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/shell/**', 'electron/main/index.ts', 'electron/main/**/*.test.ts'],
    rules: restrict(['electron'], ['**/renderer/**', '**/server/**', '**/shell/**', '**/browser-host/**']),
  },
  {
    files: ['electron/main/shell/**/*.ts', 'electron/main/index.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([], ['**/renderer/**', '**/server/**', '**/browser-host/**']),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      ['better-sqlite3', 'react', ...NODE.filter((n) => !n.includes('*'))],
      [
        'node:*',
        '**/main/**',
        '**/browser-host/**',
        '**/renderer/**',
        '**/server/**',
        '**/shared/*',
        '!**/shared/contracts',
        '**/shared/contracts/*',
        '!**/shared/contracts/channels',
        '!**/shared/contracts/api',
      ],
    ),
  },
  {
    files: ['electron/browser-host/**/*.ts'],
    rules: restrict(['electron'], ['**/renderer/**', '**/server/**', '**/shell/**']),
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    rules: restrict(['electron', 'react', 'better-sqlite3'], ['**/electron/**', '**/renderer/**']),
  },
];
