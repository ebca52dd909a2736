/**
 * How much each payment milestone is owed and has received, and what a
 * receipt must satisfy before it is registered (DOMAIN.md §4):
 * - a milestone's amount is its share of the contract total, the shares
 *   adding up exactly to the total (the contract's own printed rounding);
 * - a receipt is split over one or more milestones of its customer, never
 *   more than a milestone still has open — what other live receipts hold of
 *   it, waiting for finance or not, is taken — and the parts add up to the
 *   receipt (partial payments are fine);
 * - only money finance confirmed counts as received;
 * - money goes into one of the company's accounts, never anywhere else
 *   (制度：不能私自收取经销商货款，必须款项汇回公司账户).
 * Pure: the caller passes the rows it read.
 */
import { formatFen } from '../../kernel/money'
import { shareOfFen } from '../../kernel/shareOfFen'
import type { MilestoneRecord } from '../contracts/records'
import { type FieldProblem, pastDay, requiredText } from '../kit/problems'
import { isBill, needsAcceptor } from './bills'
import { isDay } from '../../kernel/days'
import type { CompanyAccount, ReceiptAllocationRecord, ReceiptMethod, ReceiptRecord } from './records'

type Live = { deletedAt?: string | null }
export type MilestoneOf = Pick<MilestoneRecord, 'id' | 'position' | 'percentBp'> & Live
export type ReceiptOf = Pick<ReceiptRecord, 'id' | 'step'> & Live
export type AllocationOf = Pick<ReceiptAllocationRecord, 'parentId' | 'milestoneId' | 'amountFen'> & Live

