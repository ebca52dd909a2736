/**
 * 收款登记 (DOMAIN.md §4) as a machine: the clerk registers money as it
 * arrives (待财务确认); finance alone confirms it against the bank — a bill
 * only once finance has signed for it — or returns it with a reason, and
 * the clerk fixes and resubmits it; once confirmed, the customer is told
 * (制度：和财务部确认回款情况，反馈给客户). A receipt not confirmed may be
 * voided by the clerk; a confirmed one only reversed by finance (a cheque
 * dishonoured). Nothing dated in a month finance has signed off changes.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, pastDay, requiredText } from '../../kit/problems'
import { isBill } from '../bills'
import { closedMonthProblems } from '../monthClose'
import { collectionsPermissions } from '../permissions'
import {
  type AllocationInput,
  type OpenMilestone,
  type ReceiptInput,
  allocationProblems,
  receiptProblems,
} from '../receipts'
import {
  type CompanyAccount,
  type ContactWay,
  type ReceiptRecord,
  type ReceiptStep,
  contactWays,
  receiptSteps,
} from '../records'

/** A receipt as its machine sees it: its fields, its parts, and what they are checked against. */
export interface ReceiptFacts
  extends ReceiptInput, Pick<ReceiptRecord, 'step' | 'handoverId' | 'handedOverOn' | 'confirmedOn'> {
  allocations: readonly AllocationInput[]
  /** The milestones it may pay, open with this receipt left out (openAmounts with `except`). */
  open: ReadonlyMap<string, OpenMilestone>
  /** The company's accounts (settings). */
  accounts: readonly CompanyAccount[]
  /** Months finance has signed off (monthClose.ts closedMonths). */
  closed: ReadonlySet<string>
}

export type ReceiptAction = 'resubmit' | 'confirm' | 'return' | 'void' | 'reverse' | 'tellCustomer'

export interface ReceiptPayloads {
  resubmit: object
  confirm: { comment?: string }
  return: { comment: string }
  void: { reason: string }
  reverse: { reason: string }
  tellCustomer: { toldOn: string; how: ContactWay | '' }
}

const clerks: readonly Role[] = collectionsPermissions['collections.register']
const finance: readonly Role[] = collectionsPermissions['collections.confirm']

/** Everything a registration must satisfy; checked again when finance confirms, as other receipts may have moved. */
export function registrationProblems(f: ReceiptFacts, today: string): FieldProblem[] {
  return [
    ...receiptProblems(f, f.accounts, today),
    ...closedMonthProblems('receivedOn', f.receivedOn, f.closed),
    ...allocationProblems(f.allocations, f.open, f),
  ]
}

/** Finance confirms a bill it holds: one on a signed 票据交接签收单. */
function handoverProblems(f: ReceiptFacts): FieldProblem[] {
  return isBill(f.method) && !f.handedOverOn
    ? [{ field: 'handoverId', messageKey: 'collectionsValidation.billNotHandedOver' }]
    : []
}

export const receiptMachine = defineMachine<
  ReceiptStep,
  ReceiptAction,
  ReceiptFacts,
  ReceiptPayloads,
  ReceiptRecord
>({
  kind: 'receipt',
  stateField: 'step',
  states: receiptSteps,
  initial: 'pending',
  ended: ['voided'],
  // A receipt is registered straight into 待财务确认, so a typo found before
  // finance acts is fixed in place; confirming re-runs every check.
  editableIn: ['pending', 'returned'],
  notEditable: { code: 'receipts.confirmed', messageKey: 'collectionsErrors.receipts.confirmed' },
  stateOf: (facts) => facts.step,
  actions: {
    resubmit: {
      from: ['returned'],
      to: 'pending',
      who: clerks,
      check: ({ facts, today }) => registrationProblems(facts, today),
    },
    confirm: {
      from: ['pending'],
      to: 'confirmed',
      who: finance,
      whenClosed: { code: 'receipts.notPending', messageKey: 'collectionsErrors.receipts.notPending' },
      check: ({ facts, today }) => [...registrationProblems(facts, today), ...handoverProblems(facts)],
      patch: ({ payload, ctx, today }) => ({
        financeComment: (payload.comment ?? '').trim(),
        confirmedBy: ctx.actor.name,
        confirmedOn: today,
      }),
    },
    return: {
      from: ['pending'],
      to: 'returned',
      who: finance,
      check: ({ payload }) => requiredText('comment', payload.comment),
      patch: ({ payload }) => ({ financeComment: payload.comment.trim() }),
    },
    void: {
      from: ['pending', 'returned'],
      to: 'voided',
      who: clerks,
      check: ({ facts, payload }) => [
        ...requiredText('reason', payload.reason),
        ...closedMonthProblems('receivedOn', facts.receivedOn, facts.closed),
      ],
      patch: ({ payload, today }) => ({ voidReason: payload.reason.trim(), voidedOn: today }),
    },
    // 退票 / 冲销: the money did not stay; its milestones are open again.
    reverse: {
      from: ['confirmed'],
      to: 'voided',
      who: finance,
      check: ({ facts, payload }) => [
        ...requiredText('reason', payload.reason),
        ...closedMonthProblems('receivedOn', facts.receivedOn, facts.closed),
      ],
      patch: ({ payload, today }) => ({ voidReason: payload.reason.trim(), voidedOn: today }),
    },
    tellCustomer: {
      from: ['confirmed'],
      to: 'confirmed',
      who: clerks,
      whenClosed: { code: 'receipts.notConfirmed', messageKey: 'collectionsErrors.receipts.notConfirmed' },
      check: ({ facts, payload, today }) => [
        ...pastDay('toldOn', payload.toldOn, today),
        ...(payload.toldOn && payload.toldOn < facts.confirmedOn
          ? [{ field: 'toldOn', messageKey: 'collectionsValidation.toldBeforeConfirmed' }]
          : []),
        ...((contactWays as readonly string[]).includes(payload.how)
          ? []
          : [{ field: 'how', messageKey: 'validation.required' }]),
      ],
      patch: ({ payload }) => ({ customerToldOn: payload.toldOn, customerToldHow: payload.how }),
    },
  },
})
