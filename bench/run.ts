/**
 * `npm run bench`: measures the data core under fake-indexeddb (Node) and in
 * real Chromium IndexedDB through the test host, prints every figure and
 * writes bench/results.json.
 */
import 'fake-indexeddb/auto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumPath } from '../test/harness/chromium'
import { createTestHost } from '../test/harness/createTestHost'
import { type Figures, printFigures, round, writeResults } from './figures'
import { benchRepoSave, type RepoSaveFigures } from './scenarios/repoSave'

const root = resolve(import.meta.dirname, '..')
const ROWS = Number(process.env.BENCH_ROWS ?? 2000)

async function bundleBrowserBench(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'desk-bench-'))
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: join(root, 'bench/browser/entry.ts'),
        formats: ['iife'],
        name: 'deskBenchBundle',
        fileName: () => 'bench.js',
      },
    },
  })
  return join(outDir, 'bench.js')
}

async function inChromium(rows: number): Promise<RepoSaveFigures> {
  const script = await bundleBrowserBench()
  const host = await createTestHost({ rendererDir: join(root, 'out/renderer') })
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  })
  try {
    // The bundle is injected as an inline script; the app's CSP would refuse it.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(host.url)
    await page.addScriptTag({ path: script })
    return await page.evaluate((n) => window.deskBench.benchRepoSave(n, 'bench'), rows)
  } finally {
    await browser.close()
    await host.close()
  }
}

function figuresOf(prefix: string, f: RepoSaveFigures): Figures {
  return {
    [`${prefix}.p50_ms`]: { value: round(f.repoP50, 3), unit: 'ms' },
    [`${prefix}.p95_ms`]: { value: round(f.repoP95, 3), unit: 'ms' },
    [`${prefix}.raw_p50_ms`]: { value: round(f.rawP50, 3), unit: 'ms' },
    [`${prefix}.raw_p95_ms`]: { value: round(f.rawP95, 3), unit: 'ms' },
    [`${prefix}.ratio_to_raw`]: { value: round(f.ratio), unit: 'ratio' },
  }
}

async function main(): Promise<void> {
  console.log(`repository save, ${ROWS} rows of Chinese contacts, one transaction per save`)
  const chromiumFigures = await inChromium(ROWS)
  const nodeFigures = await benchRepoSave(ROWS, `bench-${Date.now()}`)
  const figures: Figures = {
    ...figuresOf('repo.save', chromiumFigures),
    ...figuresOf('repo.save.fake_idb', nodeFigures),
  }
  printFigures(figures)
  writeResults(join(root, 'bench/results.json'), figures)
  console.log('written: bench/results.json')
}

await main()
