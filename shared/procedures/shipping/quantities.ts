/**
 * How much of a contract is still to deliver, and when it is delivered
 * (DOMAIN.md §2): a contract line's open quantity is its quantity less what
 * live shipments (every one not voided) carry for it; shipped quantities
 * never exceed it, and the refusal says how many are left; units of a
 * product tracked by serial number each carry theirs; the contract is
 * delivered when every line is signed for. Pure: the caller passes the
 * rows it read.
 */
import type { FieldProblem } from '../kit/problems'
import type {
  PurchaseOrderLineRecord,
  PurchaseOrderRecord,
  ShipmentLineRecord,
  ShipmentRecord,
  ShipmentStep,
} from './records'

/** A contract (or phone order) line as these rules read it. */
export interface SourceLine {
  id: string
  qty: number
  name: string
}

export type ShipmentOf = Pick<ShipmentRecord, 'id' | 'step'> & { deletedAt?: string | null }
export type ShipmentLineOf = Pick<ShipmentLineRecord, 'parentId' | 'sourceLineId' | 'qty'> & {
  deletedAt?: string | null
}

/** Steps at which the customer has signed for a shipment. */
export const signedSteps = ['signed', 'filed'] as const satisfies readonly ShipmentStep[]

/** Quantity per source line carried by the live lines of the shipments that pass `keep`. */
function carried(
  shipments: readonly ShipmentOf[],
  lines: readonly ShipmentLineOf[],
  keep: (s: ShipmentOf) => boolean,
): Map<string, number> {
  const counted = new Set(shipments.filter((s) => !s.deletedAt && keep(s)).map((s) => s.id))
  const sums = new Map<string, number>()
  for (const l of lines)
    if (!l.deletedAt && counted.has(l.parentId))
      sums.set(l.sourceLineId, (sums.get(l.sourceLineId) ?? 0) + l.qty)
  return sums
}

/** Shipped per contract line: every shipment not voided (a draft holds its quantities too). */
export function shippedQuantities(
  shipments: readonly ShipmentOf[],
  lines: readonly ShipmentLineOf[],
): Map<string, number> {
  return carried(shipments, lines, (s) => s.step !== 'voided')
}

/** Signed for per contract line: shipments the customer signed (已签收, 已归档). */
export function signedQuantities(
  shipments: readonly ShipmentOf[],
  lines: readonly ShipmentLineOf[],
): Map<string, number> {
  return carried(shipments, lines, (s) => (signedSteps as readonly string[]).includes(s.step))
}

/**
 * Open quantity per contract line = contract qty − shipped. `except` leaves
 * one shipment out: the one being edited, whose own lines are what is asked.
 */
export function openQuantities(
  contractLines: readonly SourceLine[],
  shipments: readonly ShipmentOf[],
  shipmentLines: readonly ShipmentLineOf[],
  except = '',
): Map<string, number> {
  const shipped = shippedQuantities(
    shipments.filter((s) => s.id !== except),
    shipmentLines,
  )
  return new Map(contractLines.map((l) => [l.id, Math.max(0, l.qty - (shipped.get(l.id) ?? 0))]))
}

/** A line of a purchase order or shipment as its form sends it. */
export interface QtyLine {
  sourceLineId: string
  qty: number
}

/**
 * What is wrong with the quantities of a purchase order's or shipment's
 * lines, at their fields (`lines.<i>.qty`): at least one line, each on the
 * contract, whole and positive, and together no more than `open` per
 * contract line; `overKey` says how many are left (还剩 N 台).
 */
export function quantityProblems(
  lines: readonly QtyLine[],
  open: ReadonlyMap<string, number>,
  sourceLines: readonly SourceLine[],
  overKey: string,
): FieldProblem[] {
  if (lines.length === 0) return [{ field: 'lines', messageKey: 'shippingValidation.noLines' }]
  const names = new Map(sourceLines.map((l) => [l.id, l.name]))
  const asked = new Map<string, number>()
  const problems: FieldProblem[] = []
  lines.forEach((l, i) => {
    if (!names.has(l.sourceLineId)) {
      problems.push({ field: `lines.${i}.sourceLineId`, messageKey: 'shippingValidation.notOnContract' })
      return
    }
    if (!Number.isSafeInteger(l.qty) || l.qty <= 0) {
      problems.push({ field: `lines.${i}.qty`, messageKey: 'shippingValidation.qty' })
      return
    }
    const before = asked.get(l.sourceLineId) ?? 0
    asked.set(l.sourceLineId, before + l.qty)
    const left = Math.max(0, (open.get(l.sourceLineId) ?? 0) - before)
    if (l.qty > left)
      problems.push({
        field: `lines.${i}.qty`,
        messageKey: overKey,
        params: { name: names.get(l.sourceLineId) ?? '', left, qty: l.qty },
      })
  })
  return problems
}

