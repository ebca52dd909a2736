/**
 * 电话/传真订货: an order taken by phone or fax without a formal contract.
 * It always needs leadership's approval (approvalRules.ts
 * orderWithoutContract), and nothing ships against it before that
 * (`mayShipAgainst`, which shipping asks).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { contractTotals } from '@shared/procedures/contracts/contractChecks'
import {
  contractDraftInput,
  type PhoneOrderInput,
  phoneOrderInputSchema,
} from '@shared/procedures/contracts/contractInputs'
import type { ContractRecord, PhoneOrderRecord } from '@shared/procedures/contracts/contractRecords'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { fixedPatterns, takeNumber } from '../../numbering'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'
import { approvalsFor, roundApprovals } from './approvalsRepo'
import { lineInputOf, liveLines, writeLines } from './childLines'
import { createContract } from './contractsRepo'

/** Goods may go out against a phone order only once leadership has approved it. */
export function mayShipAgainst(order: Pick<PhoneOrderRecord, 'step'>): boolean {
  return order.step === 'approved' || order.step === 'converted'
}

/**
 * Records (id null) or corrects an order while it waits and nobody has
 * decided on it yet; the approvals it needs are worked out again each time.
 */
export async function savePhoneOrder(
  db: DeskDb,
  id: string | null,
  input: unknown,
  ctx: WriteContext,
): Promise<PhoneOrderRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const { lines, ...fields }: PhoneOrderInput = parseOrFail(phoneOrderInputSchema, input)
  return runWrite(db, ctx, async (w) => {
    let row: PhoneOrderRecord
    if (id === null) {
      const number = await takeNumber(w, db, 'phoneOrder', fixedPatterns.phoneOrder, fields.receivedOn)
      row = await w.create('phoneOrders', {
        ...fields,
        number,
        step: 'waiting',
        totalFen: 0,
        requiredApprovals: [],
        approvalRound: 1,
        contractId: '',
        voidReason: '',
      })
    } else {
      row = await w.getLive('phoneOrders', id)
      if (row.step !== 'waiting' || (await roundApprovals(db, row)).length > 0)
        throw new AppFailure('phoneOrders.decided', 'errors.phoneOrders.decided')
    }
    const written = await writeLines(w, db, 'phoneOrders', row.id, lines)
    const totalFen = contractTotals(written).totalFen
    const required = await approvalsFor(db, {
      kind: 'phoneOrder',
      amountFen: totalFen,
      lines: written,
      nonStandardTerms: false,
      specialFees: false,
    })
    return w.update('phoneOrders', row.id, { ...fields, totalFen, requiredApprovals: required })
  })
}

/** 补签合同: the formal contract for an approved order, as a draft. */
export async function contractFromPhoneOrder(
  db: DeskDb,
  id: string,
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const settings = await readSettings(db)
  return runWrite(db, ctx, async (w) => {
    const order = await w.getLive('phoneOrders', id)
    if (order.step !== 'approved')
      throw new AppFailure('phoneOrders.notApproved', 'errors.phoneOrders.notApproved')
    const lines = (await liveLines(db, id)).map((l) => lineInputOf(l, false))
    const contract = await createContract(
      db,
      contractDraftInput({ customerId: order.customerId, lines }, settings['contracts.clauseLibrary']),
      ctx,
      { phoneOrderId: id },
      w,
    )
    await w.update('phoneOrders', id, { step: 'converted', contractId: contract.id })
    return contract
  })
}

export async function voidPhoneOrder(
  db: DeskDb,
  id: string,
  reason: string,
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'contracts.edit')
  if (reason.trim() === '') throw new AppFailure('validation', 'validation.required', { field: 'reason' })
  await runWrite(db, ctx, async (w) => {
    const order = await w.getLive('phoneOrders', id)
    if (order.step === 'converted' || order.step === 'voided')
      throw new AppFailure('contracts.stepClosed', 'errors.contracts.stepClosed', { action: 'void' })
    await w.update('phoneOrders', id, { step: 'voided', voidReason: reason.trim() })
  })
}
