/**
 * Bills in hand (支票 / 承兑汇票 / 银行汇票) go to finance the day they arrive,
 * against a signature, and each one handed over is registered
 * (制度：对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收;
 * 对送给用户的发票及取回的支票、汇票要登记鉴收). A bill is "handed over" once
 * a 票据交接签收单 listing it is signed: the repository then writes the
 * slip's id into each receipt's `handoverId`.
 */
import { nextWorkdayOnOrAfter } from '../../kernel/workdays'
import { type FieldProblem, pastDay, requiredText } from '../kit/problems'
import { isDay } from '../../kernel/days'
import type { BillHandoverRecord, ReceiptMethod, ReceiptRecord } from './records'

/** The methods that are a piece of paper in the clerk's hand. */
export const billMethods = [
  'cheque',
  'commercialBill',
  'bankBill',
  'bankDraft',
] as const satisfies readonly ReceiptMethod[]

export function isBill(method: ReceiptMethod): boolean {
  return (billMethods as readonly string[]).includes(method)
}

/** 承兑汇票 (commercial or bank) name an acceptor and fall due at maturity. */
export function needsAcceptor(method: ReceiptMethod): boolean {
  return method === 'commercialBill' || method === 'bankBill'
}

export type BillReceiptOf = Pick<
  ReceiptRecord,
  'id' | 'number' | 'method' | 'step' | 'receivedOn' | 'handoverId' | 'handedOverOn'
> & { deletedAt?: string | null }

/** A live bill (not voided) finance has not signed for yet: finance does not have it. */
export function awaitsHandover(r: BillReceiptOf): boolean {
  return !r.deletedAt && r.step !== 'voided' && isBill(r.method) && !r.handedOverOn
}

/**
 * The day a bill must reach finance: the day it arrived (当日) — or, when it
 * arrived on a day off (a weekend or holiday, when finance is not in), the
 * first working day after; a make-up working day is a working day.
 */
export function handoverDueOn(receivedOn: string): string {
  return isDay(receivedOn) ? nextWorkdayOnOrAfter(receivedOn) : ''
}

/** Bills finance does not have yet and no slip lists, in the order given: what a new slip may take. */
export function billsToHandOver<T extends BillReceiptOf>(receipts: readonly T[]): T[] {
  return receipts.filter((r) => awaitsHandover(r) && r.handoverId === '')
}

/** Bills still not with finance after the end of the day they were due there. */
export function overdueBills<T extends BillReceiptOf>(receipts: readonly T[], today: string): T[] {
  return receipts.filter((r) => awaitsHandover(r) && handoverDueOn(r.receivedOn) < today)
}

/**
 * The day a receipt's bill has waited for finance since, '' when it does not
 * wait (a transfer, voided, handed over): the derived field a receipts index
 * reads so the 工作台 finds waiting bills without reading every receipt.
 */
export function billWaitingSince(r: BillReceiptOf): string {
  return awaitsHandover(r) ? r.receivedOn : ''
}

/** A slip as the handover checks read it. */
export type SlipOf = Pick<BillHandoverRecord, 'id' | 'handedOn' | 'receivedBy' | 'receiptIds'>

/**
 * What is wrong with a 票据交接签收单, at its fields: handed over on a day
 * not in the future, finance's signer named, and at least one bill, each
 * listed once, each the bill of a live receipt, not on another signed slip,
 * and not handed over before it arrived. `receipts` holds the listed ones by id.
 */
export function handoverProblems(
  slip: SlipOf,
  receipts: ReadonlyMap<string, BillReceiptOf>,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...pastDay('handedOn', slip.handedOn, today),
    ...requiredText('receivedBy', slip.receivedBy),
  ]
  if (slip.receiptIds.length === 0)
    problems.push({ field: 'receiptIds', messageKey: 'collectionsValidation.noBills' })
  const seen = new Set<string>()
  slip.receiptIds.forEach((id, i) => {
    const field = `receiptIds.${i}`
    const r = receipts.get(id)
    if (seen.has(id)) problems.push({ field, messageKey: 'collectionsValidation.billTwice' })
    else if (!r || r.deletedAt || r.step === 'voided')
      problems.push({ field, messageKey: 'collectionsValidation.billGone' })
    else if (!isBill(r.method))
      problems.push({ field, messageKey: 'collectionsValidation.notBill', params: { number: r.number } })
    else if (r.handoverId !== '' && r.handoverId !== slip.id)
      problems.push({
        field,
        messageKey: 'collectionsValidation.billHandedOver',
        params: { number: r.number },
      })
    else if (isDay(slip.handedOn) && slip.handedOn < r.receivedOn)
      problems.push({
        field,
        messageKey: 'collectionsValidation.handedBeforeReceived',
        params: { number: r.number, receivedOn: r.receivedOn },
      })
    seen.add(id)
  })
  return problems
}
