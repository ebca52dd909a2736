/**
 * Ops held back rather than dropped (SYNC.md "Receive guard", "Pull/apply"
 * 5): from a clock more than a day ahead, released when real time catches up
 * or when an administrator accepts them; and from a newer app version,
 * replayed once this app knows their table and schema.
 */
import type { SyncOp } from '@shared/sync/syncOp'
import type { DeskDb } from '../data/db'
import { loadDeviceMeta } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import { SCHEMA_VERSION, syncedTables } from '../data/tables'
import { FUTURE_LIMIT_MS, applyOps } from './applyOps'
import { mergeClock, syncScope } from './applySegment'
import { shareOffsetMs } from './shareClock'
import { applySettingAside } from './setAside'

async function applyHeld(
  db: DeskDb,
  ops: SyncOp[],
  nowMs: number,
  setAside: ReadonlyMap<string, string>,
): Promise<void> {
  const device = await loadDeviceMeta(db)
  const stats = await applyOps(db, ops, nowMs, setAside)
  await mergeClock(db, device, stats.maxH, nowMs)
}

/**
 * Applies quarantined ops whose time has come, or — `acceptFrom`, an
 * administrator's decision — every op from that PC, ahead or not (this PC's
 * clock then moves to that PC's time). Returns how many were released.
 */
export async function releaseQuarantine(db: DeskDb, nowMs: number, acceptFrom?: string): Promise<number> {
  return applySettingAside((setAside) => releaseInOne(db, nowMs, acceptFrom, setAside))
}

async function releaseInOne(
  db: DeskDb,
  nowMs: number,
  acceptFrom: string | undefined,
  setAside: ReadonlyMap<string, string>,
): Promise<number> {
  return db.transaction('rw', syncScope, async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const held = await db._quarantine.toArray()
    // Time has come by this PC's clock or by the share's, whichever is later (shareClock.ts).
    const limit = nowMs + Math.max(0, await shareOffsetMs(db)) + FUTURE_LIMIT_MS
    const due = held.filter((q) => q.deviceId === acceptFrom || q.l <= limit)
    if (due.length === 0) return 0
    await db._quarantine.bulkDelete(due.map((q) => q.id))
    // Accepted ops pass the guard by being stamped "now" for the check only.
    const checkAt = acceptFrom ? Math.max(nowMs, ...due.map((q) => q.l)) : nowMs
    await applyHeld(
      db,
      due.map((q) => q.op),
      checkAt,
      setAside,
    )
    return due.length
  })
}

/**
 * Replays ops a newer app wrote, once this version knows their table and
 * schema, and tries again those set aside as 'failed' (all of them, or the
 * ones of `only`: op ids, a person's 重试). Returns how many were tried.
 */
export async function replayPending(db: DeskDb, nowMs: number, only?: ReadonlySet<string>): Promise<number> {
  return applySettingAside((setAside) => replayInOne(db, nowMs, only, setAside))
}

async function replayInOne(
  db: DeskDb,
  nowMs: number,
  only: ReadonlySet<string> | undefined,
  setAside: ReadonlyMap<string, string>,
): Promise<number> {
  const known = new Set<string>(syncedTables)
  return db.transaction('rw', syncScope, async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const held = await db._pending.toArray()
    const ready = held.filter(
      (p) =>
        p.reason !== 'noRow' && known.has(p.op.t) && p.op.sv <= SCHEMA_VERSION && (!only || only.has(p.id)),
    )
    if (ready.length === 0) return 0
    await db._pending.bulkDelete(ready.map((p) => p.id))
    await applyHeld(
      db,
      ready.map((p) => p.op),
      nowMs,
      setAside,
    )
    return ready.length
  })
}

/** The PCs whose clocks run ahead, and how many of their ops wait (the status bar's warning). */
export async function quarantineSummary(
  db: DeskDb,
  nowMs = Date.now(),
): Promise<{ deviceId: string; ops: number; aheadMs: number }[]> {
  const byDevice = new Map<string, { ops: number; l: number }>()
  for (const q of await db._quarantine.toArray()) {
    const d = byDevice.get(q.deviceId) ?? { ops: 0, l: 0 }
    byDevice.set(q.deviceId, { ops: d.ops + 1, l: Math.max(d.l, q.l) })
  }
  // Ahead of the share's time, which the PC whose clock is right shares with it.
  const now = nowMs + (await shareOffsetMs(db))
  return [...byDevice].map(([deviceId, d]) => ({ deviceId, ops: d.ops, aheadMs: d.l - now }))
}
