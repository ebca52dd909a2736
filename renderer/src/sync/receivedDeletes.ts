/**
 * Mass deletes that arrive (SYNC.md case 19, the receiving side): deletes
 * are applied like any change, but a PC that receives another PC's deletes
 * of a large part of a table's records — at once or in batches within 24
 * hours, as the sender's guard counts them (massDelete.ts) — says so: which
 * PC (by the person who deleted), how many, of which table. An
 * administrator restores them all with one click; the restores are
 * ordinary changes, so they reach every PC.
 *
 * Kept as one `_meta` row of this PC's bookkeeping (not synced): every PC
 * works out its own from what it applies.
 */
import { assertCan } from '@shared/auth/permissions'
import type { Segment } from '@shared/sync/segment'
import type { SyncedTable } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import { runWrite, type WriteContext } from '../data/unitOfWork'
import { decodeHlc } from '@shared/kernel/hlc'
import { MASS_DELETE_WINDOW_MS, isDelete, isMassDelete } from './massDelete'

export interface DeleteNotice {
  id: string
  /** The PC the deletes came from. */
  deviceId: string
  /** Who deleted, as that PC's audit entries name them ('' when none says). */
  by: string
  table: string
  rowIds: string[]
  /** Wall time of the first and the last delete counted (their HLCs' l). */
  from: number
  to: number
  /** Reached the mass-delete threshold: shown until restored or dismissed. */
  mass: boolean
  /** Restored (全部恢复) or dismissed (知道了) on this PC. */
  closed: boolean
}

interface ReceivedDeletesMeta {
  key: 'receivedDeletes'
  notices: DeleteNotice[]
}

const KEY = 'receivedDeletes'
// A row of this PC's bookkeeping beside the device and sync rows.
const metaRows = (db: DeskDb) => db.table<ReceivedDeletesMeta, string>('_meta')

async function readNotices(db: DeskDb): Promise<DeleteNotice[]> {
  return (await metaRows(db).get(KEY))?.notices ?? []
}

/**
 * Counts the deletes of a segment just applied (inside its transaction),
 * per table, into the notice of its PC's deletes of the last 24 hours.
 */
export async function noteReceivedDeletes(db: DeskDb, seg: Segment): Promise<void> {
  const deletes = seg.ops.filter(isDelete)
  if (deletes.length === 0) return
  // The writer's audit entries name the person behind each user id.
  const who = new Map<unknown, string>()
  for (const e of seg.audit) if (typeof e.actorName === 'string') who.set(e.actorId, e.actorName)
  const notices = await readNotices(db)
  const deviceId = seg.header.deviceId
  for (const op of deletes) {
    const l = decodeHlc(op.h).l
    let notice = notices.find(
      (n) => n.deviceId === deviceId && n.table === op.t && !n.closed && l - n.from < MASS_DELETE_WINDOW_MS,
    )
    if (!notice) {
      notice = {
        id: `${deviceId}:${op.t}:${l}`,
        deviceId,
        by: '',
        table: op.t,
        rowIds: [],
        from: l,
        to: l,
        mass: false,
        closed: false,
      }
      notices.push(notice)
    }
    if (!notice.rowIds.includes(op.r)) notice.rowIds.push(op.r)
    notice.to = Math.max(notice.to, l)
    notice.by = (op.u !== undefined ? who.get(op.u) : undefined) ?? notice.by
  }
  for (const n of notices)
    if (!n.mass && n.deviceId === deviceId && !n.closed)
      n.mass = isMassDelete(n.rowIds.length, await db.table(n.table).count())
  // Batches that never added up, once their period is over, are forgotten.
  const latest = Math.max(...notices.map((n) => n.to))
  const kept = notices.filter((n) => n.mass || latest - n.from < 2 * MASS_DELETE_WINDOW_MS)
  await metaRows(db).put({ key: KEY, notices: kept })
}

export interface ReceivedMassDelete {
  id: string
  deviceId: string
  by: string
  table: string
  /** Records of it still deleted here. */
  count: number
}

/** The mass deletes received and not settled here, with how many of their records are still deleted. */
export async function receivedMassDeletes(db: DeskDb): Promise<ReceivedMassDelete[]> {
  const out: ReceivedMassDelete[] = []
  for (const n of await readNotices(db)) {
    if (!n.mass || n.closed) continue
    const rows = (await db.table(n.table).bulkGet(n.rowIds)) as ({ deletedAt?: unknown } | undefined)[]
    const count = rows.filter((r) => r?.deletedAt).length
    if (count > 0) out.push({ id: n.id, deviceId: n.deviceId, by: n.by, table: n.table, count })
  }
  return out
}

async function close(db: DeskDb, id: string): Promise<void> {
  const notices = await readNotices(db)
  await metaRows(db).put({
    key: KEY,
    notices: notices.map((n) => (n.id === id ? { ...n, closed: true } : n)),
  })
}

/** 知道了: the notice is no longer shown on this PC. */
export async function dismissReceivedDeletes(db: DeskDb, id: string): Promise<void> {
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await close(db, id)
  })
}

/**
 * 全部恢复 (an administrator): every record of the notice still deleted is
 * restored — one action, ordinary restores, so every PC gets them.
 * Returns how many were restored.
 */
export async function restoreReceivedDeletes(
  db: DeskDb,
  req: { id: string },
  ctx: WriteContext,
): Promise<number> {
  assertCan(ctx.actor, 'archives.restore')
  return runWrite(db, ctx, async (w) => {
    const notice = (await readNotices(db)).find((n) => n.id === req.id)
    if (!notice) return 0
    const table = notice.table as SyncedTable
    let restored = 0
    for (const id of notice.rowIds) {
      const row = await w.get(table, id)
      if (!row?.deletedAt) continue
      await w.restore(table, id)
      restored += 1
    }
    await close(db, req.id)
    return restored
  })
}
