/** The page's main-thread time by kind (Chrome DevTools Protocol Performance metrics), as deltas. */
import type { Page } from 'playwright-core'

const KINDS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const
export type MainThread = Record<(typeof KINDS)[number], number>

/** Starts counting; the returned function gives the ms spent since, by kind. */
export async function mainThreadTime(page: Page): Promise<() => Promise<MainThread>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
    return Object.fromEntries(KINDS.map((k) => [k, value(k)])) as MainThread
  }
  const start = await read()
  return async () => {
    const end = await read()
    await cdp.detach()
    return Object.fromEntries(KINDS.map((k) => [k, end[k] - start[k]])) as MainThread
  }
}
