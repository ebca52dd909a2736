/**
 * The invoicing procedure's synced tables as the generic code reads them
 * (shared/procedures/kit/tableSpec.ts), new in Dexie version 10: a
 * contract's applications by `contractId`, the steps finance works from by
 * `step`, the 发票登记簿 by the day issued.
 */
import { invoicedFen, invoiceTotals } from './amounts'
import { type DeriveSpec, tableSpec } from '../kit/tableSpec'
import { invoicingNumberPatterns } from './numbering'
import type { InvoiceLineRecord, InvoiceRecord } from './records'

const SINCE = 10

/** An application's amount and tax are derived from its live lines (every PC sums the lines it has). */
const applicationTotals = {
  fields: ['totalFen', 'taxFen'] as const,
  children: 'invoiceLines',
  compute: (_row: unknown, lines: readonly Readonly<Record<string, unknown>>[]) => {
    const totals = invoiceTotals(
      lines.map((l) => ({ amountFen: Number(l.amountFen ?? 0), taxRateBp: Number(l.taxRateBp ?? 0) })),
    )
    return { totalFen: totals.totalFen, taxFen: totals.taxFen }
  },
}

/** What the contract has had invoiced, kept on it (the settlement and the statements compare it). */
export const contractInvoicedDerive: DeriveSpec = {
  fields: ['invoicedFen'],
  related: { invoices: 'contractId' },
  compute: (_row, _children, _kept, related) => ({
    invoicedFen: invoicedFen((related.invoices ?? []) as unknown as InvoiceRecord[]),
  }),
}

export const invoicingTables = {
  invoices: tableSpec<InvoiceRecord>()({
    nameKey: 'invoicingTables.invoices',
    fieldsKey: 'invoiceFields',
    edit: 'invoicing.apply',
    nameFields: ['number'],
    valueWords: { step: 'invoicing.steps', kind: 'invoicing.kinds', deliveryWay: 'invoicing.deliveryWays' },
    valueFormats: { approvalRound: 'contracts.approvals.round' },
    refs: { contractId: 'contracts', customerId: 'customers' },
    // The buyer's details are one fact, copied together from the customer's record.
    fieldGroups: {
      buyer: ['buyerName', 'buyerTaxNo', 'buyerAddressPhone', 'buyerBankAccount'],
      issued: ['invoiceCode', 'invoiceNo', 'issuedOn', 'issuedFen', 'issuedTaxFen'],
      delivery: ['deliveredOn', 'deliveryWay', 'trackingNo'],
    },
    derive: applicationTotals,
    attach: 'invoicing.apply',
    // The number is the business key, as a contract's: a fresh one from this PC's block, or keep both.
    uniqueKeys: [{ fields: ['number'], settle: ['renumber', 'keepBoth'] }],
    numbered: {
      field: 'number',
      series: () => ({ kind: 'invoice', pattern: invoicingNumberPatterns.invoice }),
    },
    store: { since: SINCE, indexes: 'contractId, customerId, step, number, issuedOn' },
  }),
  invoiceLines: tableSpec<InvoiceLineRecord>()({
    nameKey: 'invoicingTables.invoiceLines',
    fieldsKey: 'invoiceLineFields',
    edit: 'invoicing.apply',
    nameFields: ['name'],
    // An amount is invoiced at its line's rate: the two change together.
    fieldGroups: { amount: ['qty', 'amountFen', 'taxRateBp'] },
    refs: { sourceLineId: 'tradeLines' },
    parent: { table: { is: 'invoices' }, idField: 'parentId' },
    store: { since: SINCE, indexes: 'parentId, sourceLineId' },
  }),
}
