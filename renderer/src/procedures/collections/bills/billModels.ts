/**
 * The 票据交接签收单 as printed, built from what is stored now: the slip,
 * its bills in the slip's order with their customers' names, and the
 * company's name. The builder (shared/procedures/collections/documents)
 * is pure; this is where its data is read.
 */
import type { DocumentModel } from '@shared/documents/documentModel'
import { AppFailure } from '@shared/errors/appFailure'
import { billHandoverDocument } from '@shared/procedures/collections/documents'
import type { DeskDb } from '../../../data/db'
import { readSlipBills } from '../../../data/repositories/collections/billHandoversReads'
import { readCompany } from '../../../data/repositories/companyRepo'

export async function billHandoverModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const slip = await db.billHandovers.get(id)
  if (!slip || slip.deletedAt)
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'billHandovers', id })
  const [bills, company] = await Promise.all([readSlipBills(db, slip), readCompany(db)])
  return billHandoverDocument({
    slip,
    bills: bills.map(({ receipt, customerName }) => ({ ...receipt, customerName })),
    company: company?.name ?? '',
    issuedAt,
  })
}
