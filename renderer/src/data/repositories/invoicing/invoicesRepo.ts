/**
 * 开票申请单 (DOMAIN.md §3; 制度：填写开票申请单 → 财务部审核开票 → 交客户发票并确认):
 * made from a contract in force — for what it still has open, or for the
 * goods of chosen shipments — with the buyer's details from the customer's
 * record; finance alone reviews and issues; leadership approves through the
 * approvals engine what goes above the contract's open amount. Thin: load
 * the facts, the machine decides, one write.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { lineAmountFen } from '@shared/kernel/shareOfFen'
import { todayIso } from '@shared/kernel/workdays'
import { openByLine, openToInvoice } from '@shared/procedures/invoicing/amounts'
import { buyerOf } from '@shared/procedures/invoicing/buyer'
import {
  type InvoiceAction,
  type InvoiceFacts,
  type InvoicePayloads,
  invoiceMachine,
} from '@shared/procedures/invoicing/machines/invoice'
import { invoicingNumberPatterns } from '@shared/procedures/invoicing/numbering'
import type { InvoiceRecord } from '@shared/procedures/invoicing/records'
import { type InvoiceInput, invoiceInputSchema } from '@shared/procedures/invoicing/schema'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { deriveNow } from '../../deriveNow'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, refuseProblems, machineContext } from '../takeTransition'
import { type ContractInvoicing, invoiceLinesOf, readContractInvoicing, shippedOf } from './invoiceReads'

type FactsOf = Pick<
  InvoiceRecord,
  'id' | 'step' | 'kind' | 'contractId' | 'approvalRound' | 'issuedOn' | 'deliveredOn'
>

/** The application as its machine sees it: buyer details as the customer's record has them now. */
export async function invoiceFacts(
  db: DeskDb,
  invoice: FactsOf,
  lines?: readonly InvoiceFacts['lines'][number][],
  /** The contract's invoicing when the caller has read it already (one read per action). */
  known?: ContractInvoicing,
): Promise<InvoiceFacts> {
  const read = known ?? (await readContractInvoicing(db, invoice.contractId))
  const own = lines ?? (await invoiceLinesOf(db, invoice.id))
  return {
    ...buyerOf(read.customer),
    step: invoice.step,
    kind: invoice.kind,
    contractStep: read.contract?.step ?? '',
    lines: own,
    contractLineIds: new Set(read.lines.map((l) => l.id)),
    openFen: openToInvoice(read.contract?.totalFen ?? 0, read.invoices, invoice.id),
    approvalRound: invoice.approvalRound,
    issuedOn: invoice.issuedOn,
    deliveredOn: invoice.deliveredOn,
  }
}

/**
 * A new application as the clerk starts it: every contract line with what
 * it has open to invoice, or — for chosen shipments — the goods they
 * carried at the contract's price, never more than the line has open.
 */
export async function invoiceDraft(db: DeskDb, contractId: string, shipmentIds: readonly string[] = []) {
  const read = await readContractInvoicing(db, contractId)
  const open = openByLine(read.lines, read.invoices, read.invoiceLines)
  const shippedQty = new Map<string, number>()
  if (shipmentIds.length > 0) {
    const { lines } = await shippedOf(db, contractId)
    for (const l of lines)
      if (shipmentIds.includes(l.parentId))
        shippedQty.set(l.sourceLineId, (shippedQty.get(l.sourceLineId) ?? 0) + l.qty)
  }
  const lines = read.lines
    .map((l) => {
      const qty = shipmentIds.length > 0 ? (shippedQty.get(l.id) ?? 0) : l.qty
      const amount = Math.min(open.get(l.id) ?? 0, lineAmountFen({ ...l, qty }))
      return {
        sourceLineId: l.id,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        qty,
        amountFen: amount,
        taxRateBp: l.taxRateBp,
      }
    })
    .filter((l) => l.qty > 0 && l.amountFen > 0)
  const input: InvoiceInput = { contractId, shipmentIds: [...shipmentIds], kind: 'special', note: '', lines }
  return input
}

