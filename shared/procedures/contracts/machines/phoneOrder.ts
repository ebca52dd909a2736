/**
 * 电话/传真订货 (DOMAIN.md §1.5): an order taken by phone or fax without a
 * formal contract waits for leadership; only then may goods go out against
 * it, and a formal contract is made from it (补签合同).
 * 制度：对于因客户原因无法签订正式《销售合同》或客户电话/传真通知订货的必须向公司领导请示确认后方可执行
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { requiredText } from '../../kit/problems'
import { type PhoneOrderRecord, type PhoneOrderStep, phoneOrderSteps } from '../records'

export interface PhoneOrderFacts {
  step: PhoneOrderStep
  /** Decisions already taken in the current round: once someone decided, the order is no longer corrected. */
  decisionsInRound: number
}

export type PhoneOrderAction = 'approvalsDone' | 'approvalRejected' | 'convert' | 'void'

interface PhoneOrderPayloads {
  approvalsDone: object
  approvalRejected: object
  /** The formal contract made from it. */
  convert: { contractId: string }
  void: { reason: string }
}

const drafters: readonly Role[] = ['clerk', 'commerceManager', 'sales']

/** Goods may go out against a phone order only once leadership has approved it. */
export function mayShipAgainst(order: Pick<PhoneOrderRecord, 'step'>): boolean {
  return order.step === 'approved' || order.step === 'converted'
}

export const phoneOrderMachine = defineMachine<
  PhoneOrderStep,
  PhoneOrderAction,
  PhoneOrderFacts,
  PhoneOrderPayloads,
  PhoneOrderRecord
>({
  kind: 'phoneOrder',
  stateField: 'step',
  states: phoneOrderSteps,
  initial: 'waiting',
  ended: ['converted', 'voided'],
  editableIn: ['waiting'],
  notEditable: { code: 'phoneOrders.decided', messageKey: 'errors.phoneOrders.decided' },
  stateOf: (facts) => facts.step,
  actions: {
    approvalsDone: { from: ['waiting'], to: 'approved', who: 'engine' },
    approvalRejected: { from: ['waiting'], to: 'rejected', who: 'engine' },
    convert: {
      from: ['approved'],
      to: 'converted',
      who: drafters,
      whenClosed: { code: 'phoneOrders.notApproved', messageKey: 'errors.phoneOrders.notApproved' },
      patch: ({ payload }) => ({ contractId: payload.contractId }),
    },
    void: {
      from: ['waiting', 'approved', 'rejected'],
      to: 'voided',
      who: drafters,
      check: ({ payload }) => requiredText('reason', payload.reason),
      patch: ({ payload }) => ({ voidReason: payload.reason.trim() }),
    },
  },
})

/** A waiting order is corrected only while nobody has decided on it yet. */
export function phoneOrderEditable(facts: PhoneOrderFacts): boolean {
  return phoneOrderMachine.isEditable(facts.step) && facts.decisionsInRound === 0
}
