// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layeringConfigs } from './scripts/eslint-layering.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'test/lint/fixtures/**', '.bench/**', '.test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is never HTML.' }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', 'electron/**', '*.config.*', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['renderer/src/**'], languageOptions: { globals: globals.browser } },
  ...layeringConfigs,
);
