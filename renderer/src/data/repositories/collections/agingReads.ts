/**
 * 应收账款账龄 as of a day, as the 账龄分析 screen, its PDF and Excel and the
 * month-end close read it, then the customers' and the sales reps' names.
 *
 * As of today (the screen's default) it reads the contracts alone: each
 * keeps what it is owed (contractPayments.ts `paymentsDue`: every milestone
 * still open, its due day worked out from the contract's events and what
 * confirmed money has not paid), kept up to date by every write that bears
 * on it — so the report is the contracts that owe money, aged. As of an
 * earlier day (a month end) what was owed then is worked out again: the
 * milestones' amounts less the confirmed receipts received by that day,
 * through the pure agingReport (aging.ts); the due day is the one the
 * contract keeps when the milestone is still open, else the one its
 * trigger gives from the contract's own dates, else its typed `dueOn`.
 *
 * A contract names its sales rep by `salesRep` (a name) when the row has
 * it, else by `salesRepId` (a user); none is 未指定 ('').
 */
import { todayIso } from '@shared/kernel/workdays'
import {
  type AgingContract,
  type AgingReport,
  type AgingTotals,
  agingBucket,
  agingReport,
  emptyTotals,
} from '@shared/procedures/collections/aging'
import { contractEvents } from '@shared/procedures/collections/contractPayments'
import { inForceSteps } from '@shared/procedures/contracts/machines/contract'
import { milestoneDueOn } from '@shared/procedures/contracts/milestoneTriggers'
import type { ContractRecord, MilestoneRecord } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'

/** The steps of a contract that owes money (contractOwesPayments), for the `step` index. */
const owingSteps = [...inForceSteps, 'settled'] as const

type ContractRow = ContractRecord & { salesRep?: string }

export interface AgingView {
  report: AgingReport
  /** Customer id → name. */
  customerNames: Map<string, string>
  /** Sales rep key (agingReport's) → name; '' is 未指定. */
  salesRepNames: Map<string, string>
}

/** The sales rep a contract is grouped by: its named rep, else its rep's user id, else ''. */
export function salesRepKey(c: Pick<ContractRow, 'salesRep' | 'salesRepId'>): string {
  return (typeof c.salesRep === 'string' && c.salesRep.trim()) || c.salesRepId || ''
}

/** The live contracts that owe money, one range of the step index each (anyOf over a big table is slow in some engines). */
async function owingContracts(db: DeskDb): Promise<ContractRow[]> {
  const parts = await Promise.all(owingSteps.map((s) => db.contracts.where('step').equals(s).toArray()))
  return liveRows(parts.flat() as ContractRow[])
}

function sumInto(t: AgingTotals, from: AgingTotals): void {
  for (const k of Object.keys(from) as (keyof AgingTotals)[]) t[k] += from[k]
}

function add(map: Map<string, AgingTotals>, key: string, from: AgingTotals): void {
  const t = map.get(key)
  if (t) sumInto(t, from)
  else map.set(key, { ...from })
}

/** As of today: what each contract keeps it is owed, aged. */
function reportFromKept(asOf: string, contracts: readonly ContractRow[]): AgingReport {
  const report: AgingReport = {
    asOf,
    total: emptyTotals(),
    byCustomer: new Map(),
    bySalesRep: new Map(),
    byContract: new Map(),
  }
  for (const c of contracts) {
    const owed = c.paymentsDue ?? []
    if (owed.length === 0) continue
    const mine = emptyTotals()
    for (const m of owed) {
      mine[agingBucket(m.dueOn, asOf)] += m.openFen
      mine.total += m.openFen
    }
    if (mine.total === 0) continue
    report.byContract.set(c.id, mine)
    add(report.byCustomer, c.customerId, mine)
    add(report.bySalesRep, salesRepKey(c), mine)
    sumInto(report.total, mine)
  }
  return report
}

/** The due day of a milestone as it stood: kept by the contract when open, else from its trigger, else typed. */
function dueOnOf(m: MilestoneRecord, kept: Map<string, string>, contract: ContractRow | undefined): string {
  const due = kept.get(m.id)
  if (due !== undefined) return due
  if (!m.trigger || !contract) return m.dueOn
  const events = contractEvents(contract, [], [], [])
  return milestoneDueOn({ trigger: m.trigger, triggerDays: m.triggerDays ?? 0, fixedOn: m.dueOn }, events)
}

/** As of an earlier day: worked out again from the milestones and the receipts received by then. */
async function reportAsItWas(db: DeskDb, asOf: string, owing: readonly ContractRow[]): Promise<AgingReport> {
  const contracts = owing.filter((c) => c.signedOn && c.signedOn <= asOf)
  const byId = new Map(contracts.map((c) => [c.id, c]))
  const [milestoneRows, receiptRows, allocationRows] = await Promise.all([
    db.milestones.toArray(),
    db.receipts.where('receivedOn').between('0000', asOf, true, true).toArray(),
    db.receiptAllocations.toArray(),
  ])
  const receipts = liveRows(receiptRows).filter((r) => r.step === 'confirmed')
  const counted = new Set(receipts.map((r) => r.id))
  const kept = new Map<string, string>()
  for (const c of contracts) for (const d of c.paymentsDue ?? []) kept.set(d.milestoneId, d.dueOn)
  const milestones = milestoneRows
    .filter((m) => byId.has(m.parentId))
    .map((m) => {
      const due = dueOnOf(m, kept, byId.get(m.parentId))
      return due === m.dueOn ? m : { ...m, dueOn: due }
    })
  const aging: AgingContract[] = contracts.map((c) => ({
    id: c.id,
    customerId: c.customerId,
    totalFen: c.totalFen,
    step: c.step,
    signedOn: c.signedOn,
    salesRep: salesRepKey(c),
  }))
  return agingReport(
    asOf,
    aging,
    milestones,
    receipts,
    allocationRows.filter((a) => counted.has(a.parentId)),
  )
}

/** The aging report as of `asOf`; `today` decides whether what contracts keep is what was owed then. */
export async function readAgingReport(
  db: DeskDb,
  asOf: string,
  today = todayIso(new Date()),
): Promise<AgingReport> {
  const owing = await owingContracts(db)
  return asOf >= today ? reportFromKept(asOf, owing) : reportAsItWas(db, asOf, owing)
}

/** The report with the names it shows: customers by name, reps by name (a user id is looked up). */
export async function readAgingView(db: DeskDb, asOf: string, today?: string): Promise<AgingView> {
  const report = await readAgingReport(db, asOf, today)
  const customerIds = [...report.byCustomer.keys()]
  const repKeys = [...report.bySalesRep.keys()].filter(Boolean)
  const [customers, users] = await Promise.all([db.customers.bulkGet(customerIds), db.users.bulkGet(repKeys)])
  const customerNames = new Map(customerIds.map((id, i) => [id, String(customers[i]?.name ?? id)]))
  const salesRepNames = new Map(repKeys.map((key, i) => [key, users[i]?.name ?? key]))
  salesRepNames.set('', '')
  return { report, customerNames, salesRepNames }
}
