/** The printed documents of collections, each a pure function from plain data to a DocumentModel. */
export {
  BILL_HANDOVER_TYPE,
  type BillHandoverDocumentInput,
  type BillHandoverLine,
  billHandoverDocument,
  billsTotalFen,
} from './billHandoverDocument'
export {
  type StatementDocumentInput,
  type StatementEntry,
  type StatementEntryKind,
  STATEMENT_TYPE,
  statementDocument,
} from './statementDocument'
export {
  type StatementReportInput,
  type StatementReportRow,
  STATEMENT_REPORT_TYPE,
  periodText,
  reportRows,
  statementReportDocument,
  statementReportWorkbook,
  summaryText,
} from './statementReportDocument'
export {
  AGING_TYPE,
  type AgingDocumentInput,
  type AgingRow,
  agingBucketWords,
  agingDocument,
  agingWorkbook,
  byOpenAmount,
} from './agingDocument'
export { MONTH_CLOSE_TYPE, type MonthCloseDocumentInput, monthCloseDocument } from './monthCloseDocument'
