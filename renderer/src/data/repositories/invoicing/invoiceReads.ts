/**
 * What an invoice application reads around it: its contract with the live
 * lines, every application of the contract with their lines (what is
 * applied for and open), the customer's buyer details, and the shipments a
 * clerk may invoice by.
 */
import type { CustomerRecord } from '@shared/masterData/archiveRecords'
import type { ContractRecord, TradeLineRecord } from '@shared/procedures/contracts/records'
import type { InvoiceLineRecord, InvoiceRecord } from '@shared/procedures/invoicing/records'
import type { ShipmentLineRecord, ShipmentRecord } from '@shared/procedures/shipping/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'
import { liveLines } from '../contracts/childLines'

export interface ContractInvoicing {
  contract: ContractRecord | undefined
  customer: CustomerRecord | undefined
  lines: TradeLineRecord[]
  /** Every live application of the contract, by number. */
  invoices: InvoiceRecord[]
  invoiceLines: InvoiceLineRecord[]
}

export async function readContractInvoicing(db: DeskDb, contractId: string): Promise<ContractInvoicing> {
  const [contract, lines, invoices] = await Promise.all([
    db.contracts.get(contractId),
    liveLines(db, contractId),
    db.invoices.where('contractId').equals(contractId).toArray(),
  ])
  const live = liveRows(invoices).sort((a, b) => a.number.localeCompare(b.number))
  const [customer, invoiceLines] = await Promise.all([
    contract ? db.customers.get(contract.customerId) : undefined,
    db.invoiceLines
      .where('parentId')
      .anyOf(live.map((i) => i.id))
      .toArray(),
  ])
  return {
    contract,
    customer: customer as CustomerRecord | undefined,
    lines,
    invoices: live,
    invoiceLines: liveRows(invoiceLines).sort((a, b) => a.position - b.position),
  }
}

/** The live lines of one application, in order. */
export async function invoiceLinesOf(db: DeskDb, invoiceId: string): Promise<InvoiceLineRecord[]> {
  const rows = await db.invoiceLines.where('parentId').equals(invoiceId).toArray()
  return liveRows(rows).sort((a, b) => a.position - b.position)
}

/** A contract's shipments that went out (shipped, signed or filed), with their lines. */
export async function shippedOf(
  db: DeskDb,
  contractId: string,
): Promise<{ shipments: ShipmentRecord[]; lines: ShipmentLineRecord[] }> {
  const shipments = liveRows(await db.shipments.where('contractId').equals(contractId).toArray())
    .filter((s) => s.step === 'shipped' || s.step === 'signed' || s.step === 'filed')
    .sort((a, b) => a.number.localeCompare(b.number))
  const lines = await db.shipmentLines
    .where('parentId')
    .anyOf(shipments.map((s) => s.id))
    .toArray()
  return { shipments, lines: liveRows(lines) }
}
