/**
 * The invoicing rules that become checks, each reading only the rows its
 * condition selects (by the `step` index):
 * - applications waiting for finance (财务部审核开票), on finance's 工作台;
 * - approved applications still to be issued (finance);
 * - invoices issued and not yet handed to the customer, and invoices handed
 *   over whose confirmation is not recorded (交客户发票并确认) — the clerk's.
 */
import type { Role } from '../../auth/roles'
import { addWorkdays } from '../../kernel/workdays'
import { type DeadlineRule, SHOWN_ITEMS, rowsOf, totalOf } from '../kit/deadlines'
import { invoicingPermissions } from './permissions'
import type { InvoiceRecord, InvoiceStep } from './records'

const customer = (id: string) => ({ customer: { table: 'customers', id } })

/** The first rows of one step, counted by the index. */
const atStep = (step: InvoiceStep) => () => ({
  rows: { table: 'invoices', index: 'step', equals: step, limit: SHOWN_ITEMS + 1, count: true as const },
})

function stepRule(
  step: InvoiceStep,
  titleKey: string,
  owners: readonly Role[],
  dueOf: (i: InvoiceRecord, today: string) => string,
  params: (i: InvoiceRecord) => Record<string, string>,
): DeadlineRule {
  return {
    id: `invoicing.${step}`,
    list: { table: 'invoices', query: `step=${step}` },
    read: atStep(step),
    due: (q, { today }) => ({
      total: totalOf(q, 'rows'),
      facts: rowsOf<InvoiceRecord>(q, 'rows').map((i) => ({
        id: `invoicing.${step}.${i.id}`,
        due: dueOf(i, today),
        owners,
        titleKey,
        params: { number: i.number, ...params(i) },
        names: customer(i.customerId),
        at: { table: 'invoices', id: i.id },
      })),
    }),
  }
}

/** No rule sets a deadline for finance's review: what waits for finance is due today. */
const today = (_i: InvoiceRecord, day: string) => day

export const invoicingDeadlines: readonly DeadlineRule[] = [
  stepRule('review', 'invoicingDue.review', invoicingPermissions['invoicing.issue'], today, (i) => ({
    since: i.submittedOn,
  })),
  stepRule('toIssue', 'invoicingDue.toIssue', invoicingPermissions['invoicing.issue'], today, (i) => ({
    since: i.reviewedOn,
  })),
  // Issued: handed to the customer by the next working day.
  stepRule(
    'issued',
    'invoicingDue.deliver',
    ['clerk'],
    (i) => addWorkdays(i.issuedOn, 1),
    (i) => ({ no: i.invoiceNo, date: i.issuedOn }),
  ),
  // Delivered: the customer's confirmation recorded within five working days.
  stepRule(
    'delivered',
    'invoicingDue.confirm',
    ['clerk'],
    (i) => addWorkdays(i.deliveredOn, 5),
    (i) => ({ no: i.invoiceNo, date: i.deliveredOn }),
  ),
]
