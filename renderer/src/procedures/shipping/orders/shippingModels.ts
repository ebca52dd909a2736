/**
 * The shipping documents, built from what is stored now: the company
 * profile, the customer and manufacturer archives, the contract's (or
 * phone order's) number and the record with its lines. The builders
 * (shared/procedures/shipping/documents) are pure; this is where their data
 * is read. The 经办人 of a purchase order is who drafted it, not whoever
 * prints it.
 */
import type { DocumentModel } from '@shared/documents/documentModel'
import { AppFailure } from '@shared/errors/appFailure'
import { purchaseOrderDocument, receiptDocument } from '@shared/procedures/shipping/documents'
import type { PurchaseOrderLineRecord, ShipmentLineRecord } from '@shared/procedures/shipping/records'
import type { DeskDb } from '../../../data/db'
import { readCompany } from '../../../data/repositories/companyRepo'
import { childLinesOf, type SupplyRef, supplyRefOf } from '../../../data/repositories/shipping/shippingReads'

async function must<T>(row: Promise<T | undefined>, table: string, id: string): Promise<T> {
  const found = await row
  if (!found || (found as { deletedAt?: string | null }).deletedAt)
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table, id })
  return found
}

/** The number the goods are delivered against: the contract's, or the phone order's. */
export async function supplyNumber(db: DeskDb, ref: SupplyRef): Promise<string> {
  const row = (await db.table(ref.table).get(ref.id)) as { number?: string } | undefined
  return row?.number ?? ''
}

const nameOf = (row: unknown) => String((row as { name?: unknown } | undefined)?.name ?? '')

export async function purchaseOrderModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const order = await must(db.purchaseOrders.get(id), 'purchaseOrders', id)
  const [lines, company, customer, manufacturer, sourceNumber, drafter] = await Promise.all([
    childLinesOf<PurchaseOrderLineRecord>(db, 'purchaseOrderLines', id),
    readCompany(db),
    db.customers.get(order.customerId),
    db.suppliers.get(order.manufacturerId),
    supplyNumber(db, supplyRefOf(order)),
    order.createdBy ? db.users.get(order.createdBy) : undefined,
  ])
  return purchaseOrderDocument({
    order,
    sourceNumber,
    customerName: nameOf(customer),
    manufacturerName: nameOf(manufacturer),
    lines,
    company: company?.name ?? '',
    preparedBy: drafter?.name ?? '',
    issuedAt,
  })
}

export async function receiptModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const shipment = await must(db.shipments.get(id), 'shipments', id)
  const [lines, company, customer, contractNumber] = await Promise.all([
    childLinesOf<ShipmentLineRecord>(db, 'shipmentLines', id),
    readCompany(db),
    db.customers.get(shipment.customerId),
    supplyNumber(db, supplyRefOf(shipment)),
  ])
  return receiptDocument({
    shipment,
    contractNumber,
    customerName: nameOf(customer),
    lines,
    company: company?.name ?? '',
    issuedAt,
  })
}
