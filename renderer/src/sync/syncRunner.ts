/**
 * Runs sync in one window only (navigator.locks, SYNC.md "Capture"): a cycle
 * every 45 s, when the window gets focus, and on "立即同步" — polling, never
 * a file watcher (network drives do not report changes). Keeps the frame's
 * status (stores/syncStatus.ts) up to date.
 */
import { AppFailure } from '@shared/errors/appFailure'
import type { DeskDb } from '../data/db'
import { readDevice } from '../data/deviceMeta'
import { api, unwrap } from '../ipc/api'
import { useSyncStatus } from '../stores/syncStatus'
import { listConflicts } from './conflicts'
import { readDuplicates, refreshDuplicates } from '../data/duplicates'
import { failedCount } from './failedOps'
import { ipcTransport, measureClockOffset } from './ipcTransport'
import { unpublishedCount } from './outgoing'
import { syncOnce } from './syncOnce'

export const POLL_MS = 45_000
/** Held while a window syncs (the runner, or the wizard joining a share): one at a time. */
export const SYNC_LOCK = 'commerce-desk-sync'

/** Stops that leave nothing to do until a person acts (the others only hold back publishing). */
const hardStops = new Set(['wrongShare', 'formatTooNew', 'ownFolderMissing'])

async function counts(db: DeskDb) {
  const [waiting, conflicts, quarantined, failed, duplicates] = await Promise.all([
    unpublishedCount(db),
    listConflicts(db).then((c) => c.length),
    db._quarantine.count(),
    failedCount(db),
    // Worked out from the records written since the last cycle (data/duplicates.ts).
    refreshDuplicates(db).then(async () => (await readDuplicates(db)).length),
  ])
  return { waiting, conflicts, quarantined, failed, duplicates }
}

/** One cycle, its outcome written into the status store. */
export async function runCycle(db: DeskDb, cleanTemps: boolean): Promise<void> {
  const status = useSyncStatus.getState()
  const config = await unwrap(api().share.config({}))
  if (!config.root) {
    status.set({ phase: 'notConfigured', stop: null, error: null, progress: null, ...(await counts(db)) })
    return
  }
  status.set({ phase: 'syncing' })
  try {
    const device = await readDevice(db)
    if (cleanTemps && device) await unwrap(api().share.cleanTemps({ deviceId: device.deviceId }))
    const report = await syncOnce(db, ipcTransport(), {
      now: () => Date.now(),
      clockOffsetMs: measureClockOffset,
      onProgress: (done, total) => useSyncStatus.getState().set({ progress: { done, total } }),
    })
    status.set({
      phase: report.stop && hardStops.has(report.stop) ? 'stopped' : 'idle',
      stop: report.stop,
      error: null,
      errorParams: {},
      lastSyncAt: new Date().toISOString(),
      progress: null,
      ...(report.clockOffsetMs !== null ? { clockOffsetMs: report.clockOffsetMs } : {}),
      ...(report.newIdentity ? { newIdentityFrom: report.newIdentity.from } : {}),
      ...(await counts(db)),
    })
  } catch (err) {
    const code = err instanceof AppFailure ? err.code : 'sync.failed'
    status.set({
      phase: code === 'share.offline' ? 'offline' : 'stopped',
      error: code,
      errorParams: err instanceof AppFailure ? { ...err.params } : {},
      progress: null,
      ...(await counts(db)),
    })
  }
}

/** Starts the loop if no other window runs it; returns a function that stops it. */
export function startSyncRunner(db: DeskDb): () => void {
  let stopped = false
  let wake: (() => void) | null = null
  // Asked for during a cycle: the next one starts right after it.
  let again = false
  const poke = () => {
    again = true
    wake?.()
  }
  const loop = async () => {
    let first = true
    while (!stopped) {
      again = false
      await runCycle(db, first).catch(() => undefined)
      first = false
      if (again) continue
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, POLL_MS)
      })
      wake = null
    }
  }
  const unsubscribe = useSyncStatus.subscribe((s, prev) => {
    if (s.requested !== prev.requested) poke()
  })
  window.addEventListener('focus', poke)
  // Another window runs sync: wait for its lock (it frees when that window
  // closes, or when this window's previous runner, after a sign-out, ends).
  void navigator.locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) return loop()
    useSyncStatus.getState().set({ phase: 'otherWindow' })
    await navigator.locks.request(SYNC_LOCK, async () => {
      if (!stopped) await loop()
    })
  })
  return () => {
    stopped = true
    poke()
    unsubscribe()
    window.removeEventListener('focus', poke)
  }
}
