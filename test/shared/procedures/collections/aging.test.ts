/**
 * 应收账款账龄 (DOMAIN.md §4, §7): what milestones still have open after
 * confirmed money, aged by days since due, added up per customer and per
 * sales rep — exact at the bucket edges, and at the volume of a department
 * with 20,000 contracts.
 */
import { describe, expect, it } from 'vitest'
import {
  type AgingContract,
  type AgingMilestone,
  type AgingReceipt,
  type AgingTotals,
  agingBucket,
  agingReport,
  emptyTotals,
} from '@shared/procedures/collections/aging'
import type { AllocationOf } from '@shared/procedures/collections/receipts'
import { addDays } from '@shared/kernel/days'

const totals = (over: Partial<AgingTotals>): AgingTotals => {
  const t = { ...emptyTotals(), ...over }
  t.total = t.notDue + t.days0to30 + t.days31to60 + t.days61to90 + t.over90
  return t
}

describe('agingBucket', () => {
  const asOf = '2026-06-30'
  it.each([
    ['', 'notDue'],
    ['2026-07-01', 'notDue'],
    ['2026-06-30', 'days0to30'],
    ['2026-05-31', 'days0to30'],
    ['2026-05-30', 'days31to60'],
    ['2026-05-01', 'days31to60'],
    ['2026-04-30', 'days61to90'],
    ['2026-04-01', 'days61to90'],
    ['2026-03-31', 'over90'],
  ])('due %s is %s on 2026-06-30', (dueOn, bucket) => {
    expect(agingBucket(dueOn, asOf)).toBe(bucket)
  })

  it('counts the leap day: due 31 January is 30 days old on 1 March 2028, 29 in 2027', () => {
    expect(agingBucket('2028-01-31', '2028-03-01')).toBe('days0to30')
    expect(agingBucket('2028-01-30', '2028-03-01')).toBe('days31to60')
    expect(agingBucket('2027-01-30', '2027-03-01')).toBe('days0to30')
  })
})

