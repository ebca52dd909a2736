/**
 * 电话/传真订货: an order taken by phone or fax without a formal contract.
 * It always needs leadership's approval (approvalRules.ts
 * orderWithoutContract), and nothing ships against it before that
 * (machines/phoneOrder.ts `mayShipAgainst`, which shipping asks).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { dealApprovals, tradeTotals } from '@shared/procedures/contracts/lines'
import {
  type PhoneOrderAction,
  type PhoneOrderFacts,
  phoneOrderEditable,
  phoneOrderMachine,
} from '@shared/procedures/contracts/machines/phoneOrder'
import { numberPatterns } from '@shared/procedures/contracts/numbering'
import type { ContractRecord, PhoneOrderRecord } from '@shared/procedures/contracts/records'
import {
  contractDraftInput,
  type PhoneOrderInput,
  phoneOrderInputSchema,
} from '@shared/procedures/contracts/schema'
import { tableSpecs } from '@shared/tables/tableSpecs'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'
import { allowed, machineContext } from '../takeTransition'
import { roundApprovals } from './approvalsRepo'
import { lineInputOf, liveLines, writeLines } from './childLines'
import { createContract } from './contractsRepo'

const edit = tableSpecs.phoneOrders.edit

async function factsOf(db: DeskDb, order: PhoneOrderRecord): Promise<PhoneOrderFacts> {
  return { step: order.step, decisionsInRound: (await roundApprovals(db, order)).length }
}

/**
 * Records (id null) or corrects an order while it waits and nobody has
 * decided on it yet; the approvals it needs are worked out again each time.
 */
export async function savePhoneOrder(
  db: DeskDb,
  req: { id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<PhoneOrderRecord> {
  assertCan(ctx.actor, edit)
  const { lines, ...fields }: PhoneOrderInput = parseOrFail(phoneOrderInputSchema, req.input)
  const settings = await readSettings(db)
  return runWrite(db, ctx, async (w) => {
    let row: PhoneOrderRecord
    if (req.id === null) {
      const number = await takeNumber(w, db, 'phoneOrder', numberPatterns.phoneOrder, fields.receivedOn)
      row = await w.create('phoneOrders', {
        ...fields,
        number,
        step: phoneOrderMachine.initial,
        totalFen: 0,
        requiredApprovals: [],
        approvalRound: 1,
        contractId: '',
        voidReason: '',
      })
    } else {
      row = await w.getLive('phoneOrders', req.id)
      if (!phoneOrderEditable(await factsOf(db, row)))
        throw new AppFailure(phoneOrderMachine.notEditable.code, phoneOrderMachine.notEditable.messageKey)
    }
    const written = await writeLines(w, db, 'phoneOrders', row.id, lines)
    const totalFen = tradeTotals(written).totalFen
    const required = dealApprovals(
      {
        kind: 'phoneOrder',
        amountFen: totalFen,
        lines: written,
        nonStandardTerms: false,
        specialFees: false,
      },
      settings,
    )
    return w.update('phoneOrders', row.id, { ...fields, totalFen, requiredApprovals: required })
  })
}

async function take<A extends PhoneOrderAction>(
  w: Writer,
  db: DeskDb,
  order: PhoneOrderRecord,
  action: A,
  payload: Parameters<typeof phoneOrderMachine.transition<A>>[2],
  ctx: WriteContext,
): Promise<PhoneOrderRecord> {
  const result = phoneOrderMachine.transition(
    await factsOf(db, order),
    action,
    payload,
    await machineContext(db, ctx),
  )
  return w.update('phoneOrders', order.id, allowed(result, 'phoneOrders', action))
}

/** 补签合同: the formal contract for an approved order, as a draft. */
export async function contractFromPhoneOrder(
  db: DeskDb,
  req: { id: string },
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, tableSpecs.contracts.edit)
  const settings = await readSettings(db)
  return runWrite(db, ctx, async (w) => {
    const order = await w.getLive('phoneOrders', req.id)
    const lines = (await liveLines(db, order.id)).map((l) => lineInputOf(l, false))
    const input = contractDraftInput(
      { customerId: order.customerId, lines },
      settings['contracts.clauseLibrary'],
    )
    // One transaction: when the machine refuses (not approved), the contract and its number are not kept.
    const contract = await createContract(db, { input, links: { phoneOrderId: order.id } }, ctx, w)
    await take(w, db, order, 'convert', { contractId: contract.id }, ctx)
    return contract
  })
}

/** 作废, with the reason. */
export async function voidPhoneOrder(
  db: DeskDb,
  req: { id: string; reason: string },
  ctx: WriteContext,
): Promise<PhoneOrderRecord> {
  assertCan(ctx.actor, edit)
  return runWrite(db, ctx, async (w) =>
    take(w, db, await w.getLive('phoneOrders', req.id), 'void', { reason: req.reason }, ctx),
  )
}
