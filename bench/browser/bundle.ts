/** Builds the in-page scripts (bench/browser/entry.ts, probe.ts) into one IIFE file each. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../..')

export interface BrowserScripts {
  /** The temporary folder holding both; remove it when done. */
  dir: string
  /** window.deskBench: the in-page scenarios. Add after the page loaded. */
  bench: string
  /** window.deskProbe and the React commit hook. Add as an init script, before the app's own. */
  probe: string
}

async function bundle(entry: string, name: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    // Library builds leave process.env alone; React (via i18n) reads NODE_ENV.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      // Readable names in CPU profiles.
      minify: false,
      lib: { entry: join(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  })
  return join(outDir, `${name}.js`)
}

export async function bundleBrowserScripts(): Promise<BrowserScripts> {
  const outDir = mkdtempSync(join(tmpdir(), 'desk-bench-'))
  return {
    dir: outDir,
    bench: await bundle('bench/browser/entry.ts', 'deskBenchBundle', outDir),
    probe: await bundle('bench/browser/probe.ts', 'deskProbeBundle', outDir),
  }
}
