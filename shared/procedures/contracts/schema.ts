/**
 * What a screen sends to save a quotation, contract, change agreement or
 * phone order. Checked at the boundary (repositories) with the same schemas
 * the forms use; messages are i18n keys shown at the field. Only what can
 * never be is refused here (a negative price, a discount over 100 %); what a
 * step needs (lines, milestones adding up) is refused when leaving draft
 * (contractChecks.ts).
 */
import { z } from 'zod'
import { milestoneKinds, milestoneTriggers } from './records'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong')
const day = z.string().regex(DAY, 'validation.date')
const optionalDay = z.union([z.literal(''), day])
const fen = z.number().int('validation.contract.negativePrice').min(0, 'validation.contract.negativePrice')

export const lineInputSchema = z.object({
  /** An existing line's id; absent for a new line. */
  id: z.string().max(40).optional(),
  productId: text(40),
  name: text(100).min(1, 'validation.required'),
  spec: text(100),
  unit: text(10),
  qty: z
    .number()
    .int('validation.contract.qty')
    .positive('validation.contract.qty')
    .max(1e9, 'validation.contract.qty'),
  quotedUnitFen: fen.max(1e13).nullable(),
  unitFen: fen.max(1e13, 'validation.contract.negativePrice'),
  discountBp: z
    .number()
    .int('validation.contract.discount')
    .min(0, 'validation.contract.discount')
    .max(10_000, 'validation.contract.discount'),
  taxRateBp: z.number().int().min(0, 'validation.taxRate').max(10_000, 'validation.taxRate'),
  note: text(200),
})
export type LineInput = z.infer<typeof lineInputSchema>

export const milestoneInputSchema = z.object({
  id: z.string().max(40).optional(),
  kind: z.enum(milestoneKinds),
  percentBp: z
    .number()
    .int('validation.contract.milestonePositive')
    .positive('validation.contract.milestonePositive')
    .max(10_000, 'validation.contract.milestonePositive'),
  dueRule: text(100),
  /** What makes it fall due; '' keeps a typed date (milestones made before triggers). */
  trigger: z.enum(['', ...milestoneTriggers]).default(''),
  triggerDays: z
    .number()
    .int()
    .min(0, 'validation.contract.triggerDays')
    .max(3650, 'validation.contract.triggerDays')
    .default(0),
  dueOn: optionalDay,
})
export type MilestoneInput = z.infer<typeof milestoneInputSchema>

export const quotationInputSchema = z.object({
  customerId: z.string().min(1, 'validation.required'),
  quotedOn: day,
  validUntil: day,
  deliveryTerms: text(500),
  paymentTerms: text(500),
  note: text(1000),
  lines: z.array(lineInputSchema).max(500),
})
export type QuotationInput = z.infer<typeof quotationInputSchema>

export const clauseSchema = z.object({
  title: text(40).min(1, 'validation.required'),
  text: text(2000).min(1, 'validation.required'),
})

export const contractInputSchema = z.object({
  title: text(100).min(1, 'validation.required'),
  customerId: z.string().min(1, 'validation.required'),
  signPlace: text(100),
  deliveryTerms: text(500),
  deliveryDueOn: optionalDay,
  warranty: text(500),
  clauses: z.array(clauseSchema).max(40),
  nonStandardTerms: z.boolean(),
  specialFees: z.boolean(),
  specialFeesNote: text(500),
  lines: z.array(lineInputSchema).max(500),
  milestones: z.array(milestoneInputSchema).max(20),
})
export type ContractInput = z.infer<typeof contractInputSchema>

export const changeInputSchema = z.object({
  reason: text(1000).min(1, 'validation.required'),
  scheduleEffect: text(500),
  lines: z.array(lineInputSchema).max(500),
  milestones: z.array(milestoneInputSchema).max(20),
})
export type ChangeInput = z.infer<typeof changeInputSchema>

export const phoneOrderInputSchema = z.object({
  channel: z.enum(['phone', 'fax']),
  customerId: z.string().min(1, 'validation.required'),
  receivedOn: day,
  caller: text(50).min(1, 'validation.required'),
  reasonNoContract: text(500).min(1, 'validation.required'),
  note: text(1000),
  lines: z.array(lineInputSchema).min(1, 'validation.contract.noLines').max(500),
})
export type PhoneOrderInput = z.infer<typeof phoneOrderInputSchema>

/** The usual payment terms of a new contract: 30 % advance, 60 % on delivery, 10 % retention. */
export const defaultMilestones: readonly MilestoneInput[] = [
  {
    kind: 'advance',
    percentBp: 3000,
    dueRule: '合同签订后7日内',
    trigger: 'signed',
    triggerDays: 7,
    dueOn: '',
  },
  {
    kind: 'delivery',
    percentBp: 6000,
    dueRule: '验收合格后30日内',
    trigger: 'accepted',
    triggerDays: 30,
    dueOn: '',
  },
  {
    kind: 'retention',
    percentBp: 1000,
    dueRule: '质保期满后15日内',
    trigger: 'warrantyEnd',
    triggerDays: 15,
    dueOn: '',
  },
]

/**
 * A contract draft for a customer and lines that came from elsewhere (a
 * quotation, a phone order): the clause library's clauses and the usual
 * payment milestones, everything else still to be filled in.
 */
export function contractDraftInput(
  from: { customerId: string; lines: LineInput[]; deliveryTerms?: string },
  clauses: readonly { title: string; text: string }[],
): ContractInput {
  return {
    title: '销售合同',
    customerId: from.customerId,
    signPlace: '',
    deliveryTerms: from.deliveryTerms ?? '',
    deliveryDueOn: '',
    warranty: '',
    clauses: clauses.map((c) => ({ ...c })),
    nonStandardTerms: false,
    specialFees: false,
    specialFeesNote: '',
    lines: from.lines,
    milestones: defaultMilestones.map((m) => ({ ...m })),
  }
}
