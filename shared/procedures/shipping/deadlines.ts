/**
 * The shipping and stock rules that become checks (DOMAIN.md "Rules that
 * become checks"), each reading only the rows its condition selects:
 * - 正式《销售合同》形成后，若无正当理由销售内勤应在一个工作日内协调厂家发货 —
 *   a filed contract without a submitted purchase order (or a shipment) is
 *   due one Chinese working day after filing: the first rule counted in
 *   working days (shared/kernel/workdays.ts; filed 2026-09-30 → due 2026-10-08);
 * - purchase orders waiting for finance (财务部审核), on finance's 工作台 only;
 * - ordered goods past the manufacturer's promised date;
 * - signed receipts not yet filed (收货凭证要妥善保存，不得遗失);
 * - the month's stock count not yet signed off by finance (每月末与财务进行核对);
 * - contracts past their delivery date and not delivered, delivery being
 *   derived from the shipments (moved here from the contract procedure,
 *   which only knew a typed delivered-on date).
 */
import type { Role } from '../../auth/roles'
import { addWorkdays } from '../../kernel/workdays'
import type { ContractRecord } from '../contracts/records'
import { inForceSteps } from '../contracts/machines/contract'
import {
  type DeadlineRule,
  type DueFact,
  type RowQuery,
  SHOWN_ITEMS,
  firstOfRanges,
  rowsOf,
  totalOf,
} from '../kit/deadlines'
import { shippableContractSteps } from './machines/sources'
import { shippingPermissions } from './permissions'
import type { PurchaseOrderRecord, ShipmentRecord, StockCountRecord, StockMovementRecord } from './records'
import type { ShippingState } from './shippingState'
import { monthEnd, monthOf, previousMonth } from './stock'

const customer = (id: string) => ({ customer: { table: 'customers', id } })
/** A contract's 发货 tab, which the shipping screens add to its page (where the clerk acts). */
const shippingTab = 'tab=shipping'
/** 销售内勤 coordinates with the manufacturer and follows the delivery. */
const clerk: readonly Role[] = ['clerk']

/** The working day by which a filed contract's purchase order is made and the manufacturer contacted. */
export function purchaseOrderDueOn(filedOn: string): string {
  return addWorkdays(filedOn, 1)
}

/**
 * One limited range per step of a contract index `[step+shippingState+date]`
 * (the state kept by shippingState.ts): the first candidates by date and,
 * counted by the index, how many there are.
 */
function contractRanges(
  index: string,
  steps: readonly string[],
  states: readonly ShippingState[],
  from: string,
  to: string,
  includeUpper: boolean,
): Record<string, RowQuery> {
  return Object.fromEntries(
    steps.flatMap((step) =>
      states.map((state) => [
        `${step}.${state}`,
        {
          table: 'contracts',
          index,
          between: [
            [step, state, from],
            [step, state, to],
          ],
          includeUpper,
          limit: SHOWN_ITEMS + 1,
          count: true,
        } satisfies RowQuery,
      ]),
    ),
  )
}

const filedWaiting = () =>
  contractRanges(
    '[step+shippingState+filedOn]',
    shippableContractSteps,
    ['waiting'],
    '0000-00-00',
    '9999-12-31',
    true,
  )

export const purchaseOrderDeadline: DeadlineRule = {
  id: 'shipping.purchaseOrder',
  list: { table: 'purchaseOrders' },
  // Filed, nothing ordered from a manufacturer and nothing shipped: the state says so.
  read: filedWaiting,
  due: (q) => {
    const { first, total } = firstOfRanges<ContractRecord>(q, Object.keys(filedWaiting()), (c) => c.filedOn)
    return {
      total,
      facts: first.map((c) => {
        const due = purchaseOrderDueOn(c.filedOn)
        return {
          id: `shipping.purchaseOrder.${c.id}`,
          due,
          owners: clerk,
          titleKey: 'shippingDue.purchaseOrder',
          params: { number: c.number, filedOn: c.filedOn, due },
          names: customer(c.customerId),
          at: { table: 'contracts', id: c.id, query: shippingTab },
        }
      }),
    }
  },
}

export const financeReviewDeadline: DeadlineRule = {
  id: 'shipping.financeReview',
  list: { table: 'purchaseOrders', query: 'step=review' },
  read: () => ({
    waiting: {
      table: 'purchaseOrders',
      index: 'step',
      equals: 'review',
      limit: SHOWN_ITEMS + 1,
      count: true,
    },
  }),
  due: (q, { today }) => ({
    total: totalOf(q, 'waiting'),
    facts: rowsOf<PurchaseOrderRecord>(q, 'waiting').map((o) => ({
      id: `shipping.review.${o.id}`,
      // No rule sets a deadline for the review: what waits for finance is due today.
      due: today,
      owners: shippingPermissions['shipping.review'],
      titleKey: 'shippingDue.financeReview',
      params: { number: o.number, since: o.submittedOn },
      names: customer(o.customerId),
      at: { table: 'purchaseOrders', id: o.id },
    })),
  }),
}

