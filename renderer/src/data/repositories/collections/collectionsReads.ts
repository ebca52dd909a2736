/**
 * What a receipt reads around it: the payment milestones of a customer's
 * contracts that owe money, each with its amount (as the contract prints
 * it), what finance confirmed received and what is still open — every
 * other receipt not voided holding its part —, the company's accounts and
 * the months finance signed off. Read through the indexes (contracts by
 * customer, milestones by contract, allocations by milestone), never a
 * whole table.
 */
import { contractOwesPayments } from '@shared/procedures/contracts/machines/contract'
import type { ContractRecord, MilestoneRecord } from '@shared/procedures/contracts/records'
import { milestoneKindWords } from '@shared/procedures/contracts/words'
import { closedMonths } from '@shared/procedures/collections/monthClose'
import {
  type OpenMilestone,
  byPrintedOrder,
  confirmedReceived,
  milestoneAmountsFen,
  openAmounts,
} from '@shared/procedures/collections/receipts'
import type {
  CompanyAccount,
  ReceiptAllocationRecord,
  ReceiptRecord,
} from '@shared/procedures/collections/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'
import { readSettings } from '../settingsRepo'

/** One payment milestone with its money: amount, confirmed received, open to new receipts. */
export interface MilestoneMoney {
  milestone: MilestoneRecord
  contract: ContractRecord
  amountFen: number
  /** Confirmed by finance (only confirmed money counts as received). */
  receivedFen: number
  /** Amount − what receipts not voided hold of it (the receipt being edited left out). */
  openFen: number
  /** HT-202609-0001 预付款: how a refusal names it. */
  label: string
}

export interface MilestonesMoney {
  /** By contract number, each contract's milestones in printed order. */
  milestones: MilestoneMoney[]
  /** The allocations on these milestones of every live receipt, and those receipts by id. */
  allocations: ReceiptAllocationRecord[]
  receipts: Map<string, ReceiptRecord>
}

/** The money of the live milestones of these contracts; `except` is the receipt being edited. */
async function milestonesMoney(
  db: DeskDb,
  contracts: readonly ContractRecord[],
  except: string,
): Promise<MilestonesMoney> {
  const ids = contracts.map((c) => c.id)
  const milestones = liveRows(await db.milestones.where('parentId').anyOf(ids).toArray()).filter(
    (m) => m.parentTable === 'contracts',
  )
  const allocations = liveRows(
    await db.receiptAllocations
      .where('milestoneId')
      .anyOf(milestones.map((m) => m.id))
      .toArray(),
  )
  const receiptRows = await db.receipts.bulkGet([...new Set(allocations.map((a) => a.parentId))])
  const receipts = new Map(liveRows(receiptRows.filter((r) => r !== undefined)).map((r) => [r.id, r]))
  const liveAllocations = allocations.filter((a) => receipts.has(a.parentId))
  const receiptList = [...receipts.values()]
  const received = confirmedReceived(receiptList, liveAllocations)
  const out: MilestoneMoney[] = []
  for (const contract of [...contracts].sort((a, b) => a.number.localeCompare(b.number))) {
    const own = milestones.filter((m) => m.parentId === contract.id).sort(byPrintedOrder)
    const amounts = milestoneAmountsFen(contract.totalFen, own)
    const open = openAmounts(amounts, receiptList, liveAllocations, except)
    for (const m of own)
      out.push({
        milestone: m,
        contract,
        amountFen: amounts.get(m.id) ?? 0,
        receivedFen: received.get(m.id) ?? 0,
        openFen: open.get(m.id) ?? 0,
        label: `${contract.number} ${milestoneKindWords[m.kind]}`,
      })
  }
  return { milestones: out, allocations: liveAllocations, receipts }
}

/**
 * The milestones a receipt of this customer may pay: those of its live
 * contracts that owe money (in force, or settled with a milestone open).
 */
export async function readCustomerMilestones(
  db: DeskDb,
  customerId: string,
  except = '',
): Promise<MilestonesMoney> {
  if (!customerId) return { milestones: [], allocations: [], receipts: new Map() }
  const contracts = liveRows(await db.contracts.where('customerId').equals(customerId).toArray()).filter(
    (c) => contractOwesPayments(c.step),
  )
  return milestonesMoney(db, contracts, except)
}

/** One contract's milestones with their money and the receipts that paid them (its 回款 tab). */
export async function readContractMilestones(
  db: DeskDb,
  contractId: string,
): Promise<MilestonesMoney & { contract: ContractRecord | undefined }> {
  const contract = await db.contracts.get(contractId)
  if (!contract || contract.deletedAt)
    return { contract: undefined, milestones: [], allocations: [], receipts: new Map() }
  return { contract, ...(await milestonesMoney(db, [contract], '')) }
}

/** What the receipt's machine checks its parts against: the milestones it may pay, by id. */
export function openMilestones(
  customerId: string,
  money: readonly MilestoneMoney[],
): Map<string, OpenMilestone> {
  return new Map(
    money.map((m) => [
      m.milestone.id,
      { contractId: m.contract.id, customerId, openFen: m.openFen, label: m.label },
    ]),
  )
}

/** The company's own accounts (系统设置 → 公司收款账户): the only ones a receipt may name. */
export async function readCompanyAccounts(db: DeskDb): Promise<CompanyAccount[]> {
  return (await readSettings(db))['collections.accounts']
}

/** The months finance signed off: closed to receipts dated in them. */
export async function readClosedMonths(db: DeskDb): Promise<Set<string>> {
  return closedMonths(await db.monthCloses.toArray())
}

/** The live parts of one receipt, in the order written. */
export async function allocationsOf(db: DeskDb, receiptId: string): Promise<ReceiptAllocationRecord[]> {
  const rows = await db.receiptAllocations.where('parentId').equals(receiptId).toArray()
  return liveRows(rows).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}
