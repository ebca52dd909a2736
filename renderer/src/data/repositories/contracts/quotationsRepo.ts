/**
 * 报价单: the commerce department's prices for a customer. A contract made
 * from it carries each quoted price, so a lower negotiated price asks the
 * commerce manager (approvalRules.ts priceBelowQuote). Its steps are the
 * quotation machine's (shared/procedures/contracts/machines/quotation.ts).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { discountedFen } from '@shared/kernel/shareOfFen'
import { tradeTotals } from '@shared/procedures/contracts/lines'
import { type QuotationAction, quotationMachine } from '@shared/procedures/contracts/machines/quotation'
import { numberPatterns } from '@shared/procedures/contracts/numbering'
import type { ContractRecord, QuotationRecord } from '@shared/procedures/contracts/records'
import {
  contractDraftInput,
  type QuotationInput,
  quotationInputSchema,
} from '@shared/procedures/contracts/schema'
import { tableSpecs } from '@shared/tables/tableSpecs'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'
import { allowed, machineContext } from '../takeTransition'
import { lineInputOf, liveLines, writeLines } from './childLines'
import { createContract } from './contractsRepo'

function validateQuotation(input: unknown): QuotationInput {
  const values = parseOrFail(quotationInputSchema, input)
  if (values.validUntil < values.quotedOn)
    throw new AppFailure('validation', 'validation.quotation.validUntil', { field: 'validUntil' })
  return values
}

/** Creates (id null) or saves a quotation; only a draft is edited (what the customer was sent stays as sent). */
export async function saveQuotation(
  db: DeskDb,
  req: { id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<QuotationRecord> {
  assertCan(ctx.actor, tableSpecs.quotations.edit)
  const { lines, ...fields } = validateQuotation(req.input)
  return runWrite(db, ctx, async (w) => {
    let row: QuotationRecord
    if (req.id === null) {
      const number = await takeNumber(w, db, 'quotation', numberPatterns.quotation, fields.quotedOn)
      row = await w.create('quotations', {
        ...fields,
        number,
        status: quotationMachine.initial,
        contractId: '',
        totalFen: 0,
      })
    } else {
      row = await w.getLive('quotations', req.id)
      if (!quotationMachine.isEditable(row.status))
        throw new AppFailure(quotationMachine.notEditable.code, quotationMachine.notEditable.messageKey)
    }
    const written = await writeLines(w, db, 'quotations', row.id, lines)
    return w.update('quotations', row.id, { ...fields, totalFen: tradeTotals(written).totalFen })
  })
}

/** Takes a quotation action inside the caller's transaction. */
async function take(
  w: Writer,
  db: DeskDb,
  q: QuotationRecord,
  action: QuotationAction,
  payload: { contractId: string } | object,
  ctx: WriteContext,
): Promise<QuotationRecord> {
  const lineCount = (await liveLines(db, q.id)).length
  const result = quotationMachine.transition(
    { status: q.status, lineCount },
    action,
    payload as { contractId: string },
    await machineContext(db, ctx),
  )
  return w.update('quotations', q.id, allowed(result, 'quotations', action))
}

/** 发出 (issued to the customer) or 作废. */
export async function quotationAction(
  db: DeskDb,
  req: { id: string; action: 'issue' | 'void' },
  ctx: WriteContext,
): Promise<QuotationRecord> {
  assertCan(ctx.actor, tableSpecs.quotations.edit)
  return runWrite(db, ctx, async (w) =>
    take(w, db, await w.getLive('quotations', req.id), req.action, {}, ctx),
  )
}

/**
 * 转为合同: a contract draft with the quotation's customer and lines, each
 * line remembering its quoted price (after the quotation's discount).
 */
export async function contractFromQuotation(
  db: DeskDb,
  req: { id: string },
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, tableSpecs.contracts.edit)
  const settings = await readSettings(db)
  return runWrite(db, ctx, async (w) => {
    const q = await w.getLive('quotations', req.id)
    const lines = (await liveLines(db, q.id)).map((l) => {
      const quoted = discountedFen(l.unitFen, l.discountBp)
      return { ...lineInputOf(l, false), quotedUnitFen: quoted, unitFen: quoted, discountBp: 0 }
    })
    const input = contractDraftInput(
      { customerId: q.customerId, lines, deliveryTerms: q.deliveryTerms },
      settings['contracts.clauseLibrary'],
    )
    // One transaction: when the machine refuses to accept, the contract and its number are not kept.
    const contract = await createContract(db, { input, links: { quotationId: q.id } }, ctx, w)
    await take(w, db, q, 'accept', { contractId: contract.id }, ctx)
    return contract
  })
}
