/**
 * 合同登记册: by the 3rd of each month, last month's contracts numbered and
 * bound (编号整理成册). The register lists contracts signed in the month, by
 * number; producing it is recorded so the dashboard stops asking.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import { MONTH, registerRange } from '@shared/procedures/contracts/register'
import { tableSpecs } from '@shared/tables/tableSpecs'
import type { ContractRecord, ContractRegisterRecord } from '@shared/procedures/contracts/records'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { liveRows } from '@shared/types/records'

/** Contracts signed in the month (voided ones never were), by number. */
export async function registerContracts(db: DeskDb, month: string): Promise<ContractRecord[]> {
  if (!MONTH.test(month)) throw new AppFailure('validation', 'validation.month', { field: 'month' })
  const { between } = registerRange(month)
  const rows = await db.contracts.where('signedOn').between(between[0], between[1], true, true).toArray()
  return liveRows(rows).sort((a, b) => a.number.localeCompare(b.number))
}

/** Records that the month's register was produced (its count and the PDF's hash), so the dashboard stops asking. */
export async function markRegisterProduced(
  db: DeskDb,
  req: { month: string; count: number; pdfSha256: string },
  ctx: WriteContext,
): Promise<ContractRegisterRecord> {
  const { month, ...produced } = req
  assertCan(ctx.actor, tableSpecs.contractRegisters.edit)
  if (!MONTH.test(month)) throw new AppFailure('validation', 'validation.month', { field: 'month' })
  return runWrite(db, ctx, async (w) => {
    const values = { ...produced, producedOn: todayIso(ctx.now) }
    const row = await w.get('contractRegisters', month)
    return row
      ? w.update('contractRegisters', month, values)
      : w.create('contractRegisters', values, { id: month })
  })
}
