/** The printed documents of shipping and stock, each a pure function from plain data to a DocumentModel. */
export {
  type PurchaseOrderDocumentInput,
  type PurchaseOrderDocumentLine,
  PURCHASE_ORDER_TYPE,
  purchaseOrderDocument,
} from './purchaseOrderDocument'
export { type ReceiptDocumentInput, type ReceiptLine, RECEIPT_TYPE, receiptDocument } from './receiptDocument'
export {
  type StockReportInput,
  type StockReportRow,
  STOCK_REPORT_TYPE,
  stockReportDocument,
  stockReportSheet,
  stockReportWorkbook,
} from './stockReportDocument'
