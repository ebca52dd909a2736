/**
 * The collections figures (issue 17):
 * - report.aging_ms in Debian's Chromium against the test host, in a
 *   persistent profile so IndexedDB is on disk as in the desktop app (as
 *   shippingBench.ts): the data seeded once (scenarios/collectionsAging.ts),
 *   then each run in a browser started afresh reads the 账龄分析 as the
 *   screen does on its day; the figure is the median cold run;
 * - statements.batch_ms and statements.peak_mb in a Node process of its
 *   own (collectionsBenchOnce.ts), where main's documents service renders.
 * `BENCH_ONLY=collections` prints these alone.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { createTestHost } from '../test/harness/createTestHost'
import { settleCpu } from './app/settle'
import { chromiumOptions } from './browser/launch'
import type { CollectionsFigures } from './collectionsBenchOnce'
import { type Figures, round } from './figures'
import type { AgingTiming } from './scenarios/collectionsAging'
import type { CollectionsSizes } from './seed/collectionsData'
import { median } from './stats'

const root = resolve(import.meta.dirname, '..')
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const sizes: CollectionsSizes = {
  customers: env('BENCH_COLLECTIONS_CUSTOMERS', 2_000),
  contracts: env('BENCH_COLLECTIONS_CONTRACTS', 20_000),
  receipts: env('BENCH_COLLECTIONS_RECEIPTS', 100_000),
}
const RUNS = env('BENCH_COLLECTIONS_RUNS', 3)
const DB_NAME = 'bench-collections'

/** The in-page script (browser/collectionsEntry.ts) as one IIFE file, as bench/browser/bundle.ts builds its own. */
async function bundleScript(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: join(root, 'bench/browser/collectionsEntry.ts'),
        formats: ['iife'],
        name: 'deskCollectionsBenchBundle',
        fileName: () => 'collections.js',
      },
    },
  })
  return join(outDir, 'collections.js')
}

/** Runs `work` in a browser started on `profileDir`, on a page of the host with the script, then closes it. */
async function inProfile<A, T>(
  profileDir: string,
  url: string,
  script: string,
  work: (arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  // The script is injected inline; the app's CSP would refuse it.
  const context = await chromium.launchPersistentContext(profileDir, { ...chromiumOptions, bypassCSP: true })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(url)
    await page.waitForLoadState('networkidle')
    await page.addScriptTag({ path: script })
    return (await page.evaluate(work as (a: unknown) => Promise<unknown>, arg)) as T
  } finally {
    await context.close()
  }
}

async function agingFigures(rendererDir: string): Promise<Figures> {
  console.log(
    `aging: ${sizes.contracts} contracts, ${sizes.contracts * 3} milestones, ${sizes.receipts} receipts with their allocations (cold, each run a fresh browser; median of ${RUNS} runs)`,
  )
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-collections-'))
  const host = await createTestHost({ rendererDir })
  try {
    const script = await bundleScript(dir)
    const profileDir = join(dir, 'profile')
    const seeded = await inProfile(
      profileDir,
      host.url,
      script,
      ([name, n]) => window.deskCollectionsBench.seedCollectionsData(name, n),
      [DB_NAME, sizes] as const,
    )
    console.log(`  seeded in ${round(seeded.ms / 1000, 1)} s (bulkPut): ${JSON.stringify(seeded.counts)}`)
    const runs: AgingTiming[] = []
    for (let i = 0; i < RUNS; i++) {
      await settleCpu(0.85, 2, 20_000)
      const r = await inProfile(
        profileDir,
        host.url,
        script,
        (name) => window.deskCollectionsBench.timeAging(name),
        DB_NAME,
      )
      runs.push(r)
      console.log(
        `  run ${i + 1}: 账龄分析 ${round(r.coldMs, 1)} ms (again at once ${round(r.warmMs, 1)} ms; ` +
          `the ${r.rawRows} owing contracts' rows alone, raw getAll: ${round(r.rawMs, 1)} ms), ` +
          `${r.customers} customers owing ¥${round(r.totalFen / 100, 2)}; worked out again from every receipt ${round(r.fullMs, 0)} ms, the same`,
      )
    }
    return {
      'report.aging_ms': { value: round(median(runs.map((r) => r.coldMs)), 1), unit: 'ms', goal: 500 },
    }
  } finally {
    await host.close()
    await rm(dir, { recursive: true, force: true })
  }
}

function statementFigures(): Figures {
  console.log(
    `statements: the 2026-H1 statements of ${sizes.customers} customers, PDF and Excel, in a process of its own`,
  )
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(root, 'bench/collectionsBenchOnce.ts'), '--json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const f = JSON.parse(out.trim().split('\n').at(-1) as string) as CollectionsFigures
  console.log(
    `  ${f.statements} statements: records ${round(f.recordsMs / 1000, 1)} s, PDFs ${round(f.pdfMs / 1000, 1)} s ` +
      `(${round(f.pdfMs / Math.max(1, f.statements), 1)} ms each), Excel ${round(f.excelMs, 0)} ms; ` +
      `peak RSS of the rendering process ${round(f.peakMb, 0)} MB; of the batch's own (fake-indexeddb, the database in memory) ${round(f.rendererPeakMb, 0)} MB, ${round(f.baseMb, 0)} MB before it`,
  )
  return {
    'statements.batch_ms': { value: round(f.batchMs, 0), unit: 'ms', goal: 120_000 },
    'statements.peak_mb': { value: round(f.peakMb, 0), unit: 'MB', goal: 500 },
  }
}

export async function benchCollections(rendererDir: string): Promise<Figures> {
  return { ...(await agingFigures(rendererDir)), ...statementFigures() }
}
