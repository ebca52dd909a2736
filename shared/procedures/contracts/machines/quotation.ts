/**
 * 报价单 (DOMAIN.md §1.1): drafted, issued to the customer, then either made
 * into a contract or voided. Only a draft is edited: what the customer was
 * sent stays as sent.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type QuotationRecord, type QuotationStatus, quotationStatuses } from '../records'

export interface QuotationFacts {
  status: QuotationStatus
  lineCount: number
}

export type QuotationAction = 'issue' | 'accept' | 'void'

interface QuotationPayloads {
  issue: object
  /** The contract made from it (转为合同). */
  accept: { contractId: string }
  void: object
}

/** 报价单 are the commerce department's prices; sales quote too. */
const quoters: readonly Role[] = ['clerk', 'commerceManager', 'sales']

const issued = { code: 'quotations.issued', messageKey: 'errors.quotations.issued' }

export const quotationMachine = defineMachine<
  QuotationStatus,
  QuotationAction,
  QuotationFacts,
  QuotationPayloads,
  QuotationRecord
>({
  kind: 'quotation',
  stateField: 'status',
  states: quotationStatuses,
  initial: 'draft',
  ended: ['accepted', 'voided'],
  editableIn: ['draft'],
  notEditable: issued,
  stateOf: (facts) => facts.status,
  actions: {
    issue: {
      from: ['draft'],
      to: 'issued',
      who: quoters,
      whenClosed: issued,
      check: ({ facts }) =>
        facts.lineCount > 0 ? [] : [{ field: 'lines', messageKey: 'validation.contract.noLines' }],
    },
    accept: {
      from: ['issued'],
      to: 'accepted',
      who: quoters,
      whenClosed: { code: 'quotations.notIssued', messageKey: 'errors.quotations.notIssued' },
      patch: ({ payload }) => ({ contractId: payload.contractId }),
    },
    void: { from: ['draft', 'issued'], to: 'voided', who: quoters, whenClosed: issued },
  },
})