describe('agingReport', () => {
  const contracts: AgingContract[] = [
    {
      id: 'C1',
      customerId: 'K1',
      salesRep: '李销售',
      totalFen: 1_000_000,
      step: 'performing',
      signedOn: '2026-01-10',
    },
    {
      id: 'C2',
      customerId: 'K1',
      salesRep: '赵销售',
      totalFen: 500_000,
      step: 'settled',
      signedOn: '2026-02-10',
    },
    {
      id: 'C3',
      customerId: 'K2',
      salesRep: '李销售',
      totalFen: 900_000,
      step: 'voided',
      signedOn: '2026-02-10',
    },
    {
      id: 'C4',
      customerId: 'K2',
      salesRep: '李销售',
      totalFen: 900_000,
      step: 'filed',
      signedOn: '2026-07-01',
    },
  ]
  const milestones: AgingMilestone[] = [
    { id: 'M11', parentId: 'C1', position: 1, percentBp: 3000, dueOn: '2026-01-17' },
    { id: 'M12', parentId: 'C1', position: 2, percentBp: 6000, dueOn: '2026-06-15' },
    { id: 'M13', parentId: 'C1', position: 3, percentBp: 1000, dueOn: '' },
    { id: 'M21', parentId: 'C2', position: 1, percentBp: 10_000, dueOn: '2026-05-20' },
    { id: 'M31', parentId: 'C3', position: 1, percentBp: 10_000, dueOn: '2026-02-17' },
    { id: 'M41', parentId: 'C4', position: 1, percentBp: 10_000, dueOn: '2026-07-08' },
    {
      id: 'MX',
      parentId: 'C1',
      position: 9,
      percentBp: 9000,
      dueOn: '2026-01-01',
      parentTable: 'contractChanges',
    },
  ]
  const receipts: AgingReceipt[] = [
    { id: 'R1', step: 'confirmed', receivedOn: '2026-01-16' },
    { id: 'R2', step: 'pending', receivedOn: '2026-06-20' },
    { id: 'R3', step: 'confirmed', receivedOn: '2026-07-02' },
    { id: 'R4', step: 'confirmed', receivedOn: '2026-06-01' },
  ]
  const allocations: AllocationOf[] = [
    { parentId: 'R1', milestoneId: 'M11', amountFen: 300_000 },
    { parentId: 'R2', milestoneId: 'M12', amountFen: 600_000 },
    { parentId: 'R3', milestoneId: 'M21', amountFen: 500_000 },
    { parentId: 'R4', milestoneId: 'M21', amountFen: 100_000 },
  ]

  it('ages what confirmed money by the day leaves open, of contracts that owe money and were signed by then', () => {
    const report = agingReport('2026-06-30', contracts, milestones, receipts, allocations)
    // M11 paid in full; M12 open (the pending receipt does not count); M13 not due;
    // M21 open 400,000 due 41 days ago (the July receipt is after the day).
    expect(report.total).toEqual(totals({ days0to30: 600_000, days31to60: 400_000, notDue: 100_000 }))
    expect(report.byCustomer).toEqual(
      new Map([['K1', totals({ days0to30: 600_000, days31to60: 400_000, notDue: 100_000 })]]),
    )
    expect(report.bySalesRep).toEqual(
      new Map([
        ['李销售', totals({ days0to30: 600_000, notDue: 100_000 })],
        ['赵销售', totals({ days31to60: 400_000 })],
      ]),
    )
    expect(report.byContract.get('C2')).toEqual(totals({ days31to60: 400_000 }))
  })

  it('moves with the day: later, July’s receipt and contract count and the debts are older', () => {
    const report = agingReport('2026-08-31', contracts, milestones, receipts, allocations)
    expect(report.byContract.has('C2')).toBe(false)
    expect(report.byCustomer.get('K2')).toEqual(totals({ days31to60: 900_000 }))
    expect(report.byCustomer.get('K1')).toEqual(totals({ days61to90: 600_000, notDue: 100_000 }))
  })

  it('adds up 20,000 contracts, 60,000 milestones and 100,000 allocations in one pass', () => {
    const asOf = '2026-12-31'
    const n = 20_000
    const cs: AgingContract[] = []
    const ms: AgingMilestone[] = []
    const rs: AgingReceipt[] = []
    const as: AllocationOf[] = []
    const pay = (milestoneId: string, amountFen: number, step: AgingReceipt['step'], receivedOn: string) => {
      const id = `R${rs.length}`
      rs.push({ id, step, receivedOn })
      as.push({ parentId: id, milestoneId, amountFen })
    }
    for (let i = 0; i < n; i++) {
      const c = `C${i}`
      cs.push({
        id: c,
        customerId: `K${i % 500}`,
        salesRep: `S${i % 20}`,
        totalFen: 1_000_000,
        step: 'performing',
        signedOn: '2026-01-05',
      })
      // 30 % due 100 days ago, 60 % due 45 days ago, 10 % not due (no acceptance yet).
      ms.push({ id: `${c}a`, parentId: c, position: 1, percentBp: 3000, dueOn: addDays(asOf, -100) })
      ms.push({ id: `${c}b`, parentId: c, position: 2, percentBp: 6000, dueOn: addDays(asOf, -45) })
      ms.push({ id: `${c}c`, parentId: c, position: 3, percentBp: 1000, dueOn: '' })
      pay(`${c}a`, 100_000, 'confirmed', '2026-06-01')
      pay(`${c}a`, 100_000, 'confirmed', '2026-12-31')
      pay(`${c}b`, 200_000, 'confirmed', '2026-11-20')
      pay(`${c}b`, 50_000, 'pending', '2026-12-30')
      pay(`${c}c`, 30_000, 'confirmed', '2027-01-04')
    }
    // A voided contract with its milestone is never counted.
    cs.push({
      id: 'CV',
      customerId: 'K0',
      salesRep: 'S0',
      totalFen: 9e9,
      step: 'voided',
      signedOn: '2026-01-05',
    })
    ms.push({ id: 'CVa', parentId: 'CV', position: 1, percentBp: 10_000, dueOn: '2026-01-01' })
    expect(ms.length).toBe(3 * n + 1)
    expect(as.length).toBe(5 * n)

    const report = agingReport(asOf, cs, ms, rs, as)
    expect(report.total).toEqual(
      totals({ over90: 100_000 * n, days31to60: 400_000 * n, notDue: 100_000 * n }),
    )
    expect(report.byCustomer.size).toBe(500)
    expect(report.byCustomer.get('K0')).toEqual(
      totals({ over90: 100_000 * 40, days31to60: 400_000 * 40, notDue: 100_000 * 40 }),
    )
    expect(report.bySalesRep.size).toBe(20)
    expect(report.bySalesRep.get('S19')?.total).toBe(600_000 * 1_000)
  })
})
