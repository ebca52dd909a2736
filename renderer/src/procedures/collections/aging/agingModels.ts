/**
 * The 账龄分析 as its screen, PDF and Excel show it: the report of the day
 * (agingReads.ts) with each customer and sales rep named, a rep not named
 * on the contract as 未指定; and the 往来账月末核对表 of a month.
 */
import type { AgingTotals } from '@shared/procedures/collections/aging'
import {
  type AgingDocumentInput,
  type AgingRow,
  type MonthCloseDocumentInput,
  byOpenAmount,
} from '@shared/procedures/collections/documents'
import type { MonthCloseRecord } from '@shared/procedures/collections/records'
import type { DeskDb } from '../../../data/db'
import { type AgingView, readAgingView } from '../../../data/repositories/collections/agingReads'
import { monthFigures } from '../../../data/repositories/collections/monthClosesRepo'
import { readCompany } from '../../../data/repositories/companyRepo'

/** The printed word for a contract without a sales rep. */
export const UNASSIGNED = '未指定'

export interface AgingRows {
  total: AgingTotals
  customers: AgingRow[]
  salesReps: AgingRow[]
}

/** The view's rows, largest open amount first; `unassigned` names the contracts without a rep. */
export function agingRows(view: AgingView, unassigned: string): AgingRows {
  const named = (map: Map<string, AgingTotals>, names: Map<string, string>, blank: string) =>
    byOpenAmount([...map].map(([key, totals]) => ({ name: names.get(key) || blank, totals })))
  return {
    total: view.report.total,
    customers: named(view.report.byCustomer, view.customerNames, ''),
    salesReps: named(view.report.bySalesRep, view.salesRepNames, unassigned),
  }
}

export async function agingInput(
  db: DeskDb,
  asOf: string,
  preparedBy: string,
  issuedAt: string,
): Promise<AgingDocumentInput> {
  const [view, company] = await Promise.all([readAgingView(db, asOf), readCompany(db)])
  return {
    asOf,
    ...agingRows(view, UNASSIGNED),
    company: company?.name ?? '',
    preparedBy,
    issuedAt,
  }
}

export async function monthCloseInput(
  db: DeskDb,
  close: MonthCloseRecord,
  issuedAt: string,
): Promise<MonthCloseDocumentInput> {
  const [figures, company] = await Promise.all([monthFigures(db, close.month), readCompany(db)])
  return {
    close,
    aging: figures.aging,
    payableOrders: figures.payableOrders,
    payablesWorkedOutFen: figures.payablesFen,
    company: company?.name ?? '',
    issuedAt,
  }
}
