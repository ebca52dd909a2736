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
import type { ContractRecord, TradeLineRecord } from '../contracts/records'
import { inForceSteps } from '../contracts/machines/contract'
import { type DeadlineRule, type DueFact, idsOf, rowsOf } from '../kit/deadlines'
import { shippableContractSteps } from './machines/sources'
import { shippingPermissions } from './permissions'
import { deliveryState } from './quantities'
import type {
  PurchaseOrderRecord,
  ShipmentLineRecord,
  ShipmentRecord,
  StockCountRecord,
  StockMovementRecord,
} from './records'
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

export const purchaseOrderDeadline: DeadlineRule = {
  id: 'shipping.purchaseOrder',
  list: { table: 'purchaseOrders' },
  read: () => ({ filed: { table: 'contracts', index: 'step', anyOf: shippableContractSteps } }),
  follow: (q) => {
    const ids = idsOf(rowsOf<ContractRecord>(q, 'filed'), (c) => c.id)
    return {
      orders: { table: 'purchaseOrders', index: 'contractId', anyOf: ids },
      shipments: { table: 'shipments', index: 'contractId', anyOf: ids },
    }
  },
  due: (q) => {
    const started = new Set([
      ...rowsOf<PurchaseOrderRecord>(q, 'orders')
        .filter((o) => o.step !== 'draft' && o.step !== 'voided')
        .map((o) => o.contractId),
      ...rowsOf<ShipmentRecord>(q, 'shipments')
        .filter((s) => s.step !== 'voided')
        .map((s) => s.contractId),
    ])
    return rowsOf<ContractRecord>(q, 'filed')
      .filter((c) => c.filedOn !== '' && c.deliveredOn === '' && !started.has(c.id))
      .map((c) => {
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
      })
  },
}

export const financeReviewDeadline: DeadlineRule = {
  id: 'shipping.financeReview',
  list: { table: 'purchaseOrders', query: 'step=review' },
  read: () => ({ waiting: { table: 'purchaseOrders', index: 'step', equals: 'review' } }),
  due: (q, { today }) =>
    rowsOf<PurchaseOrderRecord>(q, 'waiting').map((o) => ({
      id: `shipping.review.${o.id}`,
      // No rule sets a deadline for the review: what waits for finance is due today.
      due: today,
      owners: shippingPermissions['shipping.review'],
      titleKey: 'shippingDue.financeReview',
      params: { number: o.number, since: o.submittedOn },
      names: customer(o.customerId),
      at: { table: 'purchaseOrders', id: o.id },
    })),
}

export const promisedDateDeadline: DeadlineRule = {
  id: 'shipping.promised',
  list: { table: 'purchaseOrders', query: 'step=ordered' },
  read: () => ({ ordered: { table: 'purchaseOrders', index: 'step', equals: 'ordered' } }),
  due: (q, { today }) =>
    rowsOf<PurchaseOrderRecord>(q, 'ordered')
      .filter((o) => o.promisedOn !== '' && o.promisedOn < today)
      .map((o) => ({
        id: `shipping.promised.${o.id}`,
        due: o.promisedOn,
        owners: clerk,
        titleKey: 'shippingDue.promisedOverdue',
        params: { number: o.number, date: o.promisedOn },
        names: customer(o.customerId),
        at: { table: 'purchaseOrders', id: o.id },
      })),
}

export const receiptFilingDeadline: DeadlineRule = {
  id: 'shipping.receiptFiling',
  list: { table: 'shipments', query: 'step=signed' },
  read: () => ({ signed: { table: 'shipments', index: 'step', equals: 'signed' } }),
  due: (q) =>
    rowsOf<ShipmentRecord>(q, 'signed').map((s) => ({
      id: `shipping.receipt.${s.id}`,
      // Filed by the next working day after the customer signed.
      due: s.receivedOn ? addWorkdays(s.receivedOn, 1) : s.updatedAt.slice(0, 10),
      owners: shippingPermissions['shipping.file'],
      titleKey: 'shippingDue.receiptNotFiled',
      params: { number: s.number, date: s.receivedOn },
      names: customer(s.customerId),
      at: { table: 'shipments', id: s.id },
    })),
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
    return {
      counts: { table: 'stockCounts', index: 'id', anyOf: [last, month] },
      moved: {
        table: 'stockMovements',
        index: 'date',
        between: [`${last}-01`, monthEnd(month)],
        includeUpper: true,
      },
    }
  },
  due: (q, { today }) => {
    const month = monthOf(today)
    const counts = new Map(rowsOf<StockCountRecord>(q, 'counts').map((c) => [c.id, c]))
    const movedIn = new Set(rowsOf<StockMovementRecord>(q, 'moved').map((m) => monthOf(m.date)))
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

/**
 * Contracts in force past their delivery date and not delivered — delivered
 * being every line signed for by the customer (deliveryState). A contract
 * given a delivered-on date by hand before shipments were recorded, and
 * without any, stays delivered.
 */
export const deliveryDeadline: DeadlineRule = {
  id: 'shipping.delivery',
  list: { table: 'contracts' },
  read: () => ({ inForce: { table: 'contracts', index: 'step', anyOf: inForceSteps } }),
  follow: (q, { today }) => {
    const ids = idsOf(
      rowsOf<ContractRecord>(q, 'inForce').filter((c) => c.deliveryDueOn !== '' && c.deliveryDueOn < today),
      (c) => c.id,
    )
    return {
      lines: { table: 'tradeLines', index: 'parentId', anyOf: ids },
      shipments: { table: 'shipments', index: 'contractId', anyOf: ids },
      shipmentLines: { table: 'shipmentLines', index: 'contractId', anyOf: ids },
    }
  },
  due: (q, { today }) => {
    const group = <T extends object>(rows: readonly T[], key: (r: T) => string) => {
      const by = new Map<string, T[]>()
      for (const r of rows) by.set(key(r), [...(by.get(key(r)) ?? []), r])
      return by
    }
    const lines = group(
      rowsOf<TradeLineRecord>(q, 'lines').filter((l) => l.parentTable === 'contracts'),
      (l) => l.parentId,
    )
    const shipments = group(rowsOf<ShipmentRecord>(q, 'shipments'), (s) => s.contractId)
    const shipmentLines = group(rowsOf<ShipmentLineRecord>(q, 'shipmentLines'), (l) => l.contractId)
    return rowsOf<ContractRecord>(q, 'inForce')
      .filter((c) => c.deliveryDueOn !== '' && c.deliveryDueOn < today)
      .filter((c) => {
        const own = shipments.get(c.id) ?? []
        if (c.deliveredOn !== '' && own.length === 0) return false
        return deliveryState(lines.get(c.id) ?? [], own, shipmentLines.get(c.id) ?? []) !== 'delivered'
      })
      .map((c) => ({
        id: `delivery.${c.id}`,
        due: c.deliveryDueOn,
        owners: clerk,
        titleKey: 'shippingDue.deliveryOverdue',
        params: { number: c.number, date: c.deliveryDueOn },
        names: customer(c.customerId),
        at: { table: 'contracts', id: c.id, query: shippingTab },
      }))
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
