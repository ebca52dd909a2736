/**
 * Business numbers (合同编号, 报价单号 …) from this PC's block of each month's
 * sequence (shared/procedures/contracts/numbering.ts), counted in a synced
 * row only this PC's block uses. Taken inside the action's transaction, so
 * a number is used only if the record that carries it is saved. The block
 * is claimed on the share by the PC itself (sync/numberBlocks.ts); the
 * counters merge as the highest value seen (TableSpec.mergeMax), so a
 * number once handed out is never handed out again.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { decodeHlc } from '@shared/kernel/hlc'
import { formatContractNumber, numberPeriod, RANGE } from '@shared/procedures/contracts/numbering'
import type { NumberingMeta } from './bookkeeping'
import type { DeskDb } from './db'
import { loadNumbering } from './deviceMeta'
import { flagTransaction } from './guardMiddleware'
import { runWrite, type Writer, type WriteContext } from './unitOfWork'

const counterId = (kind: string, period: string, block: number) => `${kind}:${period}:${block}`

export async function takeNumber(
  w: Writer,
  db: DeskDb,
  /** The series (合同, 设备采购单, …): any procedure's numbered kind. */
  kind: string,
  pattern: string,
  date: string,
): Promise<string> {
  const { pcIndex, pcPrefix } = await loadNumbering(db, w.deviceId)
  const id = counterId(kind, numberPeriod(date), pcIndex)
  const counter = await w.get('numberCounters', id)
  const used = counter?.used ?? 0
  if (used >= RANGE) throw new AppFailure('numbers.exhausted', 'errors.numbers.exhausted', { kind })
  const number = formatContractNumber(pattern, { date, pcIndex, pcPrefix, usedThisMonth: used })
  if (counter) await w.update('numberCounters', id, { used: used + 1 })
  else await w.create('numberCounters', { used: 1 }, { id })
  return number
}

const PREFIX = /^[A-Z0-9]{1,3}$/

/** Sets this PC's prefix for `{pc}`; an administrator's act, logged. */
export async function savePcPrefix(db: DeskDb, next: { pcPrefix: string }, ctx: WriteContext): Promise<void> {
  if (!PREFIX.test(next.pcPrefix))
    throw new AppFailure('validation', 'validation.pcPrefix', { field: 'pcPrefix' })
  await runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'settings.edit')
    const row: NumberingMeta = { ...(await loadNumbering(db, w.deviceId)), pcPrefix: next.pcPrefix }
    await w.putNumbering(row)
  })
}

/**
 * Records the block this PC numbers from and the claim on the share it
 * comes from: the sync engine's bookkeeping (sync/numberBlocks.ts), not a
 * person's act, so nothing is logged.
 */
export async function recordNumberBlock(
  db: DeskDb,
  block: number,
  claim: NumberingMeta['claim'],
): Promise<void> {
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const now = await loadNumbering(db)
    await db._meta.put({ ...now, pcIndex: block, ...(claim ? { claim } : {}) })
  })
}

/** Whether this PC has handed out numbers from `block`: a counter of it that this PC created. */
export async function usedOwnBlock(db: DeskDb, deviceId: string, block: number): Promise<boolean> {
  const counters = await db.numberCounters.toArray()
  return counters.some(
    (c) =>
      c.id.endsWith(`:${block}`) &&
      typeof c.createdHlc === 'string' &&
      decodeHlc(c.createdHlc).node === deviceId,
  )
}