/** Writes the application's lines, matched to the stored ones by the contract line they invoice. */
async function writeInvoiceLines(w: Writer, db: DeskDb, invoiceId: string, input: InvoiceInput) {
  const existing = await invoiceLinesOf(db, invoiceId)
  const bySource = new Map(existing.map((l) => [l.sourceLineId, l]))
  const kept = new Set<string>()
  for (const [i, line] of input.lines.entries()) {
    const values = { ...line, position: i + 1 }
    const before = bySource.get(line.sourceLineId)
    if (before && !kept.has(before.id)) {
      kept.add(before.id)
      const moved = (Object.keys(values) as (keyof typeof values)[]).some((k) => before[k] !== values[k])
      if (moved) await w.updateRow('invoiceLines', before, values)
    } else await w.create('invoiceLines', { ...values, parentId: invoiceId })
  }
  for (const l of existing) if (!kept.has(l.id)) await w.archive('invoiceLines', l.id)
  await deriveNow(w, db, 'invoices', invoiceId)
}

/** The fields a new application starts with besides what the form sends. */
function blankInvoice(actorName: string) {
  return {
    step: invoiceMachine.initial,
    appliedBy: actorName,
    submittedOn: '',
    reviewComment: '',
    reviewedOn: '',
    reviewedBy: '',
    openFen: 0,
    requiredApprovals: [],
    approvalRound: 0,
    invoiceCode: '',
    invoiceNo: '',
    issuedOn: '',
    issuedBy: '',
    issuedFen: 0,
    issuedTaxFen: 0,
    deliveredOn: '',
    deliveryWay: '' as const,
    trackingNo: '',
    confirmedOn: '',
    confirmedBy: '',
    reason: '',
    closedOn: '',
    totalFen: 0,
    taxFen: 0,
  }
}

/**
 * Makes (id null) or corrects an application while it is a draft or was
 * returned; the buyer's details are taken from the customer's record each
 * time, so completing the record and saving again is enough.
 */
export async function saveInvoice(
  db: DeskDb,
  req: { id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<InvoiceRecord> {
  assertCan(ctx.actor, 'invoicing.apply')
  const input = parseOrFail(invoiceInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    const read = await readContractInvoicing(db, input.contractId)
    if (!read.contract)
      throw new AppFailure('validation', 'invoicingValidation.contractNotInForce', { field: 'contractId' })
    const { lines: _lines, ...fields } = input
    let invoice: InvoiceRecord
    if (req.id === null) {
      const number = await takeNumber(w, db, 'invoice', invoicingNumberPatterns.invoice, todayIso(ctx.now))
      invoice = await w.create('invoices', {
        ...blankInvoice(ctx.actor.name),
        ...fields,
        ...buyerOf(read.customer),
        customerId: read.contract.customerId,
        number,
      })
    } else {
      const before = await w.getLive('invoices', req.id)
      if (!invoiceMachine.isEditable(before.step))
        throw new AppFailure(invoiceMachine.notEditable.code, invoiceMachine.notEditable.messageKey)
      if (before.contractId !== input.contractId)
        throw new AppFailure('validation', 'invoicingValidation.notOnContract', { field: 'contractId' })
      invoice = await w.updateRow('invoices', before, { ...fields, ...buyerOf(read.customer) })
    }
    // A line not on the contract, or without an amount, is refused at the line before anything is kept.
    const facts = await invoiceFacts(db, invoice, input.lines, read)
    refuseProblems(
      invoiceMachine
        .problems(facts, 'submit', {}, await machineContext(db, ctx))
        .filter((p) => p.field.startsWith('lines')),
    )
    await writeInvoiceLines(w, db, invoice.id, input)
    return (await w.get('invoices', invoice.id)) ?? invoice
  })
}

/** Takes one step: 提交财务审核, 审核通过 / 退回, 登记开具, 登记交付, 登记客户确认, 作废. */
export async function invoiceAction<A extends InvoiceAction>(
  db: DeskDb,
  req: { id: string; action: A; payload: InvoicePayloads[A] },
  ctx: WriteContext,
): Promise<InvoiceRecord> {
  return runWrite(db, ctx, async (w) => {
    const invoice = await w.getLive('invoices', req.id)
    const [facts, mctx] = await Promise.all([invoiceFacts(db, invoice), machineContext(db, ctx)])
    const patch = allowed(
      invoiceMachine.transition(facts, req.action, req.payload, mctx),
      'invoices',
      req.action,
    )
    // Submitted: the buyer's details are the ones the machine checked (the customer's record now).
    const buyer =
      req.action === 'submit'
        ? {
            buyerName: facts.buyerName,
            buyerTaxNo: facts.buyerTaxNo,
            buyerAddressPhone: facts.buyerAddressPhone,
            buyerBankAccount: facts.buyerBankAccount,
          }
        : {}
    return w.updateRow('invoices', invoice, { ...buyer, ...patch })
  })
}
