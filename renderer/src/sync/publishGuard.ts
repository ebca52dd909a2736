/**
 * The publish guard (SYNC.md "HLC"): a PC whose clock is far from the
 * share's keeps working and logging locally but publishes nothing, so its
 * wrong time never reaches another PC; once its clock is right again, the
 * changes it stamped in the future — seen by nobody yet — are stamped again,
 * in order, before they go out.
 */
import { decodeHlc, encodeHlc, tickHlc } from '@shared/kernel/hlc'
import { ROW_BATCH, ROW_GROUP } from '@shared/sync/syncOp'
import { type RowClocks, clocksOf, setClocks } from '@shared/sync/rowClocks'
import type { OutboxOp } from '../data/bookkeeping'
import type { DeskDb } from '../data/db'
import { loadDeviceMeta } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import { syncScope } from './applySegment'
import { readSyncMeta } from './syncMeta'

/** Beyond this the status bar warns that this PC's clock is off. */
export const CLOCK_WARN_MS = 2 * 60 * 1000
/** Beyond this nothing is published until the clock is corrected. */
export const CLOCK_STOP_MS = 24 * 60 * 60 * 1000

export type ClockVerdict = 'ok' | 'warn' | 'stop'

export function judgeClock(offsetMs: number | null): ClockVerdict {
  if (offsetMs === null) return 'ok'
  const off = Math.abs(offsetMs)
  return off > CLOCK_STOP_MS ? 'stop' : off > CLOCK_WARN_MS ? 'warn' : 'ok'
}

/**
 * When an unpublished op's HLC lies ahead of `nowMs` (the clock was fast
 * when it was written), stamps every unpublished op again, in seq order,
 * after max(last published HLC, latest HLC received, now): the clocks on
 * the rows they changed, the `p` of later ops that named them and the
 * createdHlc of rows they created follow. Starting after everything received keeps every
 * comparison with other PCs' changes as it was, so this PC's records stay
 * what LWW makes of them. Returns how many ops were stamped again.
 */
export async function restampFuture(db: DeskDb, nowMs: number): Promise<number> {
  return db.transaction('rw', syncScope, async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const meta = await readSyncMeta(db)
    const ops = await db._outbox.where('seq').above(meta.seqTo).toArray()
    if (!ops.some((op) => decodeHlc(op.h).l > nowMs + CLOCK_WARN_MS)) return 0
    const device = await loadDeviceMeta(db)
    const lastPublished = meta.seqTo ? ((await db._outbox.get(meta.seqTo))?.h ?? null) : null
    const floor = [lastPublished, meta.received]
      .filter((h): h is string => h !== null)
      .sort()
      .at(-1)
    let last = floor ? decodeHlc(floor) : null
    const renamed = new Map<string, string>()
    for (const op of ops) {
      if (!renamed.has(op.h)) {
        const next = tickHlc(last, nowMs, device.deviceId)
        renamed.set(op.h, encodeHlc(next))
        last = next
      }
    }
    const map = (h: string | null) => (h !== null ? (renamed.get(h) ?? h) : null)
    const rewritten: OutboxOp[] = ops.map((op) => ({
      ...op,
      h: map(op.h) as string,
      p: map(op.p),
      ...(op.rs ? { rs: op.rs.map((x) => map(x) as string) } : {}),
    }))
    await db._outbox.bulkPut(rewritten)
    await restampRows(db, ops, map)
    device.hlc = last ? encodeHlc(last) : device.hlc
    await db._meta.put(device)
    return ops.length
  })
}

/** The clocks on the rows the ops changed, and the createdHlc of the rows they created. */
export async function restampRows(
  db: DeskDb,
  ops: readonly OutboxOp[],
  map: (h: string | null) => string | null,
): Promise<void> {
  const byTable = new Map<string, Set<string>>()
  for (const op of ops) {
    const ids = op.f === ROW_GROUP && op.r === ROW_BATCH ? Object.keys((op.v ?? {}) as object) : [op.r]
    const set = byTable.get(op.t) ?? new Set<string>()
    ids.forEach((id) => set.add(id))
    byTable.set(op.t, set)
  }
  for (const [t, ids] of byTable) {
    const rows = (await db.table(t).bulkGet([...ids])) as (Record<string, unknown> | undefined)[]
    const fixed = rows
      .filter((r): r is Record<string, unknown> => r !== undefined)
      .map((r) => {
        const clocks: RowClocks = {}
        for (const [k, c] of Object.entries(clocksOf(r)))
          clocks[k] = {
            h: map(c.h) as string,
            ...(c.named ? { named: c.named.map((n) => map(n) as string).sort() } : {}),
          }
        const createdHlc = typeof r.createdHlc === 'string' ? map(r.createdHlc) : r.createdHlc
        const row = { ...r, createdHlc }
        setClocks(row, clocks)
        return row
      })
    if (fixed.length) await db.table(t).bulkPut(fixed)
  }
}
