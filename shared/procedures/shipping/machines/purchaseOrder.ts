/**
 * 设备采购单 (DOMAIN.md §2 steps 1–3) as a machine: the clerk fills it from
 * the filed contract, finance reviews it (approves, or returns it with a
 * comment; nobody else may), the clerk orders from the manufacturer with
 * the order reference and the promised date, and it is done once its goods
 * are shipped.
 * 制度：根据合同填写《设备采购单》，经财务部审核后向厂家订货.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, requiredText } from '../../kit/problems'
import { shippingPermissions } from '../permissions'
import { type QtyLine, type SourceLine, quantityProblems } from '../quantities'
import { type PurchaseOrderRecord, type PurchaseOrderStep, purchaseOrderSteps } from '../records'
import { type SupplySource, sourceProblems } from './sources'

/** A purchase order as its machine sees it: the record, its lines, its source and what is left to order. */
export interface PurchaseOrderFacts extends Pick<
  PurchaseOrderRecord,
  'step' | 'manufacturerId' | 'deliveryPlace' | 'recipient' | 'recipientPhone' | 'requestedOn'
> {
  source: SupplySource | null
  lines: readonly QtyLine[]
  /** The contract's (or phone order's) lines. */
  sourceLines: readonly SourceLine[]
  /** Per source line, what no other live purchase order holds (orderableQuantities, `except` this one). */
  orderable: ReadonlyMap<string, number>
  /** What it ordered that no shipment carries yet (unshippedOnOrder). */
  unshipped: number
}

export type PurchaseOrderAction = 'submit' | 'approve' | 'return' | 'order' | 'markShipped' | 'close' | 'void'

export interface PurchaseOrderPayloads {
  submit: object
  approve: { comment?: string }
  return: { comment: string }
  order: { orderRef: string; promisedOn: string }
  markShipped: object
  close: { reason?: string }
  void: { reason: string }
}

const clerks: readonly Role[] = shippingPermissions['shipping.edit']
const finance: readonly Role[] = shippingPermissions['shipping.review']
const DAY = /^\d{4}-\d{2}-\d{2}$/

const day = (field: string, value: string): FieldProblem[] =>
  DAY.test(value) ? [] : [{ field, messageKey: 'validation.required' }]

/** What the order must say before finance sees it. */
function submitProblems(f: PurchaseOrderFacts): FieldProblem[] {
  return [
    ...sourceProblems(f.source),
    ...requiredText('manufacturerId', f.manufacturerId),
    ...requiredText('deliveryPlace', f.deliveryPlace),
    ...requiredText('recipient', f.recipient),
    ...requiredText('recipientPhone', f.recipientPhone),
    ...day('requestedOn', f.requestedOn),
    ...quantityProblems(f.lines, f.orderable, f.sourceLines, 'shippingValidation.overOrderable'),
  ]
}

export const purchaseOrderMachine = defineMachine<
  PurchaseOrderStep,
  PurchaseOrderAction,
  PurchaseOrderFacts,
  PurchaseOrderPayloads,
  PurchaseOrderRecord
>({
  kind: 'purchaseOrder',
  stateField: 'step',
  states: purchaseOrderSteps,
  initial: 'draft',
  ended: ['closed', 'voided'],
  // Finance reviews what was submitted: after that only a return reopens it.
  editableIn: ['draft', 'returned'],
  notEditable: { code: 'purchaseOrders.submitted', messageKey: 'shippingErrors.purchaseOrders.submitted' },
  stateOf: (facts) => facts.step,
  actions: {
    submit: {
      from: ['draft', 'returned'],
      to: 'review',
      who: clerks,
      check: ({ facts }) => submitProblems(facts),
      patch: ({ today }) => ({ submittedOn: today }),
    },
    approve: {
      from: ['review'],
      to: 'approved',
      who: finance,
      // The contract may have been changed or voided while the order waited.
      check: ({ facts }) => submitProblems(facts),
      patch: ({ payload, ctx, today }) => ({
        reviewComment: (payload.comment ?? '').trim(),
        reviewedOn: today,
        reviewedBy: ctx.actor.name,
      }),
    },
    return: {
      from: ['review'],
      to: 'returned',
      who: finance,
      check: ({ payload }) => requiredText('comment', payload.comment),
      patch: ({ payload, ctx, today }) => ({
        reviewComment: payload.comment.trim(),
        reviewedOn: today,
        reviewedBy: ctx.actor.name,
      }),
    },
    order: {
      from: ['approved'],
      to: 'ordered',
      who: clerks,
      whenClosed: {
        code: 'purchaseOrders.notApproved',
        messageKey: 'shippingErrors.purchaseOrders.notApproved',
      },
      check: ({ payload, today }) => [
        ...requiredText('orderRef', payload.orderRef),
        ...day('promisedOn', payload.promisedOn),
        ...(DAY.test(payload.promisedOn) && payload.promisedOn < today
          ? [{ field: 'promisedOn', messageKey: 'shippingValidation.promisedPast' }]
          : []),
      ],
      patch: ({ payload, today }) => ({
        orderRef: payload.orderRef.trim(),
        promisedOn: payload.promisedOn,
        orderedOn: today,
      }),
    },
    markShipped: {
      from: ['ordered'],
      to: 'shipped',
      who: clerks,
      check: ({ facts }) =>
        facts.unshipped > 0
          ? [
              {
                field: 'lines',
                messageKey: 'shippingValidation.unshipped',
                params: { left: facts.unshipped },
              },
            ]
          : [],
    },
    close: {
      from: ['ordered', 'shipped'],
      to: 'closed',
      who: clerks,
      // Closing with goods never shipped needs the reason (厂家停产, 客户取消…).
      check: ({ facts, payload }) => (facts.unshipped > 0 ? requiredText('reason', payload.reason) : []),
      patch: ({ payload, today }) => ({ reason: (payload.reason ?? '').trim(), closedOn: today }),
    },
    void: {
      from: ['draft', 'returned', 'review', 'approved'],
      to: 'voided',
      who: clerks,
      check: ({ payload }) => requiredText('reason', payload.reason),
      patch: ({ payload, today }) => ({ reason: payload.reason.trim(), closedOn: today }),
    },
  },
})
