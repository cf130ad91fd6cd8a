// Lint configuration: typescript-eslint's recommended rules over the whole project.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'index/',
      'models/',
      'eval/reports/',
      'bench/results/',
      'coverage/',
      'scratch/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The chat page's client scripts run in the browser (type-checked by tsc through `// @ts-check`).
  { files: ['src/http/web/assets/**/*.js'], languageOptions: { globals: globals.browser } },
);