/** A shipment's line as its form sends it. */
export interface ShipLine extends QtyLine {
  productId: string
  serials: readonly string[]
}

/**
 * What is wrong with a shipment's lines: the quantities (no more than the
 * contract still has open, saying how many are left; other shipments count,
 * this one's own do not), and one serial number per unit of a product
 * tracked by serial number, none given twice (`lines.<i>.serials`).
 */
export function shipmentLineProblems(
  lines: readonly ShipLine[],
  open: ReadonlyMap<string, number>,
  sourceLines: readonly SourceLine[],
  serialized: ReadonlySet<string>,
): FieldProblem[] {
  const problems = quantityProblems(lines, open, sourceLines, 'shippingValidation.overOpen')
  const seen = new Set<string>()
  lines.forEach((l, i) => {
    if (!serialized.has(l.productId) || !Number.isSafeInteger(l.qty) || l.qty <= 0) return
    const serials = l.serials.map((s) => s.trim()).filter((s) => s !== '')
    if (serials.length !== l.qty)
      problems.push({
        field: `lines.${i}.serials`,
        messageKey: 'shippingValidation.serials',
        params: { qty: l.qty, count: serials.length },
      })
    const twice = serials.find((s, k) => seen.has(s) || serials.indexOf(s) !== k)
    if (twice)
      problems.push({
        field: `lines.${i}.serials`,
        messageKey: 'shippingValidation.serialTwice',
        params: { serial: twice },
      })
    for (const s of serials) seen.add(s)
  })
  return problems
}

/** A purchase order as the orderable quantities read it. */
export type OrderOf = Pick<PurchaseOrderRecord, 'id' | 'step'> & { deletedAt?: string | null }
export type OrderLineOf = Pick<PurchaseOrderLineRecord, 'parentId' | 'sourceLineId' | 'qty'> & {
  deletedAt?: string | null
}

/**
 * Quantity per contract line not yet on a purchase order: contract qty −
 * the lines of every live order not voided, `except` the one being edited.
 */
export function orderableQuantities(
  contractLines: readonly SourceLine[],
  orders: readonly OrderOf[],
  orderLines: readonly OrderLineOf[],
  except = '',
): Map<string, number> {
  const live = new Set(
    orders.filter((o) => !o.deletedAt && o.step !== 'voided' && o.id !== except).map((o) => o.id),
  )
  const ordered = new Map<string, number>()
  for (const l of orderLines)
    if (!l.deletedAt && live.has(l.parentId))
      ordered.set(l.sourceLineId, (ordered.get(l.sourceLineId) ?? 0) + l.qty)
  return new Map(contractLines.map((l) => [l.id, Math.max(0, l.qty - (ordered.get(l.id) ?? 0))]))
}

/**
 * What a purchase order's lines still wait for: its quantity per contract
 * line less what the contract's shipments carry, as far as the order covers
 * it. 0 when everything it ordered is on its way.
 */
export function unshippedOnOrder(
  orderLines: readonly OrderLineOf[],
  shipments: readonly ShipmentOf[],
  shipmentLines: readonly ShipmentLineOf[],
): number {
  const shipped = shippedQuantities(
    shipments.filter((s) => s.step !== 'draft'),
    shipmentLines,
  )
  let left = 0
  for (const l of orderLines) {
    if (l.deletedAt) continue
    const carriedQty = shipped.get(l.sourceLineId) ?? 0
    const take = Math.min(carriedQty, l.qty)
    shipped.set(l.sourceLineId, carriedQty - take)
    left += l.qty - take
  }
  return left
}

/** 未发货 / 部分发货 / 已全部发出 (not yet signed for) / 已交货 (every line signed for). */
export type DeliveryState = 'none' | 'partial' | 'shipped' | 'delivered'

/**
 * A contract's delivery state, derived from its shipments: delivered when
 * every line is fully signed for; shipped when everything is on its way;
 * partial when something is; none otherwise. A contract without lines has
 * nothing to deliver and reads `none`.
 */
export function deliveryState(
  contractLines: readonly SourceLine[],
  shipments: readonly ShipmentOf[],
  shipmentLines: readonly ShipmentLineOf[],
): DeliveryState {
  if (contractLines.length === 0) return 'none'
  const signed = signedQuantities(shipments, shipmentLines)
  if (contractLines.every((l) => (signed.get(l.id) ?? 0) >= l.qty)) return 'delivered'
  const shipped = carried(shipments, shipmentLines, (s) => s.step !== 'voided' && s.step !== 'draft')
  if (contractLines.every((l) => (shipped.get(l.id) ?? 0) >= l.qty)) return 'shipped'
  return contractLines.some((l) => (shipped.get(l.id) ?? 0) > 0) ? 'partial' : 'none'
}
