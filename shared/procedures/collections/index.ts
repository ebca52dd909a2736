/**
 * 回款 · 票据交接 · 每日核对 · 对账 · 往来账 (DOMAIN.md §4, §7): receipts into the
 * company's accounts confirmed by finance and allocated to contract payment
 * milestones, the dunning log, bills handed to finance the same day, the
 * daily check with finance, the half-year statements with each customer and
 * their report, the month-end close, and receivables aging. The pure rules
 * the repositories and screens call are exported from receipts.ts,
 * bills.ts, dailyCheck.ts, statements.ts, monthClose.ts, aging.ts and
 * triggers.ts.
 */
import { defineProcedure } from '../kit/defineProcedure'
import { collectionsArchiveSheets } from './archiveSheets'
import {
  billHandoverChecklists,
  monthCloseChecklists,
  receiptChecklists,
  statementChecklists,
  statementReportChecklists,
} from './checklist'
import { contractPaymentsDerive } from './contractPayments'
import { collectionsDeadlines } from './deadlines'
import { billHandoverMachine } from './machines/billHandover'
import { monthCloseMachine } from './machines/monthClose'
import { receiptMachine } from './machines/receipt'
import { statementMachine } from './machines/statement'
import { statementReportMachine } from './machines/statementReport'
import { collectionsTables } from './tables'

export const collectionsProcedure = defineProcedure({
  id: 'collections',
  nameKey: 'collections.section',
  tables: collectionsTables,
  keepsOn: { contracts: contractPaymentsDerive },
  kinds: {
    receipt: { table: 'receipts', machine: receiptMachine, checklists: receiptChecklists },
    billHandover: {
      table: 'billHandovers',
      machine: billHandoverMachine,
      checklists: billHandoverChecklists,
    },
    statement: { table: 'statements', machine: statementMachine, checklists: statementChecklists },
    statementReport: {
      table: 'statementReports',
      machine: statementReportMachine,
      checklists: statementReportChecklists,
    },
    monthClose: { table: 'monthCloses', machine: monthCloseMachine, checklists: monthCloseChecklists },
  },
  deadlines: collectionsDeadlines,
  documents: {},
  archive: {
    fileName: '回款与对账.xlsx',
    tables: ['receipts', 'receiptAllocations', 'dunnings', 'statements', 'monthCloses'],
    sheets: collectionsArchiveSheets,
  },
})
