/**
 * What the shipping screens show of the contract (or approved phone order)
 * goods go out against: the record and its lines, its purchase orders and
 * shipments with their lines, its number and customer, the products
 * tracked by serial number, live as any of them changes.
 */
import type { ContractRecord, PhoneOrderRecord } from '@shared/procedures/contracts/records'
import {
  orderableQuantities,
  openQuantities,
  shippedQuantities,
  signedQuantities,
} from '@shared/procedures/shipping/quantities'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import {
  type Supply,
  type SupplyRef,
  type SupplyShipping,
  readSupply,
  readSupplyShipping,
  serializedAmong,
} from '../../../data/repositories/shipping/shippingReads'

export interface SupplyView extends Supply {
  shipping: SupplyShipping
  number: string
  customerName: string
  serialized: Set<string>
}

/** undefined while loading, null when there is no such contract or phone order. */
export function useSupply(ref: SupplyRef | null): SupplyView | null | undefined {
  return useLiveQuery(async () => {
    if (!ref) return null
    const db = appDb()
    const [supply, shipping] = await Promise.all([readSupply(db, ref), readSupplyShipping(db, ref)])
    const raw = (await db.table(ref.table).get(ref.id)) as ContractRecord | PhoneOrderRecord | undefined
    if (!raw) return null
    const [customer, serialized] = await Promise.all([
      db.customers.get(raw.customerId),
      serializedAmong(
        db,
        supply.lines.map((l) => l.productId),
      ),
    ])
    return {
      ...supply,
      shipping,
      number: raw.number,
      customerName: String(customer?.name ?? ''),
      serialized,
    }
  }, [ref?.table, ref?.id])
}

/** Per contract line: contracted, on purchase orders, shipped (left), signed for, and open. */
export interface LineProgress {
  id: string
  name: string
  spec: string
  unit: string
  productId: string
  contracted: number
  ordered: number
  shipped: number
  signed: number
  open: number
}

export function lineProgress(view: SupplyView): LineProgress[] {
  const { shipping } = view
  const orderable = orderableQuantities(view.sourceLines, shipping.orders, shipping.orderLines)
  const shipped = shippedQuantities(
    shipping.shipments.filter((s) => s.step !== 'draft'),
    shipping.shipmentLines,
  )
  const signed = signedQuantities(shipping.shipments, shipping.shipmentLines)
  const open = openQuantities(view.sourceLines, shipping.shipments, shipping.shipmentLines)
  return view.lines.map((l) => ({
    id: l.id,
    name: l.name,
    spec: l.spec,
    unit: l.unit,
    productId: l.productId,
    contracted: l.qty,
    ordered: l.qty - (orderable.get(l.id) ?? 0),
    shipped: shipped.get(l.id) ?? 0,
    signed: signed.get(l.id) ?? 0,
    open: open.get(l.id) ?? 0,
  }))
}
