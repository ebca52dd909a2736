/**
 * 发运 (DOMAIN.md §2 steps 4–6): a shipment direct from the manufacturer
 * against an ordered purchase order, or out of the company's stock (then
 * its 出库 is written with it); never more than the contract still has
 * open, the refusal at the line saying how many are left; the 设备签收单's
 * signed scan kept as a typed voucher (收货凭证), without which it is not
 * filed (制度：对用户的收货凭证或发货凭证要妥善保存，不得遗失).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import type { StoredAttachment } from '@shared/ipc/contract'
import { todayIso } from '@shared/kernel/workdays'
import { purchaseOrderMachine } from '@shared/procedures/shipping/machines/purchaseOrder'
import {
  type ShipmentAction,
  type ShipmentFacts,
  type ShipmentPayloads,
  shipmentMachine,
  stockOutMovements,
} from '@shared/procedures/shipping/machines/shipment'
import { sourceProblems } from '@shared/procedures/shipping/machines/sources'
import { shippingNumberPatterns } from '@shared/procedures/shipping/numbering'
import {
  type DeliveryState,
  deliveryState,
  openQuantities,
  quantityProblems,
} from '@shared/procedures/shipping/quantities'
import type {
  DeliveryVoucherRecord,
  ShipmentLineRecord,
  ShipmentRecord,
  VoucherKind,
} from '@shared/procedures/shipping/records'
import {
  type ShipmentInput,
  shipmentInputSchema,
  voucherInputSchema,
} from '@shared/procedures/shipping/schema'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext, refuseProblems } from '../takeTransition'
import { purchaseOrderFacts } from './purchaseOrdersRepo'
import {
  type SupplyRef,
  childLinesOf,
  readSupply,
  readSupplyShipping,
  serializedAmong,
  supplyRefOf,
} from './shippingReads'
import { movementsOf, productNames, readSignedOffMonths, writeMovements } from './stockRepo'

type ShipmentFields = Pick<
  ShipmentRecord,
  | 'id'
  | 'step'
  | 'contractId'
  | 'phoneOrderId'
  | 'purchaseOrderId'
  | 'source'
  | 'shippedOn'
  | 'signedReceiptId'
>

/** Live vouchers whose scan is still there (停用 attachments do not count). */
async function liveVouchers(db: DeskDb, shipmentId: string): Promise<DeliveryVoucherRecord[]> {
  const vouchers = liveRows(await db.deliveryVouchers.where('parentId').equals(shipmentId).toArray())
  const scans = await db.attachments.bulkGet(vouchers.map((v) => v.attachmentId))
  return vouchers.filter((_, i) => scans[i] && !scans[i]!.deletedAt)
}

/** The shipment as its machine sees it; `lines` when the form's are asked about rather than the stored ones. */
export async function shipmentFacts(
  db: DeskDb,
  s: ShipmentFields,
  lines?: readonly ShipmentInput['lines'][number][],
): Promise<ShipmentFacts> {
  const ref = supplyRefOf(s)
  const [supply, shipping, vouchers] = await Promise.all([
    readSupply(db, ref),
    readSupplyShipping(db, ref),
    liveVouchers(db, s.id),
  ])
  const own = lines ?? shipping.shipmentLines.filter((l) => l.parentId === s.id)
  const order = s.purchaseOrderId ? shipping.orders.find((o) => o.id === s.purchaseOrderId) : undefined
  const products = own.map((l) => l.productId)
  const stock =
    s.source === 'stock'
      ? await Promise.all([
          movementsOf(db, products),
          readSignedOffMonths(db),
          productNames(db, products),
        ]).then(([movements, signedOff, names]) => ({ movements, signedOff, names }))
      : undefined
  return {
    step: s.step,
    shippedOn: s.shippedOn,
    signedReceiptId: s.signedReceiptId,
    source: s.source,
    supply: supply.source,
    purchaseOrderStep: order?.step ?? '',
    lines: own.map((l) => ({
      sourceLineId: l.sourceLineId,
      qty: l.qty,
      productId: l.productId,
      serials: l.serials,
    })),
    sourceLines: supply.sourceLines,
    open: openQuantities(supply.sourceLines, shipping.shipments, shipping.shipmentLines, s.id),
    serialized: await serializedAmong(db, products),
    ...(stock ? { stock } : {}),
    vouchers: vouchers.map((v) => ({ id: v.id, kind: v.kind })),
  }
}

