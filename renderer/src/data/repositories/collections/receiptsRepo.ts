/**
 * 收款登记 (DOMAIN.md §4; 制度：不能私自收取经销商货款，必须款项汇回公司账户;
 * 和财务部确认回款情况，反馈给客户): the clerk registers money as it arrives —
 * into one of the company's accounts, split over open payment milestones of
 * the customer's contracts — and it waits for finance, who alone confirms
 * it (only confirmed money counts as received), returns it with a reason or
 * reverses it later (a dishonoured cheque). Thin: load the facts, the
 * receipt machine decides, one write. The confirm writes its day on every
 * part of the receipt in the same transaction (the milestones' received
 * amount reads it); the reverse clears it.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import {
  type ReceiptAction,
  type ReceiptFacts,
  type ReceiptPayloads,
  receiptMachine,
  registrationProblems,
} from '@shared/procedures/collections/machines/receipt'
import { collectionsNumberPatterns } from '@shared/procedures/collections/numbering'
import type { AllocationInput, ReceiptInput } from '@shared/procedures/collections/receipts'
import type { ReceiptAllocationRecord, ReceiptRecord } from '@shared/procedures/collections/records'
import { type ReceiptInputValue, receiptInputSchema } from '@shared/procedures/collections/schema'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { deriveNow } from '../../deriveNow'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext, refuseProblems } from '../takeTransition'
import {
  allocationsOf,
  openMilestones,
  readClosedMonths,
  readCompanyAccounts,
  readCustomerMilestones,
} from './collectionsReads'

type FactsOf = ReceiptInput &
  Pick<ReceiptRecord, 'id' | 'step' | 'handoverId' | 'handedOverOn' | 'confirmedOn'>

/** The receipt as its machine sees it: its parts checked against what the customer's milestones have open without it. */
export async function receiptFacts(
  db: DeskDb,
  receipt: FactsOf,
  allocations?: readonly AllocationInput[],
): Promise<ReceiptFacts> {
  const [money, accounts, closed, stored] = await Promise.all([
    readCustomerMilestones(db, receipt.customerId, receipt.id),
    readCompanyAccounts(db),
    readClosedMonths(db),
    allocations ? [] : allocationsOf(db, receipt.id),
  ])
  // Stored parts in the order the receipt's page lists its milestones, so a refusal at
  // `allocations.<i>` lands on the row it is about.
  const rank = new Map(money.milestones.map((m, i) => [m.milestone.id, i]))
  const at = (id: string) => rank.get(id) ?? money.milestones.length
  const own = allocations ?? [...stored].sort((a, b) => at(a.milestoneId) - at(b.milestoneId))
  return {
    customerId: receipt.customerId,
    receivedOn: receipt.receivedOn,
    payer: receipt.payer,
    method: receipt.method,
    accountId: receipt.accountId,
    amountFen: receipt.amountFen,
    billNo: receipt.billNo,
    drawer: receipt.drawer,
    acceptor: receipt.acceptor,
    billIssuedOn: receipt.billIssuedOn,
    billDueOn: receipt.billDueOn,
    step: receipt.step,
    handoverId: receipt.handoverId,
    handedOverOn: receipt.handedOverOn ?? '',
    confirmedOn: receipt.confirmedOn,
    allocations: own.map((a) => ({ milestoneId: a.milestoneId, amountFen: a.amountFen })),
    open: openMilestones(receipt.customerId, money.milestones),
    accounts,
    closed,
  }
}

/**
 * The form's input, checked at the boundary. An account left blank is
 * refused with the rule itself, as one that is not the company's is: the
 * clerk reads why, not only that the field is empty.
 */
function parseReceipt(input: unknown): ReceiptInputValue {
  try {
    return parseOrFail(receiptInputSchema, input)
  } catch (err) {
    if (err instanceof AppFailure && err.params.field === 'accountId')
      throw new AppFailure('validation', 'collectionsValidation.notCompanyAccount', { field: 'accountId' })
    throw err
  }
}

const billFields = ['method', 'billNo', 'drawer', 'acceptor', 'billIssuedOn', 'billDueOn'] as const

/** A bill finance has signed for stays as signed: its slip lists it as it was. */
function handedOverProblems(before: ReceiptRecord, input: ReceiptInputValue) {
  if (before.handoverId === '') return []
  const moved = billFields.find((f) => before[f] !== input[f])
  return moved ? [{ field: moved, messageKey: 'receiptsScreen.errors.billHandedOver' }] : []
}

