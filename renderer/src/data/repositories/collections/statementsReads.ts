/**
 * What a half-year's 对账单 read (statements.ts): the amounts of contracts in
 * force or settled, on the day signed — each at what it was signed for, its
 * signed change agreements as their difference on their own day — invoices
 * issued and confirmed receipts; and, for one customer's printed statement,
 * the period's contracts, invoices and receipts with their numbers. Read
 * through the indexes (contracts and invoices by day, receipts by step, a
 * customer's by customer), never more than the period needs.
 */
import { contractOwesPayments } from '@shared/procedures/contracts/machines/contract'
import type { ContractChangeRecord, ContractRecord } from '@shared/procedures/contracts/records'
import type { StatementEntry } from '@shared/procedures/collections/documents'
import type { ReceiptRecord } from '@shared/procedures/collections/records'
import {
  type ContractAmount,
  type InvoiceAmount,
  type StatementInputs,
  type StatementReceipt,
  periodEnd,
  periodStart,
} from '@shared/procedures/collections/statements'
import { receiptMethodWords } from '@shared/procedures/collections/words'
import { issuedSteps } from '@shared/procedures/invoicing/amounts'
import type { InvoiceRecord } from '@shared/procedures/invoicing/records'
import { invoiceKindWords } from '@shared/procedures/invoicing/words'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'

type Change = Pick<
  ContractChangeRecord,
  'contractId' | 'step' | 'signedOn' | 'totalBeforeFen' | 'totalAfterFen'
>

/** What a change agreement added to (or took from) its contract, once signed. */
const changeFen = (c: Change) => c.totalAfterFen - c.totalBeforeFen

/**
 * Each contract at what it was signed for (its total now less its signed
 * changes) on its signing day, and each signed change as its difference on
 * its own day: a contract changed in the period shows the change there.
 */
export function contractAmounts(
  contracts: readonly Pick<ContractRecord, 'id' | 'customerId' | 'step' | 'signedOn' | 'totalFen'>[],
  changes: readonly Change[],
): ContractAmount[] {
  const signed = new Map<string, Change[]>()
  for (const c of changes)
    if (c.step === 'signed' && c.signedOn) signed.set(c.contractId, [...(signed.get(c.contractId) ?? []), c])
  const out: ContractAmount[] = []
  for (const c of contracts) {
    if (!contractOwesPayments(c.step) || !c.signedOn) continue
    const own = signed.get(c.id) ?? []
    const original = c.totalFen - own.reduce((sum, x) => sum + changeFen(x), 0)
    out.push({ customerId: c.customerId, signedOn: c.signedOn, amountFen: original })
    for (const x of own) out.push({ customerId: c.customerId, signedOn: x.signedOn, amountFen: changeFen(x) })
  }
  return out
}

const issued = (i: InvoiceRecord) => issuedSteps.includes(i.step)

/** Every customer's inputs up to the period's end (statementFigures keeps what falls in it). */
export async function readStatementInputs(db: DeskDb, period: string): Promise<StatementInputs> {
  const start = periodStart(period)
  const end = periodEnd(period)
  const [contracts, changes, invoices, receipts] = await Promise.all([
    db.contracts.where('signedOn').between('0000', end, true, true).toArray(),
    db.contractChanges.where('step').equals('signed').toArray(),
    db.invoices.where('issuedOn').between(start, end, true, true).toArray(),
    db.receipts.where('step').equals('confirmed').toArray(),
  ])
  return {
    contracts: contractAmounts(liveRows(contracts), liveRows(changes)),
    invoices: liveRows(invoices)
      .filter(issued)
      .map((i): InvoiceAmount => ({
        customerId: i.customerId,
        issuedOn: i.issuedOn,
        amountFen: i.issuedFen,
      })),
    receipts: liveRows(receipts) as StatementReceipt[],
  }
}

const invoiceNumber = (i: InvoiceRecord) => [i.invoiceCode, i.invoiceNo].filter(Boolean).join(' ') || i.number

/** One customer's contracts, changes, invoices and receipts in the period, for the printed statement. */
export async function readStatementEntries(
  db: DeskDb,
  customerId: string,
  period: string,
): Promise<StatementEntry[]> {
  const start = periodStart(period)
  const end = periodEnd(period)
  const within = (day: string) => day >= start && day <= end
  const [contracts, invoices, receipts] = await Promise.all([
    db.contracts.where('customerId').equals(customerId).toArray(),
    db.invoices.where('customerId').equals(customerId).toArray(),
    db.receipts.where('customerId').equals(customerId).toArray(),
  ])
  const owing = liveRows(contracts).filter((c) => contractOwesPayments(c.step) && c.signedOn)
  const changes = liveRows(
    await db.contractChanges
      .where('contractId')
      .anyOf(owing.map((c) => c.id))
      .toArray(),
  ).filter((c) => c.step === 'signed' && c.signedOn)
  const entries: StatementEntry[] = []
  for (const c of owing) {
    const own = changes.filter((x) => x.contractId === c.id)
    const original = c.totalFen - own.reduce((sum, x) => sum + changeFen(x), 0)
    if (within(c.signedOn))
      entries.push({
        kind: 'contract',
        date: c.signedOn,
        number: c.number,
        text: c.title,
        amountFen: original,
      })
    for (const x of own)
      if (within(x.signedOn))
        entries.push({
          kind: 'change',
          date: x.signedOn,
          number: x.number,
          text: `${c.number} 变更`,
          amountFen: changeFen(x),
        })
  }
  for (const i of liveRows(invoices))
    if (issued(i) && within(i.issuedOn))
      entries.push({
        kind: 'invoice',
        date: i.issuedOn,
        number: invoiceNumber(i),
        text: invoiceKindWords[i.kind],
        amountFen: i.issuedFen,
      })
  for (const r of liveRows(receipts) as ReceiptRecord[])
    if (r.step === 'confirmed' && within(r.receivedOn))
      entries.push({
        kind: 'receipt',
        date: r.receivedOn,
        number: r.number,
        text: receiptMethodWords[r.method],
        amountFen: r.amountFen,
      })
  return entries
}