async function writeShipmentLines(w: Writer, db: DeskDb, shipment: ShipmentRecord, input: ShipmentInput) {
  const existing = await childLinesOf<ShipmentLineRecord>(db, 'shipmentLines', shipment.id)
  const bySource = new Map(existing.map((l) => [l.sourceLineId, l]))
  const kept = new Set<string>()
  for (const [i, line] of input.lines.entries()) {
    const values = { ...line, serials: line.serials.map((x) => x.trim()).filter(Boolean), position: i + 1 }
    const before = bySource.get(line.sourceLineId)
    if (before && !kept.has(before.id)) {
      kept.add(before.id)
      const moved = (Object.keys(values) as (keyof typeof values)[]).some(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(values[k]),
      )
      if (moved) await w.updateRow('shipmentLines', before, values)
    } else
      await w.create('shipmentLines', { ...values, parentId: shipment.id, contractId: shipment.contractId })
  }
  for (const l of existing) if (!kept.has(l.id)) await w.archive('shipmentLines', l.id)
}

/**
 * Makes (id null) or corrects a shipment while it is a draft. Its lines may
 * not carry more than the contract still has open (every other shipment
 * counts): refused at the line, saying how many are left.
 */
export async function saveShipment(
  db: DeskDb,
  req: { id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<ShipmentRecord> {
  assertCan(ctx.actor, 'shipping.edit')
  const input = parseOrFail(shipmentInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    const ref = supplyRefOf(input)
    const supply = await readSupply(db, ref)
    if (input.source === 'direct' && input.purchaseOrderId) {
      const order = await w.get('purchaseOrders', input.purchaseOrderId)
      if (
        !order ||
        order.deletedAt ||
        order.contractId !== input.contractId ||
        order.phoneOrderId !== input.phoneOrderId
      )
        throw new AppFailure('validation', 'shippingValidation.notOrdered', { field: 'purchaseOrderId' })
    }
    const { lines: _lines, ...fields } = input
    const values = { ...fields, purchaseOrderId: input.source === 'direct' ? input.purchaseOrderId : '' }
    let shipment: ShipmentRecord
    if (req.id === null) {
      refuseProblems(sourceProblems(supply.source))
      const number = await takeNumber(w, db, 'shipment', shippingNumberPatterns.shipment, todayIso(ctx.now))
      shipment = await w.create('shipments', {
        ...values,
        customerId: (supply.record as { customerId?: string } | undefined)?.customerId ?? '',
        number,
        step: shipmentMachine.initial,
        shippedOn: '',
        receivedOn: '',
        signedReceiptId: '',
        filedOn: '',
        reason: '',
      })
    } else {
      const before = await w.getLive('shipments', req.id)
      if (!shipmentMachine.isEditable(before.step))
        throw new AppFailure(shipmentMachine.notEditable.code, shipmentMachine.notEditable.messageKey)
      if (before.contractId !== input.contractId || before.phoneOrderId !== input.phoneOrderId)
        throw new AppFailure('validation', 'shippingValidation.notOnContract', { field: 'source' })
      shipment = await w.updateRow('shipments', before, values)
    }
    const facts = await shipmentFacts(db, shipment, input.lines)
    refuseProblems(
      quantityProblems(facts.lines, facts.open, facts.sourceLines, 'shippingValidation.overOpen'),
    )
    await writeShipmentLines(w, db, shipment, input)
    return shipment
  })
}

/** A stock line's refusal at its form field (lines.<i>.qty), the date's at shippedOn. */
const atShipmentField = (p: {
  field: string
  messageKey: string
  params?: Record<string, string | number>
}) => {
  const [, i, field] = p.field.split('.')
  return field === 'date' ? { ...p, field: 'shippedOn' } : { ...p, field: `lines.${i}.qty` }
}

/** What leaving stock, or coming back to it, writes for a shipment's lines. */
async function moveStock(
  w: Writer,
  db: DeskDb,
  s: ShipmentRecord,
  kind: 'out' | 'in',
  date: string,
  handledBy: string,
): Promise<void> {
  const lines = await childLinesOf<ShipmentLineRecord>(db, 'shipmentLines', s.id)
  const names = await productNames(
    db,
    lines.map((l) => l.productId),
  )
  await writeMovements(
    w,
    db,
    stockOutMovements(lines, date, names).map((m) => ({
      productId: m.productId,
      kind,
      date,
      qty: m.qty,
      sourceTable: 'shipments',
      sourceId: s.id,
      sourceNumber: s.number,
      handledBy,
      note: kind === 'in' ? s.reason : '',
    })),
    atShipmentField,
  )
}

/**
 * Takes one step: 发货 (from stock: its 出库 with it; direct: the purchase
 * order is done once all it ordered is on its way), 签收, 归档, 作废 (a
 * shipment that had left stock comes back into it).
 */
export async function shipmentAction<A extends ShipmentAction>(
  db: DeskDb,
  req: { id: string; action: A; payload: ShipmentPayloads[A] },
  ctx: WriteContext,
): Promise<ShipmentRecord> {
  return runWrite(db, ctx, async (w) => {
    const s = await w.getLive('shipments', req.id)
    const [facts, mctx] = await Promise.all([shipmentFacts(db, s), machineContext(db, ctx)])
    const patch = allowed(
      shipmentMachine.transition(facts, req.action, req.payload, mctx),
      'shipments',
      req.action,
    )
    const after = await w.updateRow('shipments', s, patch)
    if (req.action === 'ship') {
      if (s.source === 'stock') await moveStock(w, db, after, 'out', after.shippedOn, ctx.actor.name)
      else await closeShippedOrder(w, db, after, ctx)
    }
    if (req.action === 'void' && s.source === 'stock' && s.step === 'shipped')
      await moveStock(w, db, after, 'in', todayIso(ctx.now), ctx.actor.name)
    return after
  })
}

/** A purchase order whose goods are all on their way moves to 已全部发货 with the shipment that did it. */
async function closeShippedOrder(w: Writer, db: DeskDb, s: ShipmentRecord, ctx: WriteContext): Promise<void> {
  if (!s.purchaseOrderId) return
  const order = await w.get('purchaseOrders', s.purchaseOrderId)
  if (!order || order.step !== 'ordered') return
  const facts = await purchaseOrderFacts(db, order)
  if (facts.unshipped > 0) return
  const result = purchaseOrderMachine.transition(facts, 'markShipped', {}, await machineContext(db, ctx), {})
  if (result.ok) await w.updateRow('purchaseOrders', order, result.patch)
}

/**
 * A delivery voucher (收货凭证（签收单）, 发货凭证, 运单): the scan main has
 * stored, attached to the shipment and typed, in one transaction.
 */
export async function addVoucher(
  db: DeskDb,
  req: { shipmentId: string; kind: VoucherKind; stored: StoredAttachment; fileName: string; note?: string },
  ctx: WriteContext,
): Promise<DeliveryVoucherRecord> {
  assertCan(ctx.actor, 'shipping.attach')
  return runWrite(db, ctx, async (w) => {
    const s = await w.getLive('shipments', req.shipmentId)
    if (s.step === 'voided' || s.step === 'filed')
      throw new AppFailure('procedure.stepClosed', 'errors.procedure.stepClosed', { action: 'attach' })
    const scan = await w.create('attachments', {
      ownerTable: 'shipments',
      ownerId: s.id,
      sha256: req.stored.sha256,
      fileName: req.fileName.slice(0, 200),
      mime: req.stored.mime,
      bytes: req.stored.bytes,
      note: '',
    })
    const input = parseOrFail(voucherInputSchema, {
      shipmentId: s.id,
      kind: req.kind,
      attachmentId: scan.id,
      note: req.note ?? '',
    })
    return w.create('deliveryVouchers', {
      parentId: s.id,
      contractId: s.contractId,
      kind: input.kind,
      attachmentId: scan.id,
      note: input.note,
    })
  })
}

/** A voucher with the scan it holds, for the lists per shipment and per contract. */
export interface VoucherRow extends DeliveryVoucherRecord {
  fileName: string
  sha256: string
  mime: string
  shipmentNumber: string
}

/** 发货凭证 / 收货凭证 of a contract (or phone order), every shipment's, newest first. */
export async function vouchersOf(db: DeskDb, ref: SupplyRef): Promise<VoucherRow[]> {
  const shipping = await readSupplyShipping(db, ref)
  const scans = await db.attachments.bulkGet(shipping.vouchers.map((v) => v.attachmentId))
  const numbers = new Map(shipping.shipments.map((s) => [s.id, s.number]))
  return shipping.vouchers
    .map((v, i) => ({ v, scan: scans[i] }))
    .filter(({ scan }) => scan && !scan.deletedAt)
    .map(({ v, scan }) => ({
      ...v,
      fileName: scan!.fileName,
      sha256: scan!.sha256,
      mime: scan!.mime,
      shipmentNumber: numbers.get(v.parentId) ?? '',
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** The contract's (or phone order's) delivery, derived from its shipments (never typed). */
export async function deliveryOf(db: DeskDb, ref: SupplyRef): Promise<DeliveryState> {
  const [supply, shipping] = await Promise.all([readSupply(db, ref), readSupplyShipping(db, ref)])
  return deliveryState(supply.sourceLines, shipping.shipments, shipping.shipmentLines)
}
