/**
 * 催款 on the 工作台 (制度：商务部按照合同流程催款; 对回款的完成情况负责): each
 * milestone due within 7 days or overdue and not yet paid by confirmed
 * money, on a contract that owes it (in force, or settled with money still
 * open). Read by the contract index `[step+paymentsDueFrom]` — the earliest
 * due date of a milestone still open, kept by contractPayments.ts — so only
 * contracts with something due are read, never every milestone. The owner
 * is the contract's 业务员 (its sales rep), with the clerk who helps chase;
 * a contract without a sales rep is the clerk's and the sales reps'.
 */
import type { Role } from '../../auth/roles'
import { addDays } from '../../kernel/days'
import { formatFen } from '../../kernel/money'
import type { ContractRecord } from '../contracts/records'
import { type DeadlineRule, type RowQuery, SHOWN_ITEMS, firstOfRanges } from '../kit/deadlines'

/** How far ahead a payment shows before it is due. */
export const PAYMENT_NOTICE_DAYS = 7

/** The steps of a contract that owes money (contractOwesPayments). */
const owingSteps = ['signed', 'filed', 'performing', 'settled'] as const

const ranges = (today: string): Record<string, RowQuery> =>
  Object.fromEntries(
    owingSteps.map((step) => [
      step,
      {
        table: 'contracts',
        index: '[step+paymentsDueFrom]',
        // '' (nothing owed, or no date yet) sorts before '0000-00-00' and is left out.
        between: [
          [step, '0000-00-00'],
          [step, addDays(today, PAYMENT_NOTICE_DAYS)],
        ],
        includeUpper: true,
        limit: SHOWN_ITEMS + 1,
        count: true,
      } satisfies RowQuery,
    ]),
  )

export const paymentsDeadline: DeadlineRule = {
  id: 'collections.payments',
  list: { table: 'contracts' },
  read: ({ today }) => ranges(today),
  due: (q, { today }) => {
    const { first, total } = firstOfRanges<ContractRecord>(q, owingSteps, (c) => c.paymentsDueFrom ?? '')
    const until = addDays(today, PAYMENT_NOTICE_DAYS)
    const facts = first.flatMap((c) =>
      (c.paymentsDue ?? [])
        .filter((m) => m.dueOn !== '' && m.dueOn <= until && m.openFen > 0)
        .map((m) => ({
          id: `payment.${m.milestoneId}`,
          due: m.dueOn,
          owners: (c.salesRepId ? ['clerk'] : ['sales', 'clerk']) as Role[],
          ...(c.salesRepId ? { users: [c.salesRepId] } : {}),
          titleKey: m.dueOn < today ? 'collectionsDue.paymentOverdue' : 'collectionsDue.paymentSoon',
          params: { number: c.number, kind: m.kind, amount: formatFen(m.openFen), date: m.dueOn },
          words: { kind: 'contracts.milestone.kinds' },
          names: { customer: { table: 'customers', id: c.customerId } },
          at: { table: 'contracts', id: c.id, query: 'tab=receipts' },
        })),
    )
    // Counted by contract: a contract with two milestones due is one more to read, not two.
    return { facts, total: Math.max(facts.length, total) }
  },
}
