/**
 * 账龄分析 as the screen reads it: open milestone amounts of contracts that
 * owe money, less confirmed receipts received by the day, aged from the
 * due day (the one collections worked out from the contract's events where
 * it did), by customer and by sales rep — a named rep, a rep's user, or
 * 未指定 — and the same as the document's rows.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  readAgingReport,
  readAgingView,
} from '../../../../renderer/src/data/repositories/collections/agingReads'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { agingInput } from '../../../../renderer/src/procedures/collections/aging/agingModels'
import { admin, freshDb } from '../dbFixture'
import { asAt, contract, customers, receipt } from './statementsFixture'

let db: DeskDb
afterEach(() => db?.close())

describe('the aging report', () => {
  it('ages what is open by customer and by sales rep, as of the day asked', async () => {
    db = freshDb()
    const [zc, pj] = await customers(db, ['北京智诚科技有限公司', '上海浦江电力工程有限公司'])
    const rep = await runWrite(db, asAt(admin), (w) =>
      w.create('users', { account: 'zhangwei', name: '张伟', roles: ['sales'], active: true } as never),
    )
    const a = await contract(db, {
      customerId: zc,
      signedOn: '2026-01-10',
      totalFen: 1_000_000,
      salesRepId: rep.id,
      milestones: [
        [3000, '2026-01-17'],
        [6000, '2026-05-20'],
        [1000, ''],
      ],
    })
    await contract(db, {
      customerId: pj,
      signedOn: '2026-02-01',
      totalFen: 200_000,
      salesRep: '王芳',
      milestones: [[10_000, '2026-06-10']],
    })
    await contract(db, {
      customerId: pj,
      signedOn: '2026-02-01',
      totalFen: 50_000,
      milestones: [[10_000, '2026-03-01']],
    })
    // Not counted: a draft contract, a receipt not confirmed, a receipt after the day.
    await contract(db, { customerId: pj, signedOn: '2026-02-01', totalFen: 9_999, step: 'draft' })
    await receipt(db, {
      customerId: zc,
      receivedOn: '2026-01-20',
      amountFen: 300_000,
      milestoneId: a.milestoneIds[0],
      contractId: a.id,
    })
    await receipt(db, {
      customerId: zc,
      receivedOn: '2026-06-01',
      amountFen: 100_000,
      milestoneId: a.milestoneIds[1],
      contractId: a.id,
      step: 'pending',
    })
    await receipt(db, {
      customerId: zc,
      receivedOn: '2026-07-05',
      amountFen: 200_000,
      milestoneId: a.milestoneIds[1],
      contractId: a.id,
    })

    const view = await readAgingView(db, '2026-06-30')
    const { report } = view
    expect(report.total).toEqual({
      notDue: 100_000,
      days0to30: 200_000,
      days31to60: 600_000,
      days61to90: 0,
      over90: 50_000,
      total: 950_000,
    })
    expect(report.byCustomer.get(zc)).toMatchObject({ days31to60: 600_000, notDue: 100_000, total: 700_000 })
    expect(view.salesRepNames.get(rep.id)).toBe('张伟')
    expect(report.bySalesRep.get('王芳')?.total).toBe(200_000)
    expect(report.bySalesRep.get('')?.total).toBe(50_000)

    // A week later the July receipt counts.
    expect((await readAgingView(db, '2026-07-07')).report.byCustomer.get(zc)?.total).toBe(500_000)

    // As of today it reads what the contracts keep they are owed; worked out again from the receipts it agrees.
    const kept = await readAgingReport(db, '2026-12-31', '2026-12-31')
    const again = await readAgingReport(db, '2026-12-31', '2027-01-01')
    expect(kept.total).toEqual(again.total)
    expect(kept.total.total).toBe(750_000)
    expect([...kept.byCustomer]).toEqual([...again.byCustomer])
    expect([...kept.bySalesRep].sort()).toEqual([...again.bySalesRep].sort())

    const input = await agingInput(db, '2026-06-30', '李晓', '2026-07-01T09:00:00+08:00')
    expect(input.customers.map((r) => [r.name, r.totals.total])).toEqual([
      ['北京智诚科技有限公司', 700_000],
      ['上海浦江电力工程有限公司', 250_000],
    ])
    expect(input.salesReps.map((r) => r.name)).toEqual(['张伟', '王芳', '未指定'])
  })

  it('takes the due day collections worked out from the contract’s events over the milestone’s own', async () => {
    db = freshDb()
    const [zc] = await customers(db, ['北京智诚科技有限公司'])
    const k = await contract(db, {
      customerId: zc,
      signedOn: '2026-01-10',
      totalFen: 100_000,
      milestones: [[10_000, '']],
    })
    expect((await readAgingView(db, '2026-06-30')).report.total.notDue).toBe(100_000)
    await runWrite(db, asAt(admin), async (w) => {
      const row = await w.getLive('contracts', k.id)
      await w.setDerived('contracts', k.id, {
        paymentsDue: [
          { milestoneId: k.milestoneIds[0], kind: 'delivery', dueOn: '2026-03-01', openFen: 100_000 },
        ],
      } as never)
      return row
    })
    expect((await readAgingView(db, '2026-06-30')).report.total.over90).toBe(100_000)
  })
})
