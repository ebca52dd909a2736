/**
 * 开票 (DOMAIN.md §3): 开票申请单 → 财务审核 (→ 公司领导 when above what the
 * contract has open) → 开具 → 交付与确认, and the 发票登记簿. The pure rules
 * the repositories and screens call are exported from amounts.ts (open to
 * invoice, totals, approvals), buyer.ts and invoiceNumber.ts.
 */
import { approvalBinding } from '../kit/approvalBinding'
import { defineProcedure } from '../kit/defineProcedure'
import { invoicingArchiveSheets } from './archiveSheets'
import { invoiceChecklists } from './checklist'
import { invoiceApplicationDocument, invoiceRegisterDocument } from './documents'
import { invoicingDeadlines } from './deadlines'
import { type InvoiceFacts, invoiceMachine } from './machines/invoice'
import { contractInvoicedDerive, invoicingTables } from './tables'

/** What an approval outcome does not read of an application's facts. */
const blankApplication: Partial<InvoiceFacts> = { lines: [], contractLineIds: new Set() }

export const invoicingProcedure = defineProcedure({
  id: 'invoicing',
  nameKey: 'invoicing.section',
  tables: invoicingTables,
  keepsOn: { contracts: contractInvoicedDerive },
  kinds: {
    invoice: {
      table: 'invoices',
      machine: invoiceMachine,
      checklists: invoiceChecklists,
      approval: approvalBinding<InvoiceFacts>(invoiceMachine, blankApplication),
    },
  },
  deadlines: invoicingDeadlines,
  documents: { application: invoiceApplicationDocument, register: invoiceRegisterDocument },
  archive: { fileName: '开票.xlsx', tables: ['invoices'], sheets: invoicingArchiveSheets },
})
