/**
 * 合同登记册: by the 3rd of each month, last month's contracts numbered and
 * bound (编号整理成册). The register lists contracts signed in the month, by
 * number; producing it is recorded so the dashboard stops asking.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import type { ContractRecord, ContractRegisterRecord } from '@shared/procedures/contracts/contractRecords'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The month before `today`'s, YYYY-MM: the one whose register is due. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** Contracts signed in the month (voided ones never were), by number. */
export async function registerContracts(db: DeskDb, month: string): Promise<ContractRecord[]> {
  if (!MONTH.test(month)) throw new AppFailure('validation', 'validation.month', { field: 'month' })
  const rows = await db.contracts
    .where('signedOn')
    .between(`${month}-01`, `${month}-31`, true, true)
    .toArray()
  return rows.filter((c) => !c.deletedAt).sort((a, b) => a.number.localeCompare(b.number))
}

export async function markRegisterProduced(
  db: DeskDb,
  month: string,
  produced: { count: number; pdfSha256: string },
  ctx: WriteContext,
): Promise<ContractRegisterRecord> {
  assertCan(ctx.actor, 'contracts.register')
  if (!MONTH.test(month)) throw new AppFailure('validation', 'validation.month', { field: 'month' })
  return runWrite(db, ctx, async (w) => {
    const values = { ...produced, producedOn: todayIso(ctx.now) }
    const row = await w.get('contractRegisters', month)
    return row
      ? w.update('contractRegisters', month, values)
      : w.create('contractRegisters', values, { id: month })
  })
}
