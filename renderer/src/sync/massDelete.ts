/**
 * SYNC.md case 19: a PC (or a bug) deleting most records publishes nothing
 * until a user confirms. The deletes stay local and restorable meanwhile;
 * other PCs' changes keep coming in.
 */
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import type { SyncStop } from './syncStop'
import { readSyncMeta, updateSyncMeta } from './syncMeta'

/** Deletes waiting to be published, as a share of the records, above which a user confirms. */
export const MASS_DELETE_SHARE = 0.3
/** Below this many deletes nothing is asked, whatever the share (a small department deleting 5 of 10 test rows). */
export const MASS_DELETE_MIN = 20

export interface WaitingDeletes {
  deletes: number
  records: number
  /** Op seq up to which a confirmation would cover. */
  upToSeq: number
}

export async function waitingDeletes(db: DeskDb): Promise<WaitingDeletes> {
  const meta = await readSyncMeta(db)
  const ops = await db._outbox.where('seq').above(meta.seqTo).toArray()
  const deletes = ops.filter((op) => op.f === 'deletedAt' && op.v !== null)
  const tables = [...new Set(deletes.map((op) => op.t))]
  const counts = await Promise.all(tables.map((t) => db.table(t).count()))
  return {
    deletes: deletes.length,
    records: counts.reduce((a, b) => a + b, 0),
    upToSeq: ops.length ? ops[ops.length - 1].seq : meta.seqTo,
  }
}

export async function massDeleteWaiting(db: DeskDb): Promise<SyncStop | null> {
  const w = await waitingDeletes(db)
  if (w.deletes < MASS_DELETE_MIN || w.deletes <= w.records * MASS_DELETE_SHARE) return null
  const meta = await readSyncMeta(db)
  return (meta.deletesConfirmedTo ?? 0) >= w.upToSeq ? null : 'massDelete'
}

/** A user confirms the waiting deletes: they are published at the next cycle. */
export async function confirmWaitingDeletes(db: DeskDb): Promise<void> {
  const w = await waitingDeletes(db)
  await db.transaction('rw', ['_meta', '_outbox'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await updateSyncMeta(db, { deletesConfirmedTo: w.upToSeq })
  })
}
