/**
 * What the shipping repositories and screens read of a contract (or an
 * approved phone order): its lines, and the purchase orders and shipments
 * made against it with their lines — each by an index, never a whole table.
 * The rules on top of them are the procedure's (shared/procedures/shipping).
 */
import type { ContractRecord, PhoneOrderRecord, TradeLineRecord } from '@shared/procedures/contracts/records'
import type { SupplySource } from '@shared/procedures/shipping/machines/sources'
import type { SourceLine } from '@shared/procedures/shipping/quantities'
import type {
  DeliveryVoucherRecord,
  PurchaseOrderLineRecord,
  PurchaseOrderRecord,
  ShipmentLineRecord,
  ShipmentRecord,
} from '@shared/procedures/shipping/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'
import { liveLines } from '../contracts/childLines'

/** Which record goods go out against: a contract or a phone/fax order, by id. */
export type SupplyRef = { table: 'contracts'; id: string } | { table: 'phoneOrders'; id: string }

/** A purchase order's or shipment's source as its two fields hold it (one of them ''). */
export function supplyRefOf(row: { contractId: string; phoneOrderId: string }): SupplyRef {
  return row.contractId !== ''
    ? { table: 'contracts', id: row.contractId }
    : { table: 'phoneOrders', id: row.phoneOrderId }
}

/** The two fields a purchase order or shipment keeps its source in. */
export function supplyFields(ref: SupplyRef): { contractId: string; phoneOrderId: string } {
  return ref.table === 'contracts'
    ? { contractId: ref.id, phoneOrderId: '' }
    : { contractId: '', phoneOrderId: ref.id }
}

export interface Supply {
  ref: SupplyRef
  record: ContractRecord | PhoneOrderRecord | undefined
  /** For the machines: the table and step (null when the record is gone or 停用). */
  source: SupplySource | null
  /** Its live lines, in order. */
  lines: TradeLineRecord[]
  sourceLines: SourceLine[]
}

export async function readSupply(db: DeskDb, ref: SupplyRef): Promise<Supply> {
  const [record, lines] = await Promise.all([
    db.table(ref.table).get(ref.id) as Promise<ContractRecord | PhoneOrderRecord | undefined>,
    liveLines(db, ref.id),
  ])
  const live = record && !record.deletedAt ? record : undefined
  const source: SupplySource | null = live
    ? ref.table === 'contracts'
      ? { table: 'contracts', step: (live as ContractRecord).step }
      : { table: 'phoneOrders', step: (live as PhoneOrderRecord).step }
    : null
  return {
    ref,
    record: live,
    source,
    lines,
    sourceLines: lines.map((l) => ({ id: l.id, qty: l.qty, name: l.name })),
  }
}

/** Everything made against one contract or phone order: live orders and shipments with their lines. */
export interface SupplyShipping {
  orders: PurchaseOrderRecord[]
  orderLines: PurchaseOrderLineRecord[]
  shipments: ShipmentRecord[]
  shipmentLines: ShipmentLineRecord[]
  vouchers: DeliveryVoucherRecord[]
}

const byNumber = <T extends { number: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => a.number.localeCompare(b.number))

export async function readSupplyShipping(db: DeskDb, ref: SupplyRef): Promise<SupplyShipping> {
  const field = ref.table === 'contracts' ? 'contractId' : 'phoneOrderId'
  const [orders, shipments] = await Promise.all([
    db.purchaseOrders.where(field).equals(ref.id).toArray(),
    db.shipments.where(field).equals(ref.id).toArray(),
  ])
  const liveOrders = liveRows(orders)
  const liveShipments = liveRows(shipments)
  const shipmentIds = liveShipments.map((s) => s.id)
  const [orderLines, shipmentLines, vouchers] = await Promise.all([
    db.purchaseOrderLines
      .where('parentId')
      .anyOf(liveOrders.map((o) => o.id))
      .toArray(),
    db.shipmentLines.where('parentId').anyOf(shipmentIds).toArray(),
    db.deliveryVouchers.where('parentId').anyOf(shipmentIds).toArray(),
  ])
  return {
    orders: byNumber(liveOrders),
    orderLines: liveRows(orderLines).sort((a, b) => a.position - b.position),
    shipments: byNumber(liveShipments),
    shipmentLines: liveRows(shipmentLines).sort((a, b) => a.position - b.position),
    vouchers: liveRows(vouchers),
  }
}

/** The live lines of one purchase order or shipment, in order. */
export async function childLinesOf<T extends { position: number; deletedAt?: string | null }>(
  db: DeskDb,
  table: 'purchaseOrderLines' | 'shipmentLines',
  parentId: string,
): Promise<T[]> {
  const rows = (await db.table(table).where('parentId').equals(parentId).toArray()) as T[]
  return liveRows(rows).sort((a, b) => a.position - b.position)
}

/** Products tracked by serial number, among `ids`. */
export async function serializedAmong(db: DeskDb, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id) => id !== ''))]
  const rows = await db.products.bulkGet(wanted)
  return new Set(rows.filter((p) => p && p.serialized === true).map((p) => p!.id))
}
