/**
 * What the invoicing screens send, checked at the boundary (zod): the fields
 * an application's form types, never a step, a buyer detail (copied from the
 * customer's record) or a derived value. Money is integer fen.
 */
import { z } from 'zod'
import { invoiceKinds } from './records'

const text = (max: number) => z.string().trim().max(max)
const id = z.string().min(1).max(64)

export const invoiceLineInputSchema = z.object({
  sourceLineId: id,
  name: text(100).min(1),
  spec: text(100),
  unit: text(10),
  qty: z.number().int().min(0).max(1_000_000),
  amountFen: z.number().int().min(1).max(1e13),
  taxRateBp: z.number().int().min(0).max(10_000),
})

export const invoiceInputSchema = z.object({
  contractId: id,
  shipmentIds: z.array(id).max(200),
  kind: z.enum(invoiceKinds),
  note: text(500),
  lines: z.array(invoiceLineInputSchema).max(500),
})
export type InvoiceInput = z.infer<typeof invoiceInputSchema>
