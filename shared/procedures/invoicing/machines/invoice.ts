/**
 * 开票 (DOMAIN.md §3) as a machine: the clerk applies (开票申请单) from a
 * contract in force with the buyer's details a 专票 needs; finance reviews
 * it — returns it with a comment, or approves it, and when it asks for more
 * than the contract has open leadership decides first through the approvals
 * engine; finance records the invoice as issued (number, date, amount, tax);
 * the clerk records how it reached the customer and the customer's
 * confirmation. An issued invoice is not voided here: that takes a 红字发票.
 * 制度：开票申请单 → 财务审核 → 交用户并确认；对送给用户的发票……要登记鉴收.
 */
import type { RequiredApproval } from '../../../approvals/approvalRules'
import type { Role } from '../../../auth/roles'
import { formatFen } from '../../../kernel/money'
import type { ContractStep } from '../../contracts/records'
import { contractInForce } from '../../contracts/machines/contract'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, pastDay, requiredText } from '../../kit/problems'
import { type InvoiceLineInput, invoiceApprovals, invoiceLineProblems, invoiceTotals } from '../amounts'
import { buyerProblems } from '../buyer'
import { invoiceNumberProblems } from '../invoiceNumber'
import { invoicingPermissions } from '../permissions'
import {
  type DeliveryWay,
  type InvoiceBuyer,
  type InvoiceKind,
  type InvoiceRecord,
  type InvoiceStep,
  deliveryWays,
  invoiceSteps,
} from '../records'

/** An application as its machine sees it. */
export interface InvoiceFacts extends InvoiceBuyer {
  step: InvoiceStep
  kind: InvoiceKind
  contractStep: ContractStep | ''
  lines: readonly InvoiceLineInput[]
  /** The contract's live line ids. */
  contractLineIds: ReadonlySet<string>
  /** What the contract has open to invoice, this application left out (openToInvoice). */
  openFen: number
  approvalRound: number
  issuedOn: string
  deliveredOn: string
}

export type InvoiceAction =
  | 'submit'
  | 'approve'
  | 'return'
  | 'approvalsDone'
  | 'approvalRejected'
  | 'issue'
  | 'deliver'
  | 'confirm'
  | 'void'

export interface InvoicePayloads {
  submit: object
  approve: { comment?: string }
  return: { comment: string }
  approvalsDone: object
  approvalRejected: object
  issue: { invoiceCode: string; invoiceNo: string; issuedOn: string; issuedFen: number; issuedTaxFen: number }
  deliver: { deliveredOn: string; deliveryWay: DeliveryWay | ''; trackingNo?: string }
  confirm: { confirmedOn: string; confirmedBy: string }
  void: { reason: string }
}

const clerks: readonly Role[] = invoicingPermissions['invoicing.apply']
const finance: readonly Role[] = invoicingPermissions['invoicing.issue']
const deliverers: readonly Role[] = invoicingPermissions['invoicing.deliver']

/** What an application must say before finance sees it, and still says when finance approves it. */
export function applicationProblems(f: InvoiceFacts): FieldProblem[] {
  return [
    ...(f.contractStep && contractInForce(f.contractStep)
      ? []
      : [{ field: 'contractId', messageKey: 'invoicingValidation.contractNotInForce' }]),
    ...buyerProblems(f.kind, f),
    ...invoiceLineProblems(f.lines, f.contractLineIds),
  ]
}

/** A day not before another the record already has (delivered after issued, confirmed after delivered). */
function notBefore(field: string, value: string, earliest: string): FieldProblem[] {
  return earliest && value && value < earliest
    ? [{ field, messageKey: 'invoicingValidation.beforeEarlier', params: { date: earliest } }]
    : []
}

/**
 * The amount as issued is the application's, to the fen; the tax may differ
 * from the application's line-by-line split by the tax system's rounding,
 * at most one fen a line.
 */
function issuedAmountProblems(f: InvoiceFacts, p: InvoicePayloads['issue']): FieldProblem[] {
  const totals = invoiceTotals(f.lines)
  const out: FieldProblem[] = []
  if (p.issuedFen !== totals.totalFen)
    out.push({
      field: 'issuedFen',
      messageKey: 'invoicingValidation.issuedAmount',
      params: { amount: formatFen(totals.totalFen) },
    })
  if (!Number.isSafeInteger(p.issuedTaxFen) || Math.abs(p.issuedTaxFen - totals.taxFen) > f.lines.length)
    out.push({
      field: 'issuedTaxFen',
      messageKey: 'invoicingValidation.issuedTax',
      params: { tax: formatFen(totals.taxFen) },
    })
  return out
}

