/**
 * The invoicing documents, built from what is stored now: the company
 * profile, the contract and its other applications, the customer's and
 * contracts' names for the 发票登记簿. The builders
 * (shared/procedures/invoicing/documents) are pure; this is where their
 * data is read.
 */
import type { DocumentModel } from '@shared/documents/documentModel'
import { AppFailure } from '@shared/errors/appFailure'
import { issuedSteps } from '@shared/procedures/invoicing/amounts'
import { type InvoiceRegisterInput, invoiceApplicationDocument } from '@shared/procedures/invoicing/documents'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { invoiceLinesOf, readContractInvoicing } from '../../data/repositories/invoicing/invoiceReads'

export async function applicationModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const invoice = await db.invoices.get(id)
  if (!invoice || invoice.deletedAt)
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'invoices', id })
  const [lines, read, company] = await Promise.all([
    invoiceLinesOf(db, id),
    readContractInvoicing(db, invoice.contractId),
    readCompany(db),
  ])
  const others = read.invoices.filter((i) => i.id !== id && i.step !== 'voided')
  const sum = (rows: typeof others) => rows.reduce((s, i) => s + i.totalFen, 0)
  return invoiceApplicationDocument({
    invoice,
    contractNumber: read.contract?.number ?? '',
    contractTitle: read.contract?.title ?? '',
    customerName: read.customer?.name ?? invoice.buyerName,
    lines,
    contractTotalFen: read.contract?.totalFen ?? 0,
    invoicedFen: sum(others.filter((i) => issuedSteps.includes(i.step))),
    pendingFen: sum(others.filter((i) => !issuedSteps.includes(i.step))),
    company: company?.name ?? '',
    issuedAt,
  })
}

/** The 发票登记簿 of a month: the invoices issued in it, by the day issued (the `issuedOn` index). */
export async function registerInput(
  db: DeskDb,
  month: string,
  preparedBy: string,
  issuedAt: string,
): Promise<InvoiceRegisterInput> {
  const rows = liveRows(
    await db.invoices.where('issuedOn').between(`${month}-01`, `${month}-31`, true, true).toArray(),
  )
  const [customers, contracts, company] = await Promise.all([
    db.customers.bulkGet([...new Set(rows.map((r) => r.customerId))]),
    db.contracts.bulkGet([...new Set(rows.map((r) => r.contractId))]),
    readCompany(db),
  ])
  const customerName = new Map(customers.filter(Boolean).map((c) => [c!.id, String(c!.name ?? '')]))
  const contractNumber = new Map(contracts.filter(Boolean).map((c) => [c!.id, c!.number]))
  return {
    period: { month },
    invoices: rows.map((r) => ({
      ...r,
      customerName: customerName.get(r.customerId) ?? r.buyerName,
      contractNumber: contractNumber.get(r.contractId) ?? '',
    })),
    company: company?.name ?? '',
    preparedBy,
    issuedAt,
  }
}
