/**
 * One remote segment = one Dexie transaction (SYNC.md "Pull/apply" 3): its
 * ops merged, its writer's audit entries kept, the cursor moved to it and
 * this PC's clock moved past it — all or nothing, and a segment applied
 * before is skipped whole, so delivering it twice changes nothing.
 */
import { decodeHlc, encodeHlc, receiveHlc } from '@shared/kernel/hlc'
import type { Segment } from '@shared/sync/segment'
import type { AuditEntry, DeviceMeta } from '../data/bookkeeping'
import type { DeskDb } from '../data/db'
import { loadDeviceMeta } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import { bookkeepingTables, syncStateTables, syncedTables } from '../data/tables'
import { type ApplyStats, applyOps } from './applyOps'
import { noteReceivedDeletes } from './receivedDeletes'
import { applySettingAside } from './setAside'
import { readSyncMeta, updateSyncMeta } from './syncMeta'
import type { SyncMeta } from '../data/syncRows'

/** Every table a sync transaction may touch. */
export const syncScope = [...syncedTables, ...bookkeepingTables, ...syncStateTables]

export type SegmentOutcome =
  | { kind: 'applied'; stats: ApplyStats }
  /** Already applied (cursor at or past it). */
  | { kind: 'seen' }
  /** Not the next one after the cursor: a gap (SMB listing caches) — try again later. */
  | { kind: 'gap' }
  /** Its prevSegHash is not the hash of the segment applied before it. */
  | { kind: 'chainBroken' }

/** Moves this PC's HLC past what was applied, and remembers the latest received (publishGuard.ts). */
export async function mergeClock(
  db: DeskDb,
  device: DeviceMeta,
  maxH: string | null,
  nowMs: number,
  syncMeta?: SyncMeta,
): Promise<void> {
  if (maxH === null) return
  const last = device.hlc ? decodeHlc(device.hlc) : null
  device.hlc = encodeHlc(receiveHlc(last, decodeHlc(maxH), nowMs, device.deviceId))
  const meta = syncMeta ?? (await readSyncMeta(db))
  await Promise.all([
    db._meta.put(device),
    meta.received === null || maxH > meta.received ? updateSyncMeta(db, { received: maxH }) : undefined,
  ])
}

export async function applySegment(db: DeskDb, seg: Segment, nowMs: number): Promise<SegmentOutcome> {
  // A row this PC cannot write is set aside and the segment applied again without it (setAside.ts).
  return applySettingAside((setAside) => applyInOne(db, seg, nowMs, setAside))
}

async function applyInOne(
  db: DeskDb,
  seg: Segment,
  nowMs: number,
  setAside: ReadonlyMap<string, string>,
): Promise<SegmentOutcome> {
  const { header } = seg
  return db.transaction('rw', syncScope, async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    // Everything read first is asked for at once (one round trip, not three).
    const [cursor, device, meta] = await Promise.all([
      db._cursors.get(header.deviceId),
      loadDeviceMeta(db),
      readSyncMeta(db),
    ])
    const at = cursor?.segNo ?? 0
    if (header.segNo <= at) return { kind: 'seen' }
    if (header.segNo !== at + 1) return { kind: 'gap' }
    if (header.prevSegHash !== (cursor?.segHash ?? null)) return { kind: 'chainBroken' }
    const stats = await applyOps(db, seg.ops, nowMs, setAside)
    await Promise.all([
      seg.audit.length ? db._audit.bulkPut(seg.audit as unknown as AuditEntry[]) : undefined,
      db._cursors.put({
        deviceId: header.deviceId,
        incarnation: header.incarnation,
        segNo: header.segNo,
        segHash: seg.hash,
        seqTo: header.seqTo,
      }),
      mergeClock(db, device, stats.maxH, nowMs, meta),
      // Many deletes from one PC are shown with 全部恢复 (receivedDeletes.ts).
      noteReceivedDeletes(db, seg),
    ])
    return { kind: 'applied', stats }
  })
}
