/**
 * 应收账款账龄 as of a day: what each milestone of a contract that owes
 * money still has open (its amount − confirmed receipts received by that
 * day), aged by the calendar days since it fell due — 未到期, 0–30, 31–60,
 * 61–90, over 90 — and added up overall, per customer, per sales rep and
 * per contract. A milestone whose event has not happened (no due day yet)
 * is 未到期.
 *
 * One pass over each input, Maps only, and the bucket limits worked out
 * once as days to compare with: 20,000 contracts with 60,000 milestones
 * and 100,000 allocations take about a tenth of a second in Node.
 */
import type { ContractRecord, MilestoneRecord } from '../contracts/records'
import { contractOwesPayments } from '../contracts/machines/contract'
import { addDays } from '../../kernel/days'
import { type AllocationOf, type MilestoneOf, byPrintedOrder, orderedAmountsFen } from './receipts'
import type { ReceiptRecord } from './records'

/** 未到期 / 0–30 天 / 31–60 天 / 61–90 天 / 90 天以上. */
export const agingBuckets = ['notDue', 'days0to30', 'days31to60', 'days61to90', 'over90'] as const
export type AgingBucket = (typeof agingBuckets)[number]

/** Open fen per bucket and their sum. */
export type AgingTotals = Record<AgingBucket, number> & { total: number }

/** A contract as aging reads it; `salesRep` is whoever the report groups by (the contract's rep). */
export type AgingContract = Pick<ContractRecord, 'id' | 'customerId' | 'totalFen' | 'step' | 'signedOn'> & {
  salesRep: string
  deletedAt?: string | null
}

/** A milestone as aging reads it; those of change agreements (parentTable) are not owed. */
export type AgingMilestone = MilestoneOf &
  Pick<MilestoneRecord, 'parentId' | 'dueOn'> & { parentTable?: MilestoneRecord['parentTable'] }

export type AgingReceipt = Pick<ReceiptRecord, 'id' | 'step' | 'receivedOn'> & { deletedAt?: string | null }

export interface AgingReport {
  asOf: string
  total: AgingTotals
  byCustomer: Map<string, AgingTotals>
  bySalesRep: Map<string, AgingTotals>
  byContract: Map<string, AgingTotals>
}

export function emptyTotals(): AgingTotals {
  return { notDue: 0, days0to30: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0 }
}

/**
 * The bucket of a milestone due `dueOn`, as of `asOf`: 未到期 while its due
 * day is unknown ('') or after `asOf`; due today is 0 days old.
 */
export function agingBucket(dueOn: string, asOf: string): AgingBucket {
  return bucketer(asOf)(dueOn)
}

/** The bucket function for one day: the limits are days, so each milestone is three string comparisons. */
function bucketer(asOf: string): (dueOn: string) => AgingBucket {
  const d30 = addDays(asOf, -30)
  const d60 = addDays(asOf, -60)
  const d90 = addDays(asOf, -90)
  return (dueOn) => {
    if (dueOn === '' || dueOn > asOf) return 'notDue'
    if (dueOn >= d30) return 'days0to30'
    if (dueOn >= d60) return 'days31to60'
    return dueOn >= d90 ? 'days61to90' : 'over90'
  }
}

/** Field by field: a loop over the bucket names would be a keyed access per bucket, in the hot loop. */
function sumInto(t: AgingTotals, from: AgingTotals): void {
  t.notDue += from.notDue
  t.days0to30 += from.days0to30
  t.days31to60 += from.days31to60
  t.days61to90 += from.days61to90
  t.over90 += from.over90
  t.total += from.total
}

/** Adds a contract's open amounts into its key's totals. */
function addInto(map: Map<string, AgingTotals>, key: string, from: AgingTotals): void {
  const t = map.get(key)
  if (t) sumInto(t, from)
  else map.set(key, { ...from })
}

/**
 * The aging report as of `asOf`. Counted: live contracts that owe money
 * (in force, or settled with a milestone open) signed by `asOf`; their live
 * milestones; and, as received, the allocations of confirmed receipts
 * received by `asOf`. A milestone received in full (or beyond) is not open.
 */
export function agingReport(
  asOf: string,
  contracts: readonly AgingContract[],
  milestones: readonly AgingMilestone[],
  receipts: readonly AgingReceipt[],
  allocations: readonly AllocationOf[],
): AgingReport {
  const counted = new Set<string>()
  for (const r of receipts)
    if (!r.deletedAt && r.step === 'confirmed' && r.receivedOn !== '' && r.receivedOn <= asOf)
      counted.add(r.id)
  const received = new Map<string, number>()
  for (const a of allocations)
    if (!a.deletedAt && counted.has(a.parentId))
      received.set(a.milestoneId, (received.get(a.milestoneId) ?? 0) + a.amountFen)

  const ofContract = new Map<string, AgingMilestone[]>()
  for (const m of milestones) {
    if (m.deletedAt || (m.parentTable !== undefined && m.parentTable !== 'contracts')) continue
    const list = ofContract.get(m.parentId)
    if (list) list.push(m)
    else ofContract.set(m.parentId, [m])
  }

  const bucketOf = bucketer(asOf)
  const report: AgingReport = {
    asOf,
    total: emptyTotals(),
    byCustomer: new Map(),
    bySalesRep: new Map(),
    byContract: new Map(),
  }
  for (const c of contracts) {
    if (c.deletedAt || !contractOwesPayments(c.step) || c.signedOn === '' || c.signedOn > asOf) continue
    const own = ofContract.get(c.id)
    if (!own) continue
    // A contract has a handful of milestones: putting them in printed order is its rounding, not a sort of everything.
    own.sort(byPrintedOrder)
    const amounts = orderedAmountsFen(c.totalFen, own)
    const mine = emptyTotals()
    for (let i = 0; i < own.length; i++) {
      const open = amounts[i] - (received.get(own[i].id) ?? 0)
      if (open <= 0) continue
      mine[bucketOf(own[i].dueOn)] += open
      mine.total += open
    }
    if (mine.total === 0) continue
    report.byContract.set(c.id, mine)
    addInto(report.byCustomer, c.customerId, mine)
    addInto(report.bySalesRep, c.salesRep, mine)
    sumInto(report.total, mine)
  }
  return report
}
