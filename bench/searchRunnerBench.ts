/**
 * `BENCH_ONLY=search`: the customer list's keystrokes at 100,000 customers,
 * with the sync runner as a signed-in window has it (a cycle at sign-in and
 * every 45 s; with no share set up a cycle reads the setting and three
 * counts) and with it held off, alternately, to tell the two apart. The
 * runner is held off as a second window would hold it: an init script takes
 * its lock before the app starts, so the app's runner waits for good.
 */
import type { Page } from 'playwright-core'
import { openAppProfile } from './app/appProfile'
import { adminUser, completeWizard, menuEntry, signIn } from './app/session'
import type { BrowserScripts } from './browser/bundle'
import { round } from './figures'
import { SEARCH_QUERIES, freshSignedIn, typeQueries } from './scenarios/archiveList'
import { percentile } from './stats'

const HOLD_FLAG = 'bench.holdSyncLock'

/** Runs before the app: takes the sync runner's lock and never gives it back, when the flag is set. */
function holdSyncLock(flag: string): void {
  if (localStorage.getItem(flag) === '1')
    void navigator.locks.request('commerce-desk-sync', () => new Promise<never>(() => undefined))
}

async function keystrokes(page: Page, runner: boolean): Promise<number[]> {
  await page.evaluate(([flag, on]) => localStorage.setItem(flag, on ? '0' : '1'), [
    HOLD_FLAG,
    runner,
  ] as const)
  await freshSignedIn(page)
  const held = await page.evaluate(async () => {
    const state = await navigator.locks.query()
    return (state.pending ?? []).some((l) => l.name === 'commerce-desk-sync')
  })
  // With the lock held by the init script, the app's runner is the one waiting for it.
  if (held === runner) throw new Error(`sync runner ${runner ? 'not running' : 'still running'}`)
  await menuEntry(page, '客户档案').click()
  await page.getByTestId('list-row').first().waitFor({ timeout: 300_000 })
  const keys = await typeQueries(page, SEARCH_QUERIES)
  return keys.typed.map((k) => k.ms)
}

export async function benchSearchWithRunner(
  scripts: BrowserScripts,
  rendererDir: string,
  customers: number,
): Promise<void> {
  const app = await openAppProfile(scripts, rendererDir, async (context) => {
    await context.addInitScript(holdSyncLock, HOLD_FLAG)
  })
  const { page } = app
  try {
    await completeWizard(page)
    await signIn(page)
    await page.addScriptTag({ path: scripts.bench })
    for (let from = 0; from < customers; from += 10_000)
      await page.evaluate(([f, c, a]) => window.deskBench.seedCustomers(f, c, a), [
        from,
        Math.min(10_000, customers - from),
        adminUser.account,
      ] as const)
    console.log(`search keystrokes at ${customers} customers, sync runner on and held off, alternately`)
    const all: Record<'on' | 'off', number[]> = { on: [], off: [] }
    for (let round_ = 0; round_ < 3; round_++)
      for (const runner of [true, false]) {
        const typed = await keystrokes(page, runner)
        all[runner ? 'on' : 'off'].push(...typed)
        console.log(
          `  runner ${runner ? 'on ' : 'off'}: p50 ${round(percentile(typed, 50), 1)} ms, p95 ${round(percentile(typed, 95), 1)} ms (${typed.length} keys)`,
        )
      }
    for (const k of ['on', 'off'] as const)
      console.log(
        `  all runs, runner ${k}: p50 ${round(percentile(all[k], 50), 1)} ms, p95 ${round(percentile(all[k], 95), 1)} ms`,
      )
  } finally {
    await app.close()
  }
}
