import { readdirSync } from 'node:fs';

/**
 * Layer boundaries (ARCHITECTURE.md, docs/house-style.md §7.2) as ESLint rules. Kept in its own module so the
 * boundary test can lint probe files against exactly these rules.
 */
const NODE = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'worker_threads',
];
const msg = 'See ARCHITECTURE.md: this layer may not import that.';

/** `extra` are further pattern objects (e.g. `{ regex, message }`) for the same rule. */
const restrict = (paths, patterns, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message: msg })),
      patterns: [{ group: patterns, message: msg }, ...extra],
    },
  ],
});

/**
 * Inside renderer/ (renderer/README.md): features/<a> may not import features/<b>; neither features nor
 * components/ import the composition layers (pages/, app/); components/ imports no feature. ESLint applies one
 * option set per rule and file (a later block replaces an earlier one), so every renderer block repeats the
 * renderer layer's own restrictions. The feature list is read from the folder when the config loads, so a new
 * feature is covered without editing this file.
 */
const RENDERER_PATHS = ['electron', 'better-sqlite3', 'docx', ...NODE.filter((n) => !n.includes('*'))];
const RENDERER_PATTERNS = [
  'node:*',
  '**/electron/main/**',
  '**/electron/browser-host/**',
  '**/server/**',
  '**/scripts/**',
];
const RENDERER_IGNORES = ['renderer/**/*.test.{ts,tsx}'];
const FEATURES = readdirSync(new URL('./renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A relative import with a path segment named one of `names` ('../../pages/CasePage', '../features/cases'). */
const relativeSegment = (names) => `^\\.{1,2}/(.*/)?(${names.map(escapeRegex).join('|')})(/|$)`;
const noComposition = {
  regex: relativeSegment(['pages', 'app']),
  message:
    'renderer/README.md: features and components may not import pages/ or app/ (they compose features, not the other way).',
};
const otherFeatures = (feature) => {
  const others = FEATURES.filter((f) => f !== feature).map(escapeRegex);
  if (others.length === 0) return [];
  const names = others.join('|');
  return [
    {
      // '../b/x' from features/<a>/, '../../b/x' from a subfolder, or any path through features/<b>.
      regex: `^(\\.\\./)+(${names})(/|$)|(^|/)features/(${names})(/|$)`,
      message: `renderer/README.md: feature '${feature}' may not import another feature. Move the shared piece to renderer/components/ (or shared/ when pure), or compose the features in renderer/pages/.`,
    },
  ];
};

const rendererBoundaries = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: RENDERER_IGNORES,
    rules: restrict(RENDERER_PATHS, RENDERER_PATTERNS),
  },
  {
    files: ['renderer/components/**/*.{ts,tsx}'],
    ignores: RENDERER_IGNORES,
    rules: restrict(RENDERER_PATHS, RENDERER_PATTERNS, [
      {
        regex: relativeSegment(['features', 'pages', 'app']),
        message: 'renderer/README.md: components/ are generic and may not import a feature, pages/ or app/.',
      },
    ]),
  },
  ...FEATURES.map((feature) => ({
    files: [`renderer/features/${feature}/**/*.{ts,tsx}`],
    ignores: RENDERER_IGNORES,
    rules: restrict(RENDERER_PATHS, RENDERER_PATTERNS, [noComposition, ...otherFeatures(feature)]),
  })),
];

export const boundaries = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      [
        'electron',
        'react',
        'react-dom',
        'better-sqlite3',
        'antd',
        'docx',
        ...NODE.filter((n) => !n.includes('*')),
      ],
      [
        'node:*',
        'react/*',
        'react-dom/*',
        'antd/*',
        '**/electron/**',
        '**/renderer/**',
        '**/server/**',
        '**/scripts/**',
        '**/tests/**',
      ],
    ),
  },
  ...rendererBoundaries,
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
