/**
 * Waits until the machine is idle: after 100,000 records are written,
 * Chromium's IndexedDB (LevelDB) compacts in the background for a while and
 * would compete with what is measured next. Linux only (/proc/stat); elsewhere
 * it waits a few seconds.
 */
import { readFileSync } from 'node:fs'

function cpuTimes(): { idle: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]
    const values = line.trim().split(/\s+/).slice(1).map(Number)
    return { idle: values[3] + (values[4] ?? 0), total: values.reduce((a, b) => a + b, 0) }
  } catch {
    return null
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

let busy = 0

/** How many waits gave up with the CPU still busy (something else ran on the machine). */
export function busyWaits(): number {
  return busy
}

/** Resolves after `windows` half-seconds in a row with at least `idleShare` of all CPUs idle; returns ms waited. */
export async function settleCpu(idleShare = 0.85, windows = 3, maxMs = 120_000): Promise<number> {
  const t0 = performance.now()
  let before = cpuTimes()
  if (!before) {
    await sleep(5000)
    return performance.now() - t0
  }
  let calm = 0
  while (calm < windows && performance.now() - t0 < maxMs) {
    await sleep(500)
    const now = cpuTimes()
    if (!now || !before) break
    const share = (now.idle - before.idle) / Math.max(1, now.total - before.total)
    calm = share >= idleShare ? calm + 1 : 0
    before = now
  }
  if (calm < windows) busy += 1
  return performance.now() - t0
}
