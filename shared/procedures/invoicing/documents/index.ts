/** The printed documents of invoicing, each a pure function from plain data to a DocumentModel. */
export {
  type InvoiceApplicationDocumentInput,
  type InvoiceApplicationLine,
  INVOICE_APPLICATION_TYPE,
  invoiceApplicationDocument,
} from './applicationDocument'
export {
  type InvoiceRegisterEntry,
  type InvoiceRegisterInput,
  type InvoiceRegisterPeriod,
  INVOICE_REGISTER_TYPE,
  invoiceRegisterDocument,
  invoiceRegisterEntries,
  invoiceRegisterSheet,
  invoiceRegisterWorkbook,
} from './registerDocument'