/** Writes the receipt's parts, matched to the stored ones by the milestone they pay. */
async function writeAllocations(w: Writer, db: DeskDb, receiptId: string, input: ReceiptInputValue) {
  const existing = await allocationsOf(db, receiptId)
  const byMilestone = new Map(existing.map((a) => [a.milestoneId, a]))
  const contractOf = new Map(
    (await readCustomerMilestones(db, input.customerId, receiptId)).milestones.map((m) => [
      m.milestone.id,
      m.contract.id,
    ]),
  )
  const kept = new Set<string>()
  for (const part of input.allocations) {
    const values = {
      contractId: contractOf.get(part.milestoneId) ?? '',
      milestoneId: part.milestoneId,
      amountFen: part.amountFen,
    }
    const before = byMilestone.get(part.milestoneId)
    if (before && !kept.has(before.id)) {
      kept.add(before.id)
      if (before.amountFen !== values.amountFen || before.contractId !== values.contractId)
        await w.updateRow('receiptAllocations', before, values)
    } else await w.create('receiptAllocations', { ...values, parentId: receiptId, confirmedOn: '' })
  }
  for (const a of existing) if (!kept.has(a.id)) await w.archive('receiptAllocations', a.id)
}

/** The fields a new receipt starts with besides what the form sends. */
const blankReceipt = {
  step: receiptMachine.initial,
  confirmedBy: '',
  confirmedOn: '',
  financeComment: '',
  customerToldOn: '',
  customerToldHow: '' as const,
  handoverId: '',
  voidReason: '',
  voidedOn: '',
}

/**
 * Registers (id null) or corrects a receipt while it waits for finance or
 * was returned. Everything the registration must satisfy — the company's
 * account, the bill's fields, a month not signed off, each part within
 * what its milestone has open, the parts adding up — is refused at its
 * field before anything is kept.
 */
export async function saveReceipt(
  db: DeskDb,
  req: { id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<ReceiptRecord> {
  assertCan(ctx.actor, 'collections.register')
  const input = parseReceipt(req.input)
  const { allocations: _parts, ...fields } = input
  return runWrite(db, ctx, async (w) => {
    const before = req.id === null ? null : await w.getLive('receipts', req.id)
    if (before && !receiptMachine.isEditable(before.step))
      throw new AppFailure(receiptMachine.notEditable.code, receiptMachine.notEditable.messageKey)
    const facts = await receiptFacts(
      db,
      {
        ...fields,
        id: before?.id ?? '',
        step: before?.step ?? receiptMachine.initial,
        handoverId: before?.handoverId ?? '',
        confirmedOn: '',
      },
      input.allocations,
    )
    refuseProblems([
      ...(before ? handedOverProblems(before, input) : []),
      ...registrationProblems(facts, todayIso(ctx.now)),
    ])
    const receipt = before
      ? await w.updateRow('receipts', before, fields)
      : await w.create('receipts', {
          ...blankReceipt,
          ...fields,
          number: await takeNumber(w, db, 'receipt', collectionsNumberPatterns.receipt, todayIso(ctx.now)),
        })
    await writeAllocations(w, db, receipt.id, input)
    // The bill still to reach finance, by the day it arrived (the 工作台 reads the index).
    await deriveNow(w, db, 'receipts', receipt.id)
    return (await w.get('receipts', receipt.id)) ?? receipt
  })
}

/** The day every part carries: finance's confirmation, or '' once reversed. */
async function stampAllocations(w: Writer, parts: readonly ReceiptAllocationRecord[], confirmedOn: string) {
  for (const a of parts)
    if (a.confirmedOn !== confirmedOn) await w.updateRow('receiptAllocations', a, { confirmedOn })
}

/** Takes one step: 重新提交, 财务确认 / 退回, 作废, 冲销 (退票), 告知客户. */
export async function receiptAction<A extends ReceiptAction>(
  db: DeskDb,
  req: { id: string; action: A; payload: ReceiptPayloads[A] },
  ctx: WriteContext,
): Promise<ReceiptRecord> {
  return runWrite(db, ctx, async (w) => {
    const receipt = await w.getLive('receipts', req.id)
    const parts = await allocationsOf(db, receipt.id)
    const [facts, mctx] = await Promise.all([receiptFacts(db, receipt, parts), machineContext(db, ctx)])
    const patch = allowed(
      receiptMachine.transition(facts, req.action, req.payload, mctx),
      'receipts',
      req.action,
    )
    if (req.action === 'confirm') await stampAllocations(w, parts, patch.confirmedOn ?? todayIso(ctx.now))
    if (req.action === 'reverse') await stampAllocations(w, parts, '')
    const after = await w.updateRow('receipts', receipt, patch)
    await deriveNow(w, db, 'receipts', receipt.id)
    return (await w.get('receipts', receipt.id)) ?? after
  })
}
