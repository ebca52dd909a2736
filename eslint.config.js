// Flat config. The import walls of CONVENTIONS.md §1 are enforced here:
// shared/ is pure and imports no renderer or electron code; the renderer never
// reaches Node, Electron or electron/ code; main never imports the renderer;
// only electron/main/ipc touches ipcMain; only renderer/src/data touches
// Dexie, and it imports nothing from the engine and screens built on it
// (renderer/src/sync, procedures, app).
//
// A later block for the same files replaces an earlier `no-restricted-imports`
// setting instead of adding to it, so each block lists every pattern its files
// keep.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = { group: ['node:*'], message: 'No Node built-ins here (CONVENTIONS.md §1).' }
// The npm package only (and its electron/main, electron/renderer entries): a
// group pattern 'electron' would also match any path through a folder of that name.
const electron = { regex: '^electron(/|$)', message: 'No Electron here (CONVENTIONS.md §1).' }
const dexie = { group: ['dexie', 'dexie-*', 'dexie/*'], message: 'Only renderer/src/data touches Dexie.' }
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*'],
  message: 'shared/ is UI-free.',
}
// Another tree's code by a relative path (../../renderer/src/x) or an alias
// (@renderer/x).
const rendererCode = {
  regex: '^(\\.{1,2}/(.*/)?|@)renderer(/|$)',
  message: 'No renderer/ code here: only the renderer imports it (CONVENTIONS.md §1).',
}
const electronCode = {
  regex: '^\\.{1,2}/(.*/)?electron(/|$)',
  message: 'No code from electron/ here: main is reached through the IPC contract (CONVENTIONS.md §1).',
}
// renderer/src/data is the floor the sync engine, the procedures and the app
// stand on: ../../sync/x, @renderer/sync/x or .../renderer/src/sync/x from it
// would make a loop of layers.
const aboveData = {
  regex: '^((\\.\\./)+|@renderer/|@/|(.*/)?renderer/src/)(sync|procedures|app)(/|$)',
  message: 'renderer/src/data imports nothing from sync/, procedures/ or app/ (they build on it).',
}

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
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electron, dexie, react, rendererCode, electronCode] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, dexie, electronCode] }],
    },
  },
  {
    files: ['renderer/src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, electronCode, aboveData] }],
    },
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
