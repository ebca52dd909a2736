/**
 * The customer archive at 100,000 customers, in Debian's Chromium against the
 * built app (out/renderer served by the test host, main's services behind
 * its HTTP bridge), in a persistent profile so IndexedDB is on disk as in the
 * desktop app. Order: wizard and sign-in through the UI; seed; list first
 * render (3 fresh loads); keystrokes; the in-page profile (still 100,000);
 * then the imports, each adding 10,000 new customers, and one more profiled.
 */
import type { Page } from 'playwright-core'
import { openAppProfile } from './app/appProfile'
import { adminUser, completeWizard, menuEntry, signIn } from './app/session'
import { settleCpu } from './app/settle'
import { printImportDetails, printListDetails } from './archiveReport'
import type { BrowserScripts } from './browser/bundle'
import { startCpuProfile } from './browser/cpuProfile'
import { mainThreadTime } from './browser/metrics'
import { type Figures, round } from './figures'
import { firstRender, freshSignedIn, SEARCH_QUERIES, typeQueries } from './scenarios/archiveList'
import { IMPORT_ROWS, importRuns, profiledImport } from './scenarios/importRuns'
import type { ListProfile } from './scenarios/listProfile'
import { median, percentile } from './stats'

const SEED_BATCH = 10_000
const FIRST_RENDER_RUNS = 3
const account = adminUser.account

async function seed(page: Page, total: number): Promise<void> {
  const t0 = performance.now()
  for (let from = 0; from < total; from += SEED_BATCH) {
    const t = performance.now()
    const count = Math.min(SEED_BATCH, total - from)
    const saved = await page.evaluate(([f, c, a]) => window.deskBench.seedCustomers(f, c, a), [
      from,
      count,
      account,
    ] as const)
    console.log(`  seeded ${saved} customers (batch ${round(performance.now() - t, 0)} ms)`)
  }
  const seconds = round((performance.now() - t0) / 1000, 1)
  console.log(`seeding: ${total} customers in ${seconds} s (importArchives, ${SEED_BATCH} a transaction)`)
  const settled = round((await settleCpu()) / 1000, 1)
  console.log(`  then ${settled} s until the CPU was idle (IndexedDB compaction)`)
}

async function profile(page: Page, benchScript: string): Promise<ListProfile> {
  await freshSignedIn(page)
  await page.addScriptTag({ path: benchScript })
  return page.evaluate((q) => window.deskBench.profileCustomerList(q), SEARCH_QUERIES)
}

export async function benchCustomerArchive(
  scripts: BrowserScripts,
  rendererDir: string,
  customers: number,
  runs: number,
): Promise<Figures> {
  const app = await openAppProfile(scripts, rendererDir)
  const { host, page } = app
  try {
    await completeWizard(page)
    await signIn(page)
    await page.addScriptTag({ path: scripts.bench })
    await seed(page, customers)

    const renders = []
    for (let i = 0; i < FIRST_RENDER_RUNS; i++) renders.push(await firstRender(page, '客户档案'))
    const typing = await mainThreadTime(page)
    const keys = await typeQueries(page, SEARCH_QUERIES)
    const mainThread = await typing()
    const stop = await startCpuProfile(page, 12)
    await typeQueries(page, SEARCH_QUERIES)
    const typingCpu = await stop()
    const listProfile = await profile(page, scripts.bench)
    printListDetails(renders, keys, { mainThread, cpu: typingCpu }, listProfile)

    // Import from the open list, as the clerk does.
    await menuEntry(page, '客户档案').click()
    await page.getByTestId('list-row').first().waitFor({ timeout: 300_000 })
    const imported = await importRuns(page, customers, runs, account)
    const profiled = await profiledImport(page, host.services, customers + runs * IMPORT_ROWS, account)
    printImportDetails(imported, profiled)

    const typed = keys.typed.map((k) => k.ms)
    return {
      'search.keystroke.p95_ms': { value: round(percentile(typed, 95), 1), unit: 'ms', goal: 50 },
      'search.keystroke.p50_ms': { value: round(percentile(typed, 50), 1), unit: 'ms' },
      'list.first_render_ms': { value: round(median(renders.map((r) => r.ms)), 1), unit: 'ms' },
      'import.10k_ms': { value: round(median(imported.map((r) => r.totalMs)), 0), unit: 'ms', goal: 5000 },
    }
  } finally {
    await app.close()
  }
}