const reviewed = (comment: string, ctx: { actor: { name: string } }, today: string) => ({
  reviewComment: comment.trim(),
  reviewedOn: today,
  reviewedBy: ctx.actor.name,
})

export const invoiceMachine = defineMachine<
  InvoiceStep,
  InvoiceAction,
  InvoiceFacts,
  InvoicePayloads,
  InvoiceRecord
>({
  kind: 'invoice',
  stateField: 'step',
  states: invoiceSteps,
  initial: 'draft',
  ended: ['confirmed', 'voided'],
  editableIn: ['draft', 'returned'],
  notEditable: { code: 'invoices.submitted', messageKey: 'invoicingErrors.submitted' },
  stateOf: (facts) => facts.step,
  actions: {
    submit: {
      from: ['draft', 'returned'],
      to: 'review',
      who: clerks,
      check: ({ facts }) => applicationProblems(facts),
      patch: ({ today }) => ({ submittedOn: today }),
    },
    approve: {
      from: ['review'],
      // Above what the contract has open, leadership decides before it is issued.
      to: ({ patch }) =>
        (patch.requiredApprovals as RequiredApproval[]).length > 0 ? 'approval' : 'toIssue',
      who: finance,
      // The contract may have been changed or ended while the application waited.
      check: ({ facts }) => applicationProblems(facts),
      patch: ({ facts, payload, ctx, today }) => {
        const required = invoiceApprovals(invoiceTotals(facts.lines).totalFen, facts.openFen)
        return {
          ...reviewed(payload.comment ?? '', ctx, today),
          openFen: facts.openFen,
          requiredApprovals: required,
          approvalRound: required.length > 0 ? facts.approvalRound + 1 : facts.approvalRound,
        }
      },
    },
    return: {
      from: ['review'],
      to: 'returned',
      who: finance,
      check: ({ payload }) => requiredText('comment', payload.comment),
      patch: ({ payload, ctx, today }) => reviewed(payload.comment, ctx, today),
    },
    approvalsDone: { from: ['approval'], to: 'toIssue', who: 'engine' },
    // Leadership said no: back to the clerk, who lowers the amount or voids it.
    approvalRejected: { from: ['approval'], to: 'returned', who: 'engine' },
    issue: {
      from: ['toIssue'],
      to: 'issued',
      who: finance,
      whenClosed: { code: 'invoices.notApproved', messageKey: 'invoicingErrors.notApproved' },
      check: ({ facts, payload, today }) => [
        ...invoiceNumberProblems(facts.kind, payload.invoiceCode, payload.invoiceNo),
        ...pastDay('issuedOn', payload.issuedOn, today),
        ...issuedAmountProblems(facts, payload),
      ],
      patch: ({ payload, ctx }) => ({
        invoiceCode: payload.invoiceCode.trim(),
        invoiceNo: payload.invoiceNo.trim(),
        issuedOn: payload.issuedOn,
        issuedBy: ctx.actor.name,
        issuedFen: payload.issuedFen,
        issuedTaxFen: payload.issuedTaxFen,
      }),
    },
    deliver: {
      from: ['issued'],
      to: 'delivered',
      who: deliverers,
      check: ({ facts, payload, today }) => [
        ...pastDay('deliveredOn', payload.deliveredOn, today),
        ...notBefore('deliveredOn', payload.deliveredOn, facts.issuedOn),
        ...((deliveryWays as readonly string[]).includes(payload.deliveryWay)
          ? []
          : [{ field: 'deliveryWay', messageKey: 'validation.required' }]),
        // Posted: the tracking number is how it is found again (登记鉴收).
        ...(payload.deliveryWay === 'post' ? requiredText('trackingNo', payload.trackingNo) : []),
      ],
      patch: ({ payload }) => ({
        deliveredOn: payload.deliveredOn,
        deliveryWay: payload.deliveryWay,
        trackingNo: (payload.trackingNo ?? '').trim(),
      }),
    },
    confirm: {
      from: ['delivered'],
      to: 'confirmed',
      who: deliverers,
      check: ({ facts, payload, today }) => [
        ...pastDay('confirmedOn', payload.confirmedOn, today),
        ...notBefore('confirmedOn', payload.confirmedOn, facts.deliveredOn),
        ...requiredText('confirmedBy', payload.confirmedBy),
      ],
      patch: ({ payload }) => ({ confirmedOn: payload.confirmedOn, confirmedBy: payload.confirmedBy.trim() }),
    },
    void: {
      from: ['draft', 'returned', 'review', 'approval', 'toIssue'],
      to: 'voided',
      who: clerks,
      check: ({ payload }) => requiredText('reason', payload.reason),
      patch: ({ payload, today }) => ({ reason: payload.reason.trim(), closedOn: today }),
    },
  },
})
