/**
 * The renderer's web preferences, kept apart from window.ts so tests can
 * assert them without loading Electron. The page gets no Node, runs in
 * Chromium's sandbox and reaches main only through the preload's `window.api`.
 */
import type { WebPreferences } from 'electron'

export function secureWebPreferences(preload: string) {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    preload,
  } as const satisfies WebPreferences
}
