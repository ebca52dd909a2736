/**
 * Business numbers (合同编号, 报价单号 …) from this PC's block of each month's
 * sequence (contractNumber.ts), counted in a synced row only this PC writes.
 * Taken inside the action's transaction, so a number is used only if the
 * record that carries it is saved.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import {
  type NumberKind,
  formatContractNumber,
  numberPeriod,
  RANGE,
} from '@shared/procedures/contracts/numbering'
import type { NumberingMeta } from './bookkeeping'
import type { DeskDb } from './db'
import { loadNumbering } from './deviceMeta'
import { runWrite, type Writer, type WriteContext } from './unitOfWork'

export async function takeNumber(
  w: Writer,
  db: DeskDb,
  kind: NumberKind,
  pattern: string,
  date: string,
): Promise<string> {
  const { pcIndex, pcPrefix } = await loadNumbering(db)
  const id = `${kind}:${numberPeriod(date)}:${pcIndex}`
  const counter = await w.get('numberCounters', id)
  const used = counter?.used ?? 0
  if (used >= RANGE) throw new AppFailure('numbers.exhausted', 'errors.numbers.exhausted', { kind })
  const number = formatContractNumber(pattern, { date, pcIndex, pcPrefix, usedThisMonth: used })
  if (counter) await w.update('numberCounters', id, { used: used + 1 })
  else await w.create('numberCounters', { used: 1 }, { id })
  return number
}

const PREFIX = /^[A-Z0-9]{1,3}$/

/** Sets this PC's block (0–9) and prefix; an administrator's act, logged. */
export async function saveNumbering(
  db: DeskDb,
  next: { pcIndex: number; pcPrefix: string },
  ctx: WriteContext,
): Promise<void> {
  if (!Number.isInteger(next.pcIndex) || next.pcIndex < 0 || next.pcIndex > 9)
    throw new AppFailure('validation', 'validation.integerRange', { field: 'pcIndex', min: 0, max: 9 })
  if (!PREFIX.test(next.pcPrefix))
    throw new AppFailure('validation', 'validation.pcPrefix', { field: 'pcPrefix' })
  await runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'settings.edit')
    const row: NumberingMeta = { key: 'numbering', ...next }
    await w.putNumbering(row)
  })
}
