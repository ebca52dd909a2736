/**
 * What the shipping screens send, checked at the boundary (zod): the fields
 * a form types, never a step or a derived value. Money is integer fen,
 * quantities whole numbers, dates YYYY-MM-DD. The rules that need other
 * records (open quantities, stock, signed-off months) are the machines'
 * and stock.ts's, not these shapes'.
 */
import { z } from 'zod'
import { movementKinds, shipmentSources, voucherKinds } from './records'

const text = (max: number) => z.string().trim().max(max)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const dayOrEmpty = z.union([day, z.literal('')])
const id = z.string().min(1).max(64)
const qty = z.number().int().min(1).max(1_000_000)

export const purchaseOrderLineInputSchema = z.object({
  sourceLineId: id,
  productId: z.string().max(64),
  name: text(100).min(1),
  spec: text(100),
  unit: text(10),
  qty,
  unitFen: z.number().int().min(0).max(1e12),
  note: text(200),
})

export const purchaseOrderInputSchema = z
  .object({
    contractId: z.string().max(64),
    phoneOrderId: z.string().max(64),
    manufacturerId: z.string().max(64),
    deliveryPlace: text(200),
    recipient: text(40),
    recipientPhone: text(40),
    requestedOn: dayOrEmpty,
    note: text(500),
    lines: z.array(purchaseOrderLineInputSchema).max(200),
  })
  // Made from a filed contract or from an approved phone order: one of the two.
  .refine((o) => (o.contractId === '') !== (o.phoneOrderId === ''), { path: ['source'] })
export type PurchaseOrderInput = z.infer<typeof purchaseOrderInputSchema>

export const shipmentLineInputSchema = z.object({
  sourceLineId: id,
  productId: z.string().max(64),
  name: text(100).min(1),
  spec: text(100),
  unit: text(10),
  qty,
  serials: z.array(text(60)).max(10_000),
})

export const shipmentInputSchema = z
  .object({
    contractId: z.string().max(64),
    phoneOrderId: z.string().max(64),
    purchaseOrderId: z.string().max(64),
    source: z.enum(shipmentSources),
    carrier: text(60),
    trackingNo: text(60),
    deliveryPlace: text(200),
    recipient: text(40),
    recipientPhone: text(40),
    lines: z.array(shipmentLineInputSchema).max(200),
  })
  .refine((s) => (s.contractId === '') !== (s.phoneOrderId === ''), { path: ['source'] })
export type ShipmentInput = z.infer<typeof shipmentInputSchema>

export const voucherInputSchema = z.object({
  shipmentId: id,
  kind: z.enum(voucherKinds),
  attachmentId: id,
  note: text(200),
})
export type VoucherInput = z.infer<typeof voucherInputSchema>

/** 入库 typed by hand (goods from a manufacturer or supplier, a return); 出库 and 盘点调整 come from their documents. */
export const stockInInputSchema = z.object({
  productId: id,
  kind: z.enum(movementKinds).extract(['in']),
  date: day,
  qty,
  sourceNumber: text(40),
  handledBy: text(40).min(1),
  note: text(200),
})
export type StockInInput = z.infer<typeof stockInInputSchema>

export const countLineInputSchema = z.object({
  productId: id,
  countedQty: z.number().int().min(0).max(1_000_000),
  reason: text(200),
})
export type CountLineInput = z.infer<typeof countLineInputSchema>
