import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.js';
import { cycles } from './eslint.cycles.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      'coverage',
      'test-output',
      '.cache',
      'bench-output',
      'resources',
      'tests/security/fixtures',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests and scripts may print and may use loose fixtures.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // SQL and its rows stay inside db/ (ARCHITECTURE.md): everything else reads typed records from repositories.
    files: ['electron/main/**/*.ts', 'electron/browser-host/**/*.ts'],
    ignores: ['electron/main/db/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(prepare|exec)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
          message: 'SQL belongs in electron/main/db/ (a repository method returning a typed record).',
        },
      ],
    },
  },
  ...boundaries,
  ...cycles,
);