/** The order a contract prints its milestones in: by position, then id so every PC agrees. */
export function byPrintedOrder(a: MilestoneOf, b: MilestoneOf): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The amounts of live milestones already in printed order (byPrintedOrder):
 * each its share of the total rounded half up (shareOfFen), the last taking
 * the remainder when the shares make 100 % — the rounding of the printed
 * contract (contracts' milestoneAmounts), so the amount chased is the
 * amount printed. Written without that function's per-row objects because
 * aging calls it for every contract; a test holds the two equal.
 */
export function orderedAmountsFen(
  totalFen: number,
  ordered: readonly Pick<MilestoneOf, 'percentBp'>[],
): number[] {
  const n = ordered.length
  const amounts = new Array<number>(n)
  let sumBp = 0
  let others = 0
  for (let i = 0; i < n; i++) {
    amounts[i] = shareOfFen(totalFen, ordered[i].percentBp)
    sumBp += ordered[i].percentBp
    if (i < n - 1) others += amounts[i]
  }
  if (sumBp === 10_000 && n > 0) amounts[n - 1] = totalFen - others
  return amounts
}

/**
 * Each live milestone's amount in fen, from the contract total: in the order
 * the contract prints them, rounded half up, the last taking the remainder
 * when the shares make 100 %, so they add up exactly to the total. Pass
 * the contract's own milestones (parentTable 'contracts'), all of them:
 * which one is last decides who takes the remainder.
 */
export function milestoneAmountsFen(
  totalFen: number,
  milestones: readonly MilestoneOf[],
): Map<string, number> {
  const live = milestones.filter((m) => !m.deletedAt).sort(byPrintedOrder)
  const amounts = orderedAmountsFen(totalFen, live)
  return new Map(live.map((m, i) => [m.id, amounts[i]]))
}

/** Fen per milestone carried by the live allocations of the live receipts that pass `keep`. */
function allocated(
  receipts: readonly ReceiptOf[],
  allocations: readonly AllocationOf[],
  keep: (r: ReceiptOf) => boolean,
): Map<string, number> {
  const counted = new Set(receipts.filter((r) => !r.deletedAt && keep(r)).map((r) => r.id))
  const sums = new Map<string, number>()
  for (const a of allocations)
    if (!a.deletedAt && counted.has(a.parentId))
      sums.set(a.milestoneId, (sums.get(a.milestoneId) ?? 0) + a.amountFen)
  return sums
}

/**
 * Fen per milestone held by receipts not voided — waiting for finance,
 * returned for a fix or confirmed — leaving out `except` (the receipt being
 * edited, whose own parts are what is asked).
 */
export function heldAmounts(
  receipts: readonly ReceiptOf[],
  allocations: readonly AllocationOf[],
  except = '',
): Map<string, number> {
  return allocated(receipts, allocations, (r) => r.step !== 'voided' && r.id !== except)
}

/** Fen per milestone received: confirmed receipts only (finance has seen the money). */
export function confirmedReceived(
  receipts: readonly ReceiptOf[],
  allocations: readonly AllocationOf[],
): Map<string, number> {
  return allocated(receipts, allocations, (r) => r.step === 'confirmed')
}

/** Open per milestone = its amount − what other live receipts hold of it, never below 0. */
export function openAmounts(
  amounts: ReadonlyMap<string, number>,
  receipts: readonly ReceiptOf[],
  allocations: readonly AllocationOf[],
  except = '',
): Map<string, number> {
  const held = heldAmounts(receipts, allocations, except)
  return new Map([...amounts].map(([id, fen]) => [id, Math.max(0, fen - (held.get(id) ?? 0))]))
}

/** A receipt as its form sends it. */
export interface ReceiptInput {
  customerId: string
  receivedOn: string
  payer: string
  method: ReceiptMethod
  accountId: string
  amountFen: number
  billNo: string
  drawer: string
  acceptor: string
  billIssuedOn: string
  billDueOn: string
}

/**
 * What is wrong with a receipt, at its fields: a customer and a payer, a
 * positive amount, a day not in the future, one of the company's accounts
 * (the refusal says why), and for a bill its number, drawer, issue date,
 * and for 承兑汇票 its acceptor and due date, issued no later than it is due
 * or than it arrived.
 */
export function receiptProblems(
  r: ReceiptInput,
  accounts: readonly CompanyAccount[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...requiredText('customerId', r.customerId),
    ...requiredText('payer', r.payer),
    ...pastDay('receivedOn', r.receivedOn, today),
  ]
  if (!Number.isSafeInteger(r.amountFen) || r.amountFen <= 0)
    problems.push({ field: 'amountFen', messageKey: 'collectionsValidation.amount' })
  if (!accounts.some((a) => a.id === r.accountId))
    problems.push({ field: 'accountId', messageKey: 'collectionsValidation.notCompanyAccount' })
  if (!isBill(r.method)) return problems
  problems.push(...requiredText('billNo', r.billNo), ...requiredText('drawer', r.drawer))
  if (needsAcceptor(r.method)) problems.push(...requiredText('acceptor', r.acceptor))
  if (!isDay(r.billIssuedOn)) problems.push({ field: 'billIssuedOn', messageKey: 'validation.required' })
  else if (isDay(r.receivedOn) && r.billIssuedOn > r.receivedOn)
    problems.push({ field: 'billIssuedOn', messageKey: 'collectionsValidation.billIssuedAfterReceived' })
  // 承兑汇票 are paid at maturity; a cheque or bank draft is paid on sight and has no due date.
  if (needsAcceptor(r.method) && !isDay(r.billDueOn))
    problems.push({ field: 'billDueOn', messageKey: 'validation.required' })
  else if (isDay(r.billDueOn) && isDay(r.billIssuedOn) && r.billIssuedOn > r.billDueOn)
    problems.push({ field: 'billDueOn', messageKey: 'collectionsValidation.billDueBeforeIssued' })
  return problems
}

/** A part of a receipt as its form sends it; the contract is the milestone's. */
export interface AllocationInput {
  milestoneId: string
  amountFen: number
}

/** A milestone a receipt may pay: whose it is, what is open of it (openAmounts) and how the refusal names it. */
export interface OpenMilestone {
  contractId: string
  customerId: string
  openFen: number
  /** HT-202609-0001 预付款: what the refusal calls it. */
  label: string
}

/**
 * What is wrong with how a receipt is split, at `allocations.<i>.…`: at
 * least one part, each on a milestone of a contract that owes money (the
 * caller's `open` holds only those) of the receipt's own customer, each
 * positive, together no more than a milestone has open (the refusal says
 * how much is left), and all the parts adding up to the receipt's amount.
 */
export function allocationProblems(
  allocations: readonly AllocationInput[],
  open: ReadonlyMap<string, OpenMilestone>,
  receipt: Pick<ReceiptInput, 'customerId' | 'amountFen'>,
): FieldProblem[] {
  if (allocations.length === 0)
    return [{ field: 'allocations', messageKey: 'collectionsValidation.noAllocations' }]
  const problems: FieldProblem[] = []
  const asked = new Map<string, number>()
  let total = 0
  allocations.forEach((a, i) => {
    const at = (f: string) => `allocations.${i}.${f}`
    const m = open.get(a.milestoneId)
    if (!m) {
      problems.push({ field: at('milestoneId'), messageKey: 'collectionsValidation.unknownMilestone' })
      return
    }
    if (m.customerId !== receipt.customerId) {
      problems.push({ field: at('milestoneId'), messageKey: 'collectionsValidation.otherCustomer' })
      return
    }
    if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0) {
      problems.push({ field: at('amountFen'), messageKey: 'collectionsValidation.allocationAmount' })
      return
    }
    total += a.amountFen
    const before = asked.get(a.milestoneId) ?? 0
    asked.set(a.milestoneId, before + a.amountFen)
    const left = Math.max(0, m.openFen - before)
    if (a.amountFen > left)
      problems.push({
        field: at('amountFen'),
        messageKey: 'collectionsValidation.overOpen',
        params: { milestone: m.label, left: formatFen(left), amount: formatFen(a.amountFen) },
      })
  })
  if (problems.length === 0 && total !== receipt.amountFen && Number.isSafeInteger(receipt.amountFen))
    problems.push({
      field: 'allocations',
      messageKey: 'collectionsValidation.allocationsSum',
      params: { allocated: formatFen(total), amount: formatFen(receipt.amountFen) },
    })
  return problems
}
