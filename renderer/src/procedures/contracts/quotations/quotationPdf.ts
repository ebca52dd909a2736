/**
 * What the 报价单 PDF prints: the quotation, its lines, the company profile,
 * the customer and its first contact (the person it is addressed to). The
 * 经办人 is who drafted the quotation (its createdBy), not whoever prints it.
 */
import type { DocumentParty, QuotationDocumentInput } from '@shared/procedures/contracts/documents'
import type { QuotationRecord } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../../data/db'
import { liveLines } from '../../../data/repositories/contracts/childLines'
import { readCompany } from '../../../data/repositories/companyRepo'

function party(row: Partial<Record<keyof DocumentParty, unknown>> | undefined): DocumentParty {
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    name: text(row?.name),
    uscc: text(row?.uscc),
    address: text(row?.address),
    phone: text(row?.phone),
    bankName: text(row?.bankName),
    bankAccount: text(row?.bankAccount),
  }
}

export async function quotationPdfInput(
  db: DeskDb,
  quotation: QuotationRecord,
  issuedAt: string,
): Promise<QuotationDocumentInput> {
  const [company, customer, lines, contacts, drafter] = await Promise.all([
    readCompany(db),
    db.customers.get(quotation.customerId),
    liveLines(db, quotation.id),
    db.contacts.where('parentId').equals(quotation.customerId).toArray(),
    quotation.createdBy ? db.users.get(quotation.createdBy) : undefined,
  ])
  const contact = liveRows(contacts).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]
  return {
    quotation,
    lines,
    seller: party(company),
    customer: party(customer),
    attention: typeof contact?.name === 'string' ? contact.name : '',
    preparedBy: drafter?.name ?? '',
    issuedAt,
  }
}
