/**
 * What the collections screens send, checked at the boundary (zod): the
 * fields a form types, never a step, a confirmation or a derived value.
 * Money is integer fen, dates YYYY-MM-DD. The rules that need other records
 * (open amounts, the company's accounts, closed months, handed-over bills)
 * are receipts.ts's, bills.ts's and the machines', not these shapes'.
 */
import { z } from 'zod'
import { contactWays, receiptMethods, statementAnswers } from './records'

const text = (max: number) => z.string().trim().max(max)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const dayOrEmpty = z.union([day, z.literal('')])
const id = z.string().min(1).max(64)
/** Up to ¥10,000,000,000.00: larger is a typing mistake, and stays a safe integer when summed. */
const fen = z.number().int().min(1).max(1e12)

export const allocationInputSchema = z.object({
  milestoneId: id,
  amountFen: fen,
})
export type AllocationInputValue = z.infer<typeof allocationInputSchema>

export const receiptInputSchema = z
  .object({
    customerId: id,
    receivedOn: day,
    payer: text(100).min(1),
    method: z.enum(receiptMethods),
    accountId: id,
    amountFen: fen,
    billNo: text(40),
    drawer: text(100),
    acceptor: text(100),
    billIssuedOn: dayOrEmpty,
    billDueOn: dayOrEmpty,
    note: text(500),
    allocations: z.array(allocationInputSchema).min(1).max(100),
  })
  // A transfer has no bill: whatever a form left in those fields is not kept.
  .transform((r) =>
    r.method === 'transfer'
      ? { ...r, billNo: '', drawer: '', acceptor: '', billIssuedOn: '', billDueOn: '' }
      : r,
  )
export type ReceiptInputValue = z.infer<typeof receiptInputSchema>

export const dunningInputSchema = z.object({
  contractId: id,
  milestoneId: id,
  contactedOn: day,
  contact: text(40).min(1),
  how: z.enum(contactWays),
  promisedOn: dayOrEmpty,
  note: text(500),
})
export type DunningInputValue = z.infer<typeof dunningInputSchema>

export const billHandoverInputSchema = z.object({
  handedOn: day,
  receivedBy: text(40),
  receiptIds: z.array(id).min(1).max(200),
})
export type BillHandoverInput = z.infer<typeof billHandoverInputSchema>

export const collectionCheckInputSchema = z.object({
  day,
  clerk: text(40).min(1),
  finance: text(40).min(1),
  /** May be negative: finance's figure − ours. */
  differenceFen: z.number().int().min(-1e12).max(1e12),
  note: text(500),
})
export type CollectionCheckInput = z.infer<typeof collectionCheckInputSchema>

/** The customer's 回执 as the clerk records it (statements.ts answerProblems checks the rest). */
export const statementAnswerSchema = z.object({
  answer: z.enum(statementAnswers),
  returnedOn: day,
  /** The customer's figure − ours; 0 when it matches. */
  differenceFen: z.number().int().min(-1e12).max(1e12),
  explanation: text(1000),
})
export type StatementAnswerInput = z.infer<typeof statementAnswerSchema>

export const monthCloseInputSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  receivablesFen: z.number().int().min(0).max(1e13),
  payablesFen: z.number().int().min(0).max(1e13),
})
export type MonthCloseInput = z.infer<typeof monthCloseInputSchema>

/** One of the company's accounts, as the settings key `collections.accounts` would hold a list of them. */
export const companyAccountSchema = z.object({
  id,
  bank: text(100).min(1),
  accountNo: z
    .string()
    .trim()
    .regex(/^[0-9 -]{6,40}$/),
  holder: text(100).min(1),
})
export const companyAccountsSchema = z
  .array(companyAccountSchema)
  .max(50)
  // Two rows with one id would make a receipt's account ambiguous.
  .refine((list) => new Set(list.map((a) => a.id)).size === list.length)