export const promisedDateDeadline: DeadlineRule = {
  id: 'shipping.promised',
  list: { table: 'purchaseOrders', query: 'step=ordered' },
  // Ordered, by the promised date, up to yesterday ('' — none promised — sorts before and is left out).
  read: ({ today }) => ({
    ordered: {
      table: 'purchaseOrders',
      index: '[step+promisedOn]',
      between: [
        ['ordered', '0000-00-00'],
        ['ordered', today],
      ],
      limit: SHOWN_ITEMS + 1,
      count: true,
    },
  }),
  due: (q) => ({
    total: totalOf(q, 'ordered'),
    facts: rowsOf<PurchaseOrderRecord>(q, 'ordered').map((o) => ({
      id: `shipping.promised.${o.id}`,
      due: o.promisedOn,
      owners: clerk,
      titleKey: 'shippingDue.promisedOverdue',
      params: { number: o.number, date: o.promisedOn },
      names: customer(o.customerId),
      at: { table: 'purchaseOrders', id: o.id },
    })),
  }),
}

export const receiptFilingDeadline: DeadlineRule = {
  id: 'shipping.receiptFiling',
  list: { table: 'shipments', query: 'step=signed' },
  // Signed, by the day the customer signed.
  read: () => ({
    signed: {
      table: 'shipments',
      index: '[step+receivedOn]',
      between: [
        ['signed', ''],
        ['signed', '9999-12-31'],
      ],
      includeUpper: true,
      limit: SHOWN_ITEMS + 1,
      count: true,
    },
  }),
  due: (q) => ({
    total: totalOf(q, 'signed'),
    facts: rowsOf<ShipmentRecord>(q, 'signed').map((s) => ({
      id: `shipping.receipt.${s.id}`,
      // Filed by the next working day after the customer signed.
      due: s.receivedOn ? addWorkdays(s.receivedOn, 1) : s.updatedAt.slice(0, 10),
      owners: shippingPermissions['shipping.file'],
      titleKey: 'shippingDue.receiptNotFiled',
      params: { number: s.number, date: s.receivedOn },
      names: customer(s.customerId),
      at: { table: 'shipments', id: s.id },
    })),
  }),
}

/** The count of a month is due from its last week on. */
function countWindowOpens(month: string): string {
  const end = monthEnd(month)
  return `${month}-${String(Number(end.slice(8)) - 6).padStart(2, '0')}`
}

/**
 * This month's count (from its last week) and last month's (overdue) while
 * not signed off, for a store in use: a month with movements, or with a
 * count begun. Counting is the keepers'; a submitted count waits for finance.
 */
export const stockCountDeadline: DeadlineRule = {
  id: 'shipping.stockCount',
  list: { table: 'stockCounts' },
  read: ({ today }) => {
    const month = monthOf(today)
    const last = previousMonth(month)
    // Whether each month moved anything: its first movement, not all of them.
    const movedIn = (m: string): RowQuery => ({
      table: 'stockMovements',
      index: 'date',
      between: [`${m}-01`, monthEnd(m)],
      includeUpper: true,
      limit: 1,
    })
    return {
      counts: { table: 'stockCounts', index: 'id', anyOf: [last, month] },
      movedLast: movedIn(last),
      moved: movedIn(month),
    }
  },
  due: (q, { today }) => {
    const month = monthOf(today)
    const counts = new Map(rowsOf<StockCountRecord>(q, 'counts').map((c) => [c.id, c]))
    const movedIn = new Set(
      [...rowsOf<StockMovementRecord>(q, 'movedLast'), ...rowsOf<StockMovementRecord>(q, 'moved')].map((m) =>
        monthOf(m.date),
      ),
    )
    const facts: DueFact[] = []
    for (const m of [previousMonth(month), month]) {
      const count = counts.get(m)
      if (count?.step === 'signedOff') continue
      if (!count && !movedIn.has(m)) continue
      if (m === month && today < countWindowOpens(m)) continue
      const step = count?.step ?? 'counting'
      facts.push({
        id: `shipping.stockCount.${m}`,
        due: monthEnd(m),
        owners:
          step === 'toSignOff' ? shippingPermissions['stock.signOff'] : shippingPermissions['stock.edit'],
        titleKey: 'shippingDue.stockCount',
        params: { month: m, step },
        words: { step: 'shipping.counts.steps' },
        at: { table: 'stockCounts', id: m },
      })
    }
    return facts
  },
}

const overdueUndelivered = (today: string) =>
  contractRanges(
    '[step+shippingState+deliveryDueOn]',
    inForceSteps,
    ['waiting', 'open'],
    '0000-00-00',
    today,
    false,
  )

/**
 * Contracts in force past their delivery date and not delivered — delivered
 * being every line signed for by the customer, or a delivered-on date given
 * by hand before shipments were recorded, with none (shippingState.ts).
 */
export const deliveryDeadline: DeadlineRule = {
  id: 'shipping.delivery',
  list: { table: 'contracts' },
  read: ({ today }) => overdueUndelivered(today),
  due: (q, { today }) => {
    const ranges = Object.keys(overdueUndelivered(today))
    const { first, total } = firstOfRanges<ContractRecord>(q, ranges, (c) => c.deliveryDueOn)
    return {
      total,
      facts: first.map((c) => ({
        id: `delivery.${c.id}`,
        due: c.deliveryDueOn,
        owners: clerk,
        titleKey: 'shippingDue.deliveryOverdue',
        params: { number: c.number, date: c.deliveryDueOn },
        names: customer(c.customerId),
        at: { table: 'contracts', id: c.id, query: shippingTab },
      })),
    }
  },
}

export const shippingDeadlines: readonly DeadlineRule[] = [
  purchaseOrderDeadline,
  financeReviewDeadline,
  promisedDateDeadline,
  receiptFilingDeadline,
  stockCountDeadline,
  deliveryDeadline,
]
