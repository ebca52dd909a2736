/**
 * SYNC.md case 19: a PC (or a bug) deleting most records publishes nothing
 * until a user confirms. This PC's deletes are counted over the last 24
 * hours, published or not, so a mass delete sent in small batches is
 * caught as well as one sent at once. The deletes stay local and
 * restorable meanwhile; other PCs' changes keep coming in.
 */
import { decodeHlc } from '@shared/kernel/hlc'
import type { OutboxOp } from '../data/bookkeeping'
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import type { SyncStop } from './syncStop'
import { readSyncMeta, updateSyncMeta } from './syncMeta'

/** Deletes over the period, as a share of the records of their tables, above which a user confirms. */
export const MASS_DELETE_SHARE = 0.3
/** Below this many deletes nothing is asked, whatever the share (a small department deleting 5 of 10 test rows). */
export const MASS_DELETE_MIN = 20
/** The period deletes are counted over. */
export const MASS_DELETE_WINDOW_MS = 24 * 60 * 60 * 1000

export interface WaitingDeletes {
  /** This PC's deletes of the last 24 hours since the last confirmation, published or not. */
  deletes: number
  /** Records of the tables they deleted from (deleted ones too). */
  records: number
  /** Of the deletes, those not published yet: what a stop holds back. */
  waiting: number
  /** Op seq up to which a confirmation would cover. */
  upToSeq: number
}

/** An op that deletes (停用) a record; a restore carries null. */
export const isDelete = (op: { f: string; v: unknown }): boolean => op.f === 'deletedAt' && op.v !== null

/** Whether a large part of records goes with these deletes. */
export function isMassDelete(deletes: number, records: number): boolean {
  return deletes >= MASS_DELETE_MIN && deletes > records * MASS_DELETE_SHARE
}

export async function waitingDeletes(db: DeskDb, nowMs = Date.now()): Promise<WaitingDeletes> {
  const meta = await readSyncMeta(db)
  const since = nowMs - MASS_DELETE_WINDOW_MS
  const recent: OutboxOp[] = []
  // Newest first, back to the period's start or the last confirmation: a PC's stamps rise with its seq.
  await db._outbox
    .where('seq')
    .above(meta.deletesConfirmedTo ?? 0)
    .reverse()
    .until((op) => decodeHlc(op.h).l < since)
    .each((op) => {
      recent.push(op)
    })
  const deletes = recent.filter(isDelete)
  const tables = [...new Set(deletes.map((op) => op.t))]
  const counts = await Promise.all(tables.map((t) => db.table(t).count()))
  const last = await db._outbox.orderBy('seq').last()
  return {
    deletes: deletes.length,
    records: counts.reduce((a, b) => a + b, 0),
    waiting: deletes.filter((op) => op.seq > meta.seqTo).length,
    upToSeq: last?.seq ?? meta.seqTo,
  }
}

export async function massDeleteWaiting(db: DeskDb, nowMs = Date.now()): Promise<SyncStop | null> {
  // Nothing to hold back while no delete waits to go out (the usual case: one count).
  const meta = await readSyncMeta(db)
  if ((await db._outbox.where('seq').above(meta.seqTo).filter(isDelete).count()) === 0) return null
  const w = await waitingDeletes(db, nowMs)
  if (!isMassDelete(w.deletes, w.records)) return null
  return (meta.deletesConfirmedTo ?? 0) >= w.upToSeq ? null : 'massDelete'
}

/** A user confirms the deletes counted so far: they are published at the next cycle. */
export async function confirmWaitingDeletes(db: DeskDb): Promise<void> {
  const w = await waitingDeletes(db)
  await db.transaction('rw', ['_meta', '_outbox'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await updateSyncMeta(db, { deletesConfirmedTo: w.upToSeq })
  })
}
