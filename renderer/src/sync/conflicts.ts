/**
 * The conflicts page's data: values that lost to a write whose author had not
 * seen them, and rows deleted on one PC while edited on another; settling
 * one writes an ordinary op that names it, so it clears on every PC.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { valueOfKey } from '@shared/sync/fieldGroups'
import { tableSpecs } from '@shared/tables/tableSpecs'
import { canonicalJson } from '@shared/kernel/canonicalJson'
import type { DeskDb } from '../data/db'
import type { SyncedTable } from '../data/tables'
import { type WriteContext, runWrite } from '../data/unitOfWork'
import type { ConflictRow } from '../data/syncRows'

export interface ListedConflict extends ConflictRow {
  /** The value the record holds now (for deleteEdit: the hidden row's values are the record). */
  current: unknown
}

/**
 * Every open conflict. A losing value equal to the value the record holds
 * now is left out: nothing to choose (the final state is the same on every
 * PC, so every PC leaves out the same ones).
 */
export async function listConflicts(db: DeskDb): Promise<ListedConflict[]> {
  const rows = await db._conflicts.toArray()
  const out: ListedConflict[] = []
  for (const c of rows) {
    const row = (await db.table(c.t).get(c.r)) as Record<string, unknown> | undefined
    if (!row) continue
    const current = c.kind === 'deleteEdit' ? row.deletedAt : valueOfKey(c.t, c.f, row)
    if (c.kind === 'value' && canonicalJson(current ?? null) === canonicalJson(c.v ?? null)) continue
    out.push({ ...c, current })
  }
  return out
}

export type Settlement = 'keepCurrent' | 'takeLosing' | 'restore' | 'keepDeleted'

/**
 * One user action: the settling op and the local conflict row go together.
 * Settling needs the right to edit that kind of record (its table spec).
 */
export async function settleConflict(
  db: DeskDb,
  c: ConflictRow,
  how: Settlement,
  ctx: WriteContext,
): Promise<void> {
  if (!Object.hasOwn(tableSpecs, c.t))
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: c.t })
  const table = c.t as SyncedTable
  assertCan(ctx.actor, tableSpecs[table].edit)
  await runWrite(
    db,
    ctx,
    async (w) => {
      const row = (await w.get(table, c.r)) as Record<string, unknown> | undefined
      if (!row) return
      if (how === 'restore') await w.restore(table, c.r)
      else if (how === 'keepDeleted') await w.settle(table, c.r, 'deletedAt', row.deletedAt, [c.h])
      else {
        const value = how === 'takeLosing' ? c.v : valueOfKey(c.t, c.f, row)
        await w.settle(table, c.r, c.f, value, [c.h])
      }
      await db._conflicts.delete([c.t, c.r, c.f, c.h])
    },
    [table, '_conflicts'],
  )
}
