/**
 * How a receipt reads on screen: its step's colour, where it stands on the
 * stepper (待财务确认 → 财务已确认 → 已告知客户), how its account is named,
 * and the form's values as the repository takes them.
 */
import type { TFunction } from 'i18next'
import type {
  CompanyAccount,
  ReceiptMethod,
  ReceiptRecord,
  ReceiptStep,
} from '@shared/procedures/collections/records'
import type { ReceiptInputValue } from '@shared/procedures/collections/schema'

const colors: Record<ReceiptStep, string> = {
  pending: 'yellow',
  returned: 'orange',
  confirmed: 'green',
  voided: 'gray',
}

export const receiptStepColor = (step: ReceiptStep): string => colors[step]

export const stepperSteps = ['pending', 'confirmed', 'told'] as const

/** A returned receipt is back before finance; a told customer completes it. */
export function stepperIndex(r: Pick<ReceiptRecord, 'step' | 'customerToldOn'> | null): number {
  if (!r || r.step === 'pending' || r.step === 'returned') return 0
  return r.customerToldOn ? stepperSteps.length : 2
}

/** 中国工商银行杭州文三路支行 1202 0212 0900 1234 567（杭州恒信机电设备有限公司）. */
export function accountLabel(t: TFunction, a: CompanyAccount): string {
  return t('receiptsScreen.account', { bank: a.bank, accountNo: a.accountNo, holder: a.holder })
}

/** What the form holds: the receipt's fields and, per milestone, what the clerk typed it pays. */
export interface ReceiptDraft extends Omit<ReceiptInputValue, 'allocations' | 'method'> {
  method: ReceiptMethod
  parts: Record<string, number>
}

export function blankDraft(customerId: string, today: string): ReceiptDraft {
  return {
    customerId,
    receivedOn: today,
    payer: '',
    method: 'transfer',
    accountId: '',
    amountFen: 0,
    billNo: '',
    drawer: '',
    acceptor: '',
    billIssuedOn: '',
    billDueOn: '',
    note: '',
    parts: {},
  }
}

export function draftOf(r: ReceiptRecord, parts: readonly { milestoneId: string; amountFen: number }[]) {
  const draft: ReceiptDraft = {
    customerId: r.customerId,
    receivedOn: r.receivedOn,
    payer: r.payer,
    method: r.method,
    accountId: r.accountId,
    amountFen: r.amountFen,
    billNo: r.billNo,
    drawer: r.drawer,
    acceptor: r.acceptor,
    billIssuedOn: r.billIssuedOn,
    billDueOn: r.billDueOn,
    note: r.note,
    parts: Object.fromEntries(parts.map((p) => [p.milestoneId, p.amountFen])),
  }
  return draft
}

/**
 * The input sent: the parts typed (anything but 0, so a bad one is refused
 * at its row) in the order the rows show, and `sent[i]` the milestone of
 * `allocations.i`, so a refusal there is shown on its row.
 */
export function inputOf(draft: ReceiptDraft, order: readonly string[]) {
  const { parts, ...fields } = draft
  const sent = order.filter((id) => parts[id] !== undefined && parts[id] !== 0)
  const input: ReceiptInputValue = {
    ...fields,
    allocations: sent.map((milestoneId) => ({ milestoneId, amountFen: parts[milestoneId] })),
  }
  return { input, sent }
}
