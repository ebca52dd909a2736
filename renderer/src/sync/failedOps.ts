/**
 * Other PCs' changes this PC could not write (setAside.ts), by record, for
 * the 同步冲突 page: what came from which PC and why it failed. They are
 * tried again every cycle; a person may try now (after the cause is
 * fixed: the record holding a key renamed, the app updated), or keep this
 * PC's values — an ordinary op that names the changes it overrides, so the
 * PC that made them takes this PC's values too and both agree.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { decodeHlc } from '@shared/kernel/hlc'
import { valueOfKey } from '@shared/sync/fieldGroups'
import { ROW_GROUP } from '@shared/sync/syncOp'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../data/db'
import type { PendingRow } from '../data/syncRows'
import { type WriteContext, runWrite } from '../data/unitOfWork'
import { replayPending } from './heldOps'

export interface FailedRecord {
  t: string
  r: string
  /** The record as this PC holds it; undefined when its create is what failed. */
  row: Record<string, unknown> | undefined
  /** The set-aside ops, oldest first. */
  ops: PendingRow[]
  /** The PCs that made them (HLC nodes). */
  from: string[]
  /** What went wrong the last time they were tried. */
  error: string
}

/** Every record with changes set aside, in the order their first change was made. */
export async function listFailedRecords(db: DeskDb): Promise<FailedRecord[]> {
  const failed = (await db._pending.toArray()).filter((p) => p.reason === 'failed')
  const byRow = new Map<string, PendingRow[]>()
  for (const p of failed) {
    const k = `${p.op.t}\u0000${p.op.r}`
    byRow.set(k, [...(byRow.get(k) ?? []), p])
  }
  const out: FailedRecord[] = []
  for (const ops of byRow.values()) {
    ops.sort((a, b) => a.op.h.localeCompare(b.op.h))
    const { t, r } = ops[0].op
    const row = Object.hasOwn(tableSpecs, t)
      ? ((await db.table(t).get(r)) as Record<string, unknown> | undefined)
      : undefined
    out.push({
      t,
      r,
      row,
      ops,
      from: [...new Set(ops.map((p) => decodeHlc(p.op.h).node))],
      error: ops[ops.length - 1].error ?? '',
    })
  }
  return out.sort((a, b) => a.ops[0].op.h.localeCompare(b.ops[0].op.h))
}

/** How many changes wait set aside (the header's count). */
export async function failedCount(db: DeskDb): Promise<number> {
  if ((await db._pending.count()) === 0) return 0
  return db._pending.filter((p) => p.reason === 'failed').count()
}

/** Tries a record's set-aside changes again now; returns how many still fail. */
export async function retryFailed(
  db: DeskDb,
  rec: Pick<FailedRecord, 'ops'>,
  nowMs: number,
): Promise<number> {
  const ids = new Set(rec.ops.map((p) => p.id))
  await replayPending(db, nowMs, ids)
  return (await db._pending.bulkGet([...ids])).filter((p) => p?.reason === 'failed').length
}

/**
 * Keeps this PC's values of the fields the set-aside changes would write:
 * one settling op per field, naming those changes (SYNC.md "Conflict
 * surfacing"), then the changes are applied as the losers they now are.
 * Needs the right to edit that kind of record; a record whose create failed
 * has no values here to keep (only 重试).
 */
export async function keepCurrentOverFailed(db: DeskDb, rec: FailedRecord, ctx: WriteContext): Promise<void> {
  if (!Object.hasOwn(tableSpecs, rec.t) || !rec.row)
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: rec.t, id: rec.r })
  const table = rec.t as SyncedTable
  assertCan(ctx.actor, tableSpecs[table].edit)
  const byKey = new Map<string, string[]>()
  for (const p of rec.ops) if (p.op.f !== ROW_GROUP) byKey.set(p.op.f, [...(byKey.get(p.op.f) ?? []), p.op.h])
  await runWrite(
    db,
    ctx,
    async (w) => {
      const row = (await w.get(table, rec.r)) as Record<string, unknown> | undefined
      if (!row) return
      for (const [key, settles] of byKey)
        await w.settle(table, rec.r, key, valueOfKey(table, key, row), settles)
    },
    [table],
  )
  await retryFailed(db, rec, ctx.now.getTime())
}
