/**
 * What a contract has invoiced and has still open to invoice, and an
 * application's own totals. Every line's tax-included amount is split into
 * net and tax by the kernel (splitTax: the tax is the remainder, so net +
 * tax is the amount to the fen); an application's tax is the sum of its
 * lines', as the invoice prints them.
 *
 * 制度 (DOMAIN.md §3): invoicing above what the contract still has open
 * needs leadership's approval — it is not refused, it is asked for.
 */
import type { RequiredApproval } from '../../approvals/approvalRules'
import { lineAmountFen } from '../../kernel/shareOfFen'
import { splitTax } from '../../kernel/tax'
import type { FieldProblem } from '../kit/problems'
import type { InvoiceLineRecord, InvoiceRecord, InvoiceStep } from './records'

type AmountLine = Pick<InvoiceLineRecord, 'amountFen' | 'taxRateBp'>

/** An application's amount, net and tax, line by line. */
export function invoiceTotals(lines: readonly AmountLine[]): {
  netFen: number
  taxFen: number
  totalFen: number
} {
  let netFen = 0
  let taxFen = 0
  for (const l of lines) {
    const split = splitTax(Math.max(0, l.amountFen), l.taxRateBp)
    netFen += split.netFen
    taxFen += split.taxFen
  }
  return { netFen, taxFen, totalFen: netFen + taxFen }
}

/** Applications that count against the contract: every one not voided (a returned one still asks). */
export const countingSteps: readonly InvoiceStep[] = [
  'draft',
  'review',
  'returned',
  'approval',
  'toIssue',
  'issued',
  'delivered',
  'confirmed',
]

/** Issued and after: what the 发票登记簿 lists and the contract counts as invoiced. */
export const issuedSteps: readonly InvoiceStep[] = ['issued', 'delivered', 'confirmed']

type Counted = Pick<InvoiceRecord, 'id' | 'step' | 'totalFen'>

/** What the contract still has open to invoice, `except` one application (the one being judged). */
export function openToInvoice(contractTotalFen: number, invoices: readonly Counted[], except = ''): number {
  const applied = invoices
    .filter((i) => i.id !== except && countingSteps.includes(i.step))
    .reduce((sum, i) => sum + i.totalFen, 0)
  return contractTotalFen - applied
}

/** What the contract has had invoiced (issued, delivered or confirmed). */
export function invoicedFen(invoices: readonly Counted[]): number {
  return invoices.filter((i) => issuedSteps.includes(i.step)).reduce((sum, i) => sum + i.totalFen, 0)
}

/** A contract line as an application reads it. */
export interface ContractLineForInvoice {
  id: string
  name: string
  spec: string
  unit: string
  qty: number
  unitFen: number
  discountBp: number
  taxRateBp: number
}

/**
 * Per contract line, what no other application holds: its amount less the
 * lines of every other counting application.
 */
export function openByLine(
  contractLines: readonly ContractLineForInvoice[],
  invoices: readonly Pick<InvoiceRecord, 'id' | 'step'>[],
  invoiceLines: readonly Pick<InvoiceLineRecord, 'parentId' | 'sourceLineId' | 'amountFen'>[],
  except = '',
): Map<string, number> {
  const counting = new Set(
    invoices.filter((i) => i.id !== except && countingSteps.includes(i.step)).map((i) => i.id),
  )
  const held = new Map<string, number>()
  for (const l of invoiceLines)
    if (counting.has(l.parentId)) held.set(l.sourceLineId, (held.get(l.sourceLineId) ?? 0) + l.amountFen)
  return new Map(contractLines.map((l) => [l.id, lineAmountFen(l) - (held.get(l.id) ?? 0)]))
}

/** An application's lines as the clerk enters them. */
export type InvoiceLineInput = Pick<
  InvoiceLineRecord,
  'sourceLineId' | 'name' | 'spec' | 'unit' | 'qty' | 'amountFen' | 'taxRateBp'
>

/** At least one line, each with an amount, each on a line of the contract. */
export function invoiceLineProblems(
  lines: readonly InvoiceLineInput[],
  contractLineIds: ReadonlySet<string>,
): FieldProblem[] {
  if (lines.length === 0) return [{ field: 'lines', messageKey: 'invoicingValidation.noLines' }]
  return lines.flatMap((l, i) => [
    ...(contractLineIds.has(l.sourceLineId)
      ? []
      : [{ field: `lines.${i}.name`, messageKey: 'invoicingValidation.notOnContract' }]),
    ...(Number.isSafeInteger(l.amountFen) && l.amountFen > 0
      ? []
      : [{ field: `lines.${i}.amountFen`, messageKey: 'invoicingValidation.amountPositive' }]),
  ])
}

/**
 * Leadership's approval when an application asks for more than the contract
 * has open (the approvals engine's round, shared/approvals); none otherwise.
 */
export function invoiceApprovals(totalFen: number, openFen: number): RequiredApproval[] {
  if (totalFen <= openFen) return []
  return [
    {
      rule: 'invoiceOverOpen',
      role: 'leadership',
      step: 2,
      params: { amountFen: totalFen, openFen: Math.max(0, openFen) },
    },
  ]
}
