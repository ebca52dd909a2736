/**
 * `npm run bench`: measures the data core under fake-indexeddb (Node) and in
 * real Chromium IndexedDB through the test host, then the customer archive at
 * 100,000 customers in the built app; prints every figure and writes
 * bench/results.json.
 */
import 'fake-indexeddb/auto'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createTestHost } from '../test/harness/createTestHost'
import { busyWaits } from './app/settle'
import { benchCustomerArchive } from './archiveBench'
import { benchContractPdf } from './documentsBench'
import { calibrationMs } from './calibration'
import { bundleBrowserScripts } from './browser/bundle'
import { chromiumOptions } from './browser/launch'
import { type Figures, printFigures, round, writeResults } from './figures'
import { benchRepoSave, type RepoSaveFigures } from './scenarios/repoSave'

const root = resolve(import.meta.dirname, '..')
const rendererDir = join(root, 'out/renderer')
const ROWS = Number(process.env.BENCH_ROWS ?? 2000)
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3)

async function inChromium(benchScript: string, rows: number): Promise<RepoSaveFigures> {
  const host = await createTestHost({ rendererDir })
  const browser = await chromium.launch(chromiumOptions)
  try {
    // The bundle is injected as an inline script; the app's CSP would refuse it.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(host.url)
    await page.addScriptTag({ path: benchScript })
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
  const before = calibrationMs()
  const scripts = await bundleBrowserScripts()
  let chromiumFigures: RepoSaveFigures, nodeFigures: RepoSaveFigures, archiveFigures: Figures
  const pdfFigures = await benchContractPdf()
  try {
    console.log(`repository save, ${ROWS} rows of Chinese contacts, one transaction per save`)
    chromiumFigures = await inChromium(scripts.bench, ROWS)
    nodeFigures = await benchRepoSave(ROWS, `bench-${Date.now()}`)
    console.log(`customer archive, ${CUSTOMERS} customers, in Chromium against the built app`)
    archiveFigures = await benchCustomerArchive(scripts, rendererDir, CUSTOMERS, IMPORT_RUNS)
  } finally {
    await rm(scripts.dir, { recursive: true, force: true })
  }
  const figures: Figures = {
    ...figuresOf('repo.save', chromiumFigures),
    ...figuresOf('repo.save.fake_idb', nodeFigures),
    ...archiveFigures,
    ...pdfFigures,
  }
  const machine = `machine check (pinyin of 10,000 names in Node; larger = slower machine): ${round(before, 0)} ms at start, ${round(calibrationMs(), 0)} ms at end`
  console.log(machine)
  if (busyWaits() > 0)
    console.log(
      `WARNING: ${busyWaits()} times the CPU was still busy after 2 minutes of waiting: something else ran on this machine and the figures are likely high`,
    )
  printFigures(figures)
  writeResults(join(root, 'bench/results.json'), figures)
  console.log('written: bench/results.json')
}

await main()
