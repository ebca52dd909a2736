/**
 * 设备采购单 (DOMAIN.md §2 steps 1–3; 制度：根据合同填写《设备采购单》，经财务部
 * 审核后向厂家订货): made from a filed contract or an approved phone order
 * — never from one that may not ship (不得发货) — with the contract's lines
 * of one manufacturer; finance alone approves or returns it; the clerk
 * records the manufacturer's order reference and promised date. Thin: load
 * the facts, the machine decides, one write.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import type { ProductRecord } from '@shared/masterData/archiveRecords'
import type { CustomerRecord } from '@shared/masterData/archiveRecords'
import {
  type PurchaseOrderAction,
  type PurchaseOrderFacts,
  type PurchaseOrderPayloads,
  purchaseOrderMachine,
} from '@shared/procedures/shipping/machines/purchaseOrder'
import { sourceProblems } from '@shared/procedures/shipping/machines/sources'
import { shippingNumberPatterns } from '@shared/procedures/shipping/numbering'
import { orderableQuantities, unshippedOnOrder } from '@shared/procedures/shipping/quantities'
import type { PurchaseOrderLineRecord, PurchaseOrderRecord } from '@shared/procedures/shipping/records'
import { type PurchaseOrderInput, purchaseOrderInputSchema } from '@shared/procedures/shipping/schema'
import { todayIso } from '@shared/kernel/workdays'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { deriveNow } from '../../deriveNow'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext, refuseProblems } from '../takeTransition'
import {
  type SupplyRef,
  childLinesOf,
  readSupply,
  readSupplyShipping,
  supplyFields,
  supplyRefOf,
} from './shippingReads'

/** The purchase order as its machine sees it: the record, its lines, its source and what is left to order. */
export async function purchaseOrderFacts(
  db: DeskDb,
  order: Pick<
    PurchaseOrderRecord,
    | 'id'
    | 'step'
    | 'contractId'
    | 'phoneOrderId'
    | 'manufacturerId'
    | 'deliveryPlace'
    | 'recipient'
    | 'recipientPhone'
    | 'requestedOn'
  >,
  lines?: readonly { sourceLineId: string; qty: number }[],
): Promise<PurchaseOrderFacts> {
  const ref = supplyRefOf(order)
  const [supply, shipping] = await Promise.all([readSupply(db, ref), readSupplyShipping(db, ref)])
  const own = lines ?? shipping.orderLines.filter((l) => l.parentId === order.id)
  const ownLines = shipping.orderLines.filter((l) => l.parentId === order.id)
  // What this order's goods went out in: direct shipments against it.
  const itsShipments = shipping.shipments.filter((s) => s.purchaseOrderId === order.id)
  return {
    step: order.step,
    manufacturerId: order.manufacturerId,
    deliveryPlace: order.deliveryPlace,
    recipient: order.recipient,
    recipientPhone: order.recipientPhone,
    requestedOn: order.requestedOn,
    source: supply.source,
    lines: own.map((l) => ({ sourceLineId: l.sourceLineId, qty: l.qty })),
    sourceLines: supply.sourceLines,
    orderable: orderableQuantities(supply.sourceLines, shipping.orders, shipping.orderLines, order.id),
    unshipped: unshippedOnOrder(ownLines, itsShipments, shipping.shipmentLines),
  }
}

/**
 * A new order's form as the clerk starts it: the contract's lines of one
 * manufacturer (every line when none is named) with what is left to order,
 * the customer's address as the delivery place.
 */
export async function purchaseOrderDraft(
  db: DeskDb,
  ref: SupplyRef,
  manufacturerId = '',
): Promise<PurchaseOrderInput> {
  const [supply, shipping] = await Promise.all([readSupply(db, ref), readSupplyShipping(db, ref)])
  const left = orderableQuantities(supply.sourceLines, shipping.orders, shipping.orderLines)
  const products = (await db.products.bulkGet(supply.lines.map((l) => l.productId))) as (
    ProductRecord | undefined
  )[]
  const customerId = (supply.record as { customerId?: string } | undefined)?.customerId ?? ''
  const customer = customerId
    ? ((await db.customers.get(customerId)) as CustomerRecord | undefined)
    : undefined
  return {
    ...supplyFields(ref),
    manufacturerId,
    deliveryPlace: customer?.address ?? '',
    recipient: '',
    recipientPhone: '',
    requestedOn: (supply.record as { deliveryDueOn?: string } | undefined)?.deliveryDueOn ?? '',
    note: '',
    lines: supply.lines
      .map((l, i) => ({ line: l, product: products[i], qty: left.get(l.id) ?? 0 }))
      .filter(
        ({ product, qty }) => qty > 0 && (!manufacturerId || product?.manufacturerId === manufacturerId),
      )
      .map(({ line, qty }) => ({
        sourceLineId: line.id,
        productId: line.productId,
        name: line.name,
        spec: line.spec,
        unit: line.unit,
        qty,
        unitFen: 0,
        note: '',
      })),
  }
}

