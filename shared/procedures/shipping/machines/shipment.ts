/**
 * 发运 (DOMAIN.md §2 steps 4–6) as a machine: the goods go out — direct
 * from the manufacturer against an ordered purchase order, or out of the
 * company's own stock — never more than the contract still has open and
 * with a serial number per unit where the product has them; the customer
 * signs the 设备签收单 and its scan is attached as the signed receipt; then
 * it is filed, which it cannot be without that receipt.
 * 制度：对用户的收货凭证或发货凭证要妥善保存，不得遗失.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, pastDay, requiredText } from '../../kit/problems'
import { shippingPermissions } from '../permissions'
import { type ShipLine, type SourceLine, shipmentLineProblems } from '../quantities'
import {
  type DeliveryVoucherRecord,
  type PurchaseOrderStep,
  type ShipmentRecord,
  type ShipmentSource,
  type ShipmentStep,
  shipmentSteps,
} from '../records'
import { type MovementOf, movementProblems } from '../stock'
import { type SupplySource, sourceProblems } from './sources'

/** A shipment as its machine sees it. */
export interface ShipmentFacts extends Pick<ShipmentRecord, 'step' | 'shippedOn' | 'signedReceiptId'> {
  source: ShipmentSource
  /** The contract or phone order it delivers against. */
  supply: SupplySource | null
  /** For a direct shipment: the step of its purchase order ('' when none is chosen). */
  purchaseOrderStep: PurchaseOrderStep | ''
  lines: readonly ShipLine[]
  sourceLines: readonly SourceLine[]
  /** Open per contract line, this shipment left out (openQuantities with `except`). */
  open: ReadonlyMap<string, number>
  /** Products tracked by serial number. */
  serialized: ReadonlySet<string>
  /** From stock: the ledger of its products, the signed-off months and the products' names. */
  stock?: {
    movements: readonly MovementOf[]
    signedOff: ReadonlySet<string>
    names: ReadonlyMap<string, string>
  }
  /** Its live delivery vouchers (with a live attachment). */
  vouchers: readonly Pick<DeliveryVoucherRecord, 'id' | 'kind'>[]
}

export type ShipmentAction = 'ship' | 'sign' | 'file' | 'void'

export interface ShipmentPayloads {
  ship: { shippedOn: string; carrier: string; trackingNo?: string }
  /** The day the customer signed, and the voucher holding the signed receipt's scan. */
  sign: { receivedOn: string; signedReceiptId: string }
  file: object
  void: { reason: string }
}

const clerks: readonly Role[] = shippingPermissions['shipping.edit']
const keepers: readonly Role[] = shippingPermissions['shipping.file']

/** The 出库 movements a shipment from stock writes: one per line, dated the day it leaves. */
export function stockOutMovements(
  lines: readonly Pick<ShipLine, 'productId' | 'qty'>[],
  shippedOn: string,
  names: ReadonlyMap<string, string>,
) {
  return lines.map((l) => ({
    productId: l.productId,
    productName: names.get(l.productId) ?? '',
    kind: 'out' as const,
    date: shippedOn,
    qty: l.qty,
  }))
}

function stockProblems(f: ShipmentFacts, shippedOn: string): FieldProblem[] {
  if (f.source !== 'stock') return []
  if (!f.stock) return [{ field: 'source', messageKey: 'shippingValidation.noStock' }]
  const out = stockOutMovements(f.lines, shippedOn, f.stock.names)
  // A line's movement problem is shown at the line (lines.<i>.qty), the date's at shippedOn.
  return movementProblems(f.stock.movements, out, f.stock.signedOff).map((p) => {
    const [, i, field] = p.field.split('.')
    return field === 'date' ? { ...p, field: 'shippedOn' } : { ...p, field: `lines.${i}.qty` }
  })
}

function shipProblems(f: ShipmentFacts, p: ShipmentPayloads['ship'], today: string): FieldProblem[] {
  return [
    ...sourceProblems(f.supply),
    ...(f.source === 'direct' && f.purchaseOrderStep !== 'ordered'
      ? [{ field: 'purchaseOrderId', messageKey: 'shippingValidation.notOrdered' }]
      : []),
    ...requiredText('carrier', p.carrier),
    ...pastDay('shippedOn', p.shippedOn, today),
    ...shipmentLineProblems(f.lines, f.open, f.sourceLines, f.serialized),
    ...stockProblems(f, p.shippedOn),
  ]
}

/** The signed receipt: a live voucher of the kind 收货凭证（签收单）. */
function receiptProblems(f: ShipmentFacts, voucherId: string): FieldProblem[] {
  return f.vouchers.some((v) => v.id === voucherId && v.kind === 'signedReceipt')
    ? []
    : [{ field: 'signedReceiptId', messageKey: 'shippingValidation.receiptMissing' }]
}

export const shipmentMachine = defineMachine<
  ShipmentStep,
  ShipmentAction,
  ShipmentFacts,
  ShipmentPayloads,
  ShipmentRecord
>({
  kind: 'shipment',
  stateField: 'step',
  states: shipmentSteps,
  initial: 'draft',
  ended: ['filed', 'voided'],
  editableIn: ['draft'],
  notEditable: { code: 'shipments.shipped', messageKey: 'shippingErrors.shipments.shipped' },
  stateOf: (facts) => facts.step,
  actions: {
    ship: {
      from: ['draft'],
      to: 'shipped',
      who: clerks,
      check: ({ facts, payload, today }) => shipProblems(facts, payload, today),
      patch: ({ payload }) => ({
        shippedOn: payload.shippedOn,
        carrier: payload.carrier.trim(),
        trackingNo: (payload.trackingNo ?? '').trim(),
      }),
    },
    sign: {
      from: ['shipped'],
      to: 'signed',
      who: keepers,
      check: ({ facts, payload, today }) => [
        ...pastDay('receivedOn', payload.receivedOn, today),
        ...(payload.receivedOn && payload.receivedOn < facts.shippedOn
          ? [{ field: 'receivedOn', messageKey: 'shippingValidation.receivedBeforeShipped' }]
          : []),
        ...receiptProblems(facts, payload.signedReceiptId),
      ],
      patch: ({ payload }) => ({ receivedOn: payload.receivedOn, signedReceiptId: payload.signedReceiptId }),
    },
    file: {
      from: ['signed'],
      to: 'filed',
      who: keepers,
      whenClosed: { code: 'shipments.notSigned', messageKey: 'shippingErrors.shipments.notSigned' },
      check: ({ facts }) => receiptProblems(facts, facts.signedReceiptId),
      patch: ({ today }) => ({ filedOn: today }),
    },
    // A shipment from stock that is voided after it left gets its 入库 back (the repository writes it).
    void: {
      from: ['draft', 'shipped'],
      to: 'voided',
      who: ['clerk', 'commerceManager'],
      check: ({ payload }) => requiredText('reason', payload.reason),
      patch: ({ payload }) => ({ reason: payload.reason.trim() }),
    },
  },
})
