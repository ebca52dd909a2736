/**
 * 报价单: the commerce department's prices for a customer. A contract made
 * from it carries each quoted price, so a lower negotiated price asks the
 * commerce manager (approvalRules.ts priceBelowQuote).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { contractTotals } from '@shared/procedures/contracts/contractChecks'
import {
  contractDraftInput,
  type QuotationInput,
  quotationInputSchema,
} from '@shared/procedures/contracts/contractInputs'
import type { ContractRecord, QuotationRecord } from '@shared/procedures/contracts/contractRecords'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { fixedPatterns, takeNumber } from '../../numbering'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'
import { lineInputOf, liveLines, writeLines } from './childLines'
import { createContract } from './contractsRepo'

function validateQuotation(input: unknown): QuotationInput {
  const values = parseOrFail(quotationInputSchema, input)
  if (values.validUntil < values.quotedOn)
    throw new AppFailure('validation', 'validation.quotation.validUntil', { field: 'validUntil' })
  return values
}

/** Creates (id null) or saves a quotation; an issued one is no longer edited. */
export async function saveQuotation(
  db: DeskDb,
  id: string | null,
  input: unknown,
  ctx: WriteContext,
): Promise<QuotationRecord> {
  assertCan(ctx.actor, 'quotations.edit')
  const { lines, ...fields } = validateQuotation(input)
  return runWrite(db, ctx, async (w) => {
    let row: QuotationRecord
    if (id === null) {
      const number = await takeNumber(w, db, 'quotation', fixedPatterns.quotation, fields.quotedOn)
      row = await w.create('quotations', { ...fields, number, status: 'draft', contractId: '', totalFen: 0 })
    } else {
      row = await w.getLive('quotations', id)
      if (row.status !== 'draft') throw new AppFailure('quotations.issued', 'errors.quotations.issued')
    }
    const written = await writeLines(w, db, 'quotations', row.id, lines)
    return w.update('quotations', row.id, { ...fields, totalFen: contractTotals(written).totalFen })
  })
}

/** 发出 (issued to the customer) or 作废. */
export async function setQuotationStatus(
  db: DeskDb,
  id: string,
  status: 'issued' | 'voided',
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'quotations.edit')
  await runWrite(db, ctx, async (w) => {
    const row = await w.getLive('quotations', id)
    const allowed = status === 'issued' ? row.status === 'draft' : row.status !== 'accepted'
    if (!allowed) throw new AppFailure('quotations.issued', 'errors.quotations.issued')
    if (status === 'issued' && (await liveLines(db, id)).length === 0)
      throw new AppFailure('validation', 'validation.contract.noLines', { field: 'lines' })
    await w.update('quotations', id, { status })
  })
}

/**
 * 转为合同: a contract draft with the quotation's customer and lines, each
 * line remembering its quoted price (after the quotation's discount).
 */
export async function contractFromQuotation(
  db: DeskDb,
  id: string,
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const settings = await readSettings(db)
  return runWrite(db, ctx, async (w) => {
    const q = await w.getLive('quotations', id)
    if (q.status !== 'issued') throw new AppFailure('quotations.notIssued', 'errors.quotations.notIssued')
    const lines = (await liveLines(db, id)).map((l) => {
      const quoted = Math.floor((l.unitFen * (10_000 - l.discountBp) + 5_000) / 10_000)
      return { ...lineInputOf(l, false), quotedUnitFen: quoted, unitFen: quoted, discountBp: 0 }
    })
    const contract = await createContract(
      db,
      contractDraftInput(
        { customerId: q.customerId, lines, deliveryTerms: q.deliveryTerms },
        settings['contracts.clauseLibrary'],
      ),
      ctx,
      { quotationId: id },
      w,
    )
    await w.update('quotations', id, { status: 'accepted', contractId: contract.id })
    return contract
  })
}