/** Writes the order's lines, matched to the stored ones by the contract line they order. */
async function writeOrderLines(w: Writer, db: DeskDb, orderId: string, input: PurchaseOrderInput) {
  const existing = await childLinesOf<PurchaseOrderLineRecord>(db, 'purchaseOrderLines', orderId)
  const bySource = new Map(existing.map((l) => [l.sourceLineId, l]))
  const kept = new Set<string>()
  for (const [i, line] of input.lines.entries()) {
    const values = { ...line, position: i + 1 }
    const before = bySource.get(line.sourceLineId)
    if (before && !kept.has(before.id)) {
      kept.add(before.id)
      const moved = (Object.keys(values) as (keyof typeof values)[]).some((k) => before[k] !== values[k])
      if (moved) await w.updateRow('purchaseOrderLines', before, values)
    } else await w.create('purchaseOrderLines', { ...values, parentId: orderId })
  }
  for (const l of existing) if (!kept.has(l.id)) await w.archive('purchaseOrderLines', l.id)
  await deriveNow(w, db, 'purchaseOrders', orderId)
}

/**
 * Makes (id null) or corrects a purchase order while it is a draft or was
 * returned. A contract that is not filed, or a phone order leadership has
 * not approved (不得发货), gets none; quantities beyond what is left to
 * order are refused at the line, saying how many are left.
 */
export async function savePurchaseOrder(
  db: DeskDb,
  req: { id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<PurchaseOrderRecord> {
  assertCan(ctx.actor, 'shipping.edit')
  const input = parseOrFail(purchaseOrderInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    let order: PurchaseOrderRecord
    if (req.id === null) {
      const supply = await readSupply(db, supplyRefOf(input))
      refuseProblems(sourceProblems(supply.source))
      const number = await takeNumber(
        w,
        db,
        'purchaseOrder',
        shippingNumberPatterns.purchaseOrder,
        todayIso(ctx.now),
      )
      const { lines: _lines, ...fields } = input
      order = await w.create('purchaseOrders', {
        ...fields,
        customerId: (supply.record as { customerId?: string } | undefined)?.customerId ?? '',
        number,
        step: purchaseOrderMachine.initial,
        submittedOn: '',
        reviewComment: '',
        reviewedOn: '',
        reviewedBy: '',
        orderRef: '',
        promisedOn: '',
        orderedOn: '',
        closedOn: '',
        reason: '',
        totalFen: 0,
      })
    } else {
      const before = await w.getLive('purchaseOrders', req.id)
      if (!purchaseOrderMachine.isEditable(before.step))
        throw new AppFailure(
          purchaseOrderMachine.notEditable.code,
          purchaseOrderMachine.notEditable.messageKey,
        )
      if (before.contractId !== input.contractId || before.phoneOrderId !== input.phoneOrderId)
        throw new AppFailure('validation', 'shippingValidation.notOnContract', { field: 'source' })
      const { lines: _lines, contractId: _c, phoneOrderId: _p, ...fields } = input
      order = await w.updateRow('purchaseOrders', before, fields)
    }
    // What is left to order counts every other order: refused at the line before anything is kept.
    const facts = await purchaseOrderFacts(db, order, input.lines)
    refuseProblems(
      purchaseOrderMachine
        .problems(facts, 'submit', {}, await machineContext(db, ctx))
        .filter((p) => p.field.startsWith('lines')),
    )
    await writeOrderLines(w, db, order.id, input)
    return (await w.get('purchaseOrders', order.id)) ?? order
  })
}

/** Takes one step: 提交财务审核, 财务审核通过 / 退回, 已向厂家订货, 完结, 作废. */
export async function purchaseOrderAction<A extends PurchaseOrderAction>(
  db: DeskDb,
  req: { id: string; action: A; payload: PurchaseOrderPayloads[A] },
  ctx: WriteContext,
): Promise<PurchaseOrderRecord> {
  return runWrite(db, ctx, async (w) => {
    const order = await w.getLive('purchaseOrders', req.id)
    const [facts, mctx] = await Promise.all([purchaseOrderFacts(db, order), machineContext(db, ctx)])
    const patch = allowed(
      purchaseOrderMachine.transition(facts, req.action, req.payload, mctx),
      'purchaseOrders',
      req.action,
    )
    return w.updateRow('purchaseOrders', order, patch)
  })
}
