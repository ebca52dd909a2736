// Flat config. The import walls of CONVENTIONS.md §1 are enforced here:
// shared/ is pure; the renderer never reaches Node or Electron; main never
// imports the renderer; only electron/main/ipc touches ipcMain; only
// renderer/src/data touches Dexie.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = { group: ['node:*'], message: 'No Node built-ins here (CONVENTIONS.md §1).' }
const electron = { group: ['electron', 'electron/*'], message: 'No Electron here (CONVENTIONS.md §1).' }
const dexie = { group: ['dexie', 'dexie-*', 'dexie/*'], message: 'Only renderer/src/data touches Dexie.' }
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*'],
  message: 'shared/ is UI-free.',
}
const rendererCode = { group: ['**/renderer/**'], message: 'electron/ imports nothing from renderer/.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, dexie, react] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, dexie] }],
    },
  },
  {
    files: ['renderer/src/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron] }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [rendererCode],
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Only electron/main/ipc binds ipcMain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererCode] }] },
  },
)
