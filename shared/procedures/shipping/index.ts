/**
 * 发货 · 库房 (DOMAIN.md §2, §7): 设备采购单 → 财务审核 → 厂家订货 → 发运 →
 * 设备签收单 → 归档, and the stock ledger with the month-end count signed
 * off by finance. The pure rules the repositories and screens call are
 * exported from quantities.ts (open quantities, delivery state) and
 * stock.ts (balances, refusals, the month report, count adjustments).
 */
import { defineProcedure } from '../kit/defineProcedure'
import { shippingArchiveSheets } from './archiveSheets'
import { purchaseOrderChecklists, shipmentChecklists, stockCountChecklists } from './checklist'
import { shippingDeadlines } from './deadlines'
import { purchaseOrderDocument, receiptDocument, stockReportDocument } from './documents'
import { purchaseOrderMachine } from './machines/purchaseOrder'
import { shipmentMachine } from './machines/shipment'
import { stockCountMachine } from './machines/stockCount'
import { contractShippingDerive } from './shippingState'
import { shippingTables } from './tables'

export const shippingProcedure = defineProcedure({
  id: 'shipping',
  nameKey: 'shipping.section',
  tables: shippingTables,
  keepsOn: { contracts: contractShippingDerive },
  kinds: {
    purchaseOrder: {
      table: 'purchaseOrders',
      machine: purchaseOrderMachine,
      checklists: purchaseOrderChecklists,
    },
    shipment: { table: 'shipments', machine: shipmentMachine, checklists: shipmentChecklists },
    stockCount: { table: 'stockCounts', machine: stockCountMachine, checklists: stockCountChecklists },
  },
  deadlines: shippingDeadlines,
  documents: {
    purchaseOrder: purchaseOrderDocument,
    receipt: receiptDocument,
    stockReport: stockReportDocument,
  },
  archive: {
    fileName: '发货与库房.xlsx',
    tables: ['purchaseOrders', 'shipments', 'shipmentLines', 'stockMovements'],
    sheets: shippingArchiveSheets,
  },
})
