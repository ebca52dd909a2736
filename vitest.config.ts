import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Unit tests: shared/ (pure), electron/main services (Node, real temp folders),
// renderer/src/data (fake-indexeddb). Playwright specs live in test/e2e.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
