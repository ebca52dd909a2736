/**
 * A sampled CPU profile of the page's main thread (Chrome DevTools Protocol),
 * summed by function: where an operation's time goes, and how much of it the
 * page only waited (idle: IndexedDB and main work outside the page's thread).
 */
import type { Page } from 'playwright-core'

export interface CpuSummary {
  totalMs: number
  idleMs: number
  gcMs: number
  /** Functions by self time, largest first: `name (file:line)`. */
  top: { name: string; ms: number }[]
}

export async function startCpuProfile(page: Page, topCount = 10): Promise<() => Promise<CpuSummary>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    await cdp.detach()
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
    const self = new Map<string, number>()
    const samples = profile.samples ?? []
    const deltas = profile.timeDeltas ?? []
    for (let i = 0; i < samples.length; i++) {
      const f = frames.get(samples[i])
      if (!f) continue
      const file = f.url.split('/').pop() ?? ''
      const name = f.url ? `${f.functionName || '(anonymous)'} (${file}:${f.lineNumber + 1})` : f.functionName
      self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000)
    }
    const ms = (name: string) => self.get(name) ?? 0
    const top = [...self.entries()]
      .filter(([name]) => name !== '' && (!name.startsWith('(') || name.includes(':')))
      .sort((a, b) => b[1] - a[1])
      .slice(0, topCount)
      .map(([name, v]) => ({ name, ms: v }))
    return {
      totalMs: (profile.endTime - profile.startTime) / 1000,
      idleMs: ms('(idle)'),
      gcMs: ms('(garbage collector)'),
      top,
    }
  }
}
