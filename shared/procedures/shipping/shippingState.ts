/**
 * A contract's shipping as one stored word, derived from its purchase
 * orders, shipments and lines (the shipping procedure keeps it on the
 * contract: ProcedureDef.keepsOn), so the due checks find the contracts
 * waiting for a purchase order or past their delivery date through an index
 * on [step+shippingState+date] instead of reading every contract with its
 * shipments (dashboard.due_ms):
 * - waiting: nothing ordered from a manufacturer (no purchase order past its
 *   draft) and nothing shipped;
 * - open: started, not every line signed for;
 * - delivered: every line signed for by the customer (deliveryState), or a
 *   delivered-on date given by hand before shipments were recorded, with none.
 */
import type { DeriveSpec } from '../kit/tableSpec'
import type { ContractRecord, TradeLineRecord } from '../contracts/records'
import { deliveryState } from './quantities'
import type { PurchaseOrderRecord, ShipmentLineRecord, ShipmentRecord } from './records'

export const shippingStates = ['waiting', 'open', 'delivered'] as const
export type ShippingState = (typeof shippingStates)[number]

/** What a contract's shipping state is worked out from. */
export interface ShippingFacts {
  contract: Pick<ContractRecord, 'deliveredOn'>
  lines: readonly TradeLineRecord[]
  orders: readonly Pick<PurchaseOrderRecord, 'step'>[]
  shipments: readonly ShipmentRecord[]
  shipmentLines: readonly ShipmentLineRecord[]
}

export function shippingStateOf(f: ShippingFacts): ShippingState {
  if (f.contract.deliveredOn && f.shipments.length === 0) return 'delivered'
  if (deliveryState(f.lines, f.shipments, f.shipmentLines) === 'delivered') return 'delivered'
  const ordered = f.orders.some((o) => o.step !== 'draft' && o.step !== 'voided')
  const shipped = f.shipments.some((s) => s.step !== 'voided')
  return ordered || shipped ? 'open' : 'waiting'
}

/**
 * The day the contract was delivered: the last 设备签收单 when every line is
 * signed for, or the typed delivered-on date of a contract with no
 * shipment; '' while it is not delivered.
 */
export function deliveredOnOf(f: Omit<ShippingFacts, 'orders'>): string {
  if (f.contract.deliveredOn && f.shipments.length === 0) return f.contract.deliveredOn
  if (deliveryState(f.lines, f.shipments, f.shipmentLines) !== 'delivered') return ''
  return f.shipments
    .filter((s) => s.step !== 'voided' && s.receivedOn)
    .reduce((last, s) => (s.receivedOn > last ? s.receivedOn : last), '')
}

type Rows = readonly Readonly<Record<string, unknown>>[]

/** The contract's `shippingState`, kept by the shipping procedure. */
export const contractShippingDerive: DeriveSpec = {
  fields: ['shippingState'],
  related: { purchaseOrders: 'contractId', shipments: 'contractId', shipmentLines: 'contractId' },
  reads: ['deliveredOn'],
  compute: (row, lines, _kept, related) => {
    const of = <T>(rows: Rows | undefined) => (rows ?? []) as unknown as readonly T[]
    return {
      shippingState: shippingStateOf({
        contract: row as unknown as ContractRecord,
        lines: of<TradeLineRecord>(lines),
        orders: of<PurchaseOrderRecord>(related.purchaseOrders),
        shipments: of<ShipmentRecord>(related.shipments),
        shipmentLines: of<ShipmentLineRecord>(related.shipmentLines),
      }),
    }
  },
}
