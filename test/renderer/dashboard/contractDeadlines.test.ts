import { afterEach, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import type { Actor } from '@shared/auth/permissions'
import type { DeskDb } from '../../../renderer/src/data/db'
import { decideApproval } from '../../../renderer/src/data/repositories/contracts/approvalsRepo'
import {
  saveChange,
  startChange,
  submitChange,
} from '../../../renderer/src/data/repositories/contracts/changesRepo'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
} from '../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  createContract,
} from '../../../renderer/src/data/repositories/contracts/contractsRepo'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { savePhoneOrder } from '../../../renderer/src/data/repositories/contracts/phoneOrdersRepo'
import { markRegisterProduced } from '../../../renderer/src/data/repositories/contracts/registerRepo'
import type { ContractInput } from '@shared/procedures/contracts/schema'
import {
  approvalsWaitingDeadline,
  filingDeadline,
  registerDeadline,
} from '@shared/procedures/contracts/deadlines'
// Delivery is derived from shipments now, so its overdue check lives with them.
import { deliveryDeadline } from '@shared/procedures/shipping/deadlines'
import { paymentsDeadline } from '@shared/procedures/collections/paymentsDeadline'
import { deadlineCheck } from '../../../renderer/src/procedures/dashboard/deadlineChecks'
import { collectDueItems } from '../../../renderer/src/procedures/dashboard/dueChecks'
import '../../../renderer/src/procedures/dashboard/procedureDeadlines'
import { archivist, as } from '../data/archiveFixture'
import { at, clerk, freshDb } from '../data/dbFixture'
import {
  aCustomer,
  aScan,
  contractInput,
  keeper,
  leader,
  legal,
  line,
  manager,
  milestones,
} from '../data/contracts/contractFixture'

let db: DeskDb
afterEach(() => db?.close())

const t = ((k: string, o?: object) => (o ? `${k} ${JSON.stringify(o)}` : k)) as unknown as TFunction
const day = (d: string) => at(`${d}T09:00:00+08:00`)
const ctx = (today: string, actor?: Actor) => ({ db, now: day(today), t, actor })

// The contract procedure's deadlines as the dashboard runs them (deadlineChecks.ts).
const contractFilingCheck = deadlineCheck(filingDeadline)
const approvalsWaitingCheck = deadlineCheck(approvalsWaitingDeadline)
const contractRegisterCheck = deadlineCheck(registerDeadline)
const paymentOverdueCheck = deadlineCheck(paymentsDeadline)
const deliveryOverdueCheck = deadlineCheck(deliveryDeadline)

/** A contract walked to 已签订 on `signedOn` (legal review the same day, no approvals needed). */
async function signed(signedOn: string, overrides: Partial<ContractInput> = {}, customerId?: string) {
  const when = day(signedOn)
  const c = await createContract(
    db,
    { input: contractInput(customerId ?? (await aCustomer(db)), overrides) },
    as(clerk, when),
  )
  await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk, when))
  await contractAction(
    db,
    { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法', riskAssessment: '低' } },
    as(legal, when),
  )
  return contractAction(
    db,
    { id: c.id, action: 'sign', payload: { signedOn, openPointsConfirmed: true } },
    as(clerk, when),
  )
}

async function file(id: string, on: string) {
  const scan = await aScan(db, 'contracts', id)
  return contractAction(db, { id, action: 'file', payload: { signedScanId: scan.id } }, as(keeper, day(on)))
}

describe('filingDeadline (签订当日存档)', () => {
  it('lists a contract signed before today as overdue and one signed today as 今日须归档', async () => {
    db = freshDb()
    const late = await signed('2026-11-20')
    const today = await signed('2026-12-04')
    const items = await contractFilingCheck.collect(ctx('2026-12-04'))
    expect(items).toEqual([
      {
        id: `contract.file.${late.id}`,
        title: `contractDue.notFiled {"number":"${late.number}","date":"2026-11-20","customer":"北京智诚科技有限公司","roles":"roles.clerkcommon.listSeproles.commerceManagercommon.listSeproles.archivist"}`,
        due: '2026-11-20',
        owner: 'roles.clerkcommon.listSeproles.commerceManagercommon.listSeproles.archivist',
        roles: ['clerk', 'commerceManager', 'archivist'],
        link: { table: 'contracts', id: late.id },
      },
      {
        id: `contract.file.${today.id}`,
        title: `contractDue.fileToday {"number":"${today.number}","date":"2026-12-04","customer":"北京智诚科技有限公司","roles":"roles.clerkcommon.listSeproles.commerceManagercommon.listSeproles.archivist"}`,
        due: '2026-12-04',
        owner: 'roles.clerkcommon.listSeproles.commerceManagercommon.listSeproles.archivist',
        roles: ['clerk', 'commerceManager', 'archivist'],
        link: { table: 'contracts', id: today.id },
      },
    ])
  })

  it('leaves out a filed contract and one not signed yet', async () => {
    db = freshDb()
    const c = await signed('2026-11-20')
    await file(c.id, '2026-11-20')
    await createContract(db, { input: contractInput(await aCustomer(db)) }, as(clerk, day('2026-11-20')))
    expect(await contractFilingCheck.collect(ctx('2026-12-04'))).toEqual([])
  })
})

describe('approvalsWaitingDeadline (待我审批)', () => {
  /** Below the quote (商务部经理, step 1) and a major contract (公司领导, step 2). */
  async function inApproval() {
    const when = day('2026-12-01')
    const input = contractInput(await aCustomer(db), {
      lines: [line({ qty: 10_000, quotedUnitFen: 100_000, unitFen: 90_000 })],
    })
    const c = await createContract(db, { input }, as(clerk, when))
    await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk, when))
    return contractAction(
      db,
      { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法', riskAssessment: '可控' } },
      as(legal, when),
    )
  }

  it('shows a contract to the commerce manager at step 1, and to leadership only after the manager approved', async () => {
    db = freshDb()
    const c = await inApproval()
    expect(c.step).toBe('approval')
    expect(c.requiredApprovals.map((r) => r.role)).toEqual(['commerceManager', 'leadership'])
    const forManager = await approvalsWaitingCheck.collect(ctx('2026-12-04', manager))
    expect(forManager).toEqual([
      {
        id: `approval.contracts.${c.id}`,
        title: `contractDue.contractApproval {"number":"${c.number}","since":"2026-12-01","customer":"北京智诚科技有限公司","roles":"roles.commerceManager"}`,
        due: '2026-12-04',
        owner: 'roles.commerceManager',
        roles: ['commerceManager'],
        link: { table: 'contracts', id: c.id, query: 'tab=approvals' },
      },
    ])
    expect(await approvalsWaitingCheck.collect(ctx('2026-12-04', leader))).toEqual([])

    await decideApproval(
      db,
      {
        table: 'contracts',
        id: c.id,
        decision: { rule: 'priceBelowQuote', decision: 'approved', comment: '同意' },
      },
      as(manager, day('2026-12-02')),
    )
    expect(await approvalsWaitingCheck.collect(ctx('2026-12-04', manager))).toEqual([])
    const forLeader = await approvalsWaitingCheck.collect(ctx('2026-12-04', leader))
    expect(forLeader.map((i) => [i.id, i.owner])).toEqual([
      [`approval.contracts.${c.id}`, 'roles.leadership'],
    ])
    expect(forLeader[0].title).toContain('"since":"2026-12-02"')
  })

  it('shows nothing to a clerk, nor without a signed-in user, nor once the approvals are done', async () => {
    db = freshDb()
    const c = await inApproval()
    expect(await approvalsWaitingCheck.collect(ctx('2026-12-04', clerk))).toEqual([])
    expect(await approvalsWaitingCheck.collect(ctx('2026-12-04'))).toEqual([])
    const both: Actor = { userId: 'U-BOTH', name: '兼任', roles: ['commerceManager', 'leadership'] }
    await decideApproval(
      db,
      {
        table: 'contracts',
        id: c.id,
        decision: { rule: 'priceBelowQuote', decision: 'approved', comment: '' },
      },
      as(manager),
    )
    await decideApproval(
      db,
      {
        table: 'contracts',
        id: c.id,
        decision: { rule: 'majorContract', decision: 'approved', comment: '' },
      },
      as(leader),
    )
    expect((await db.contracts.get(c.id))?.step).toBe('toSign')
    expect(await approvalsWaitingCheck.collect(ctx('2026-12-04', both))).toEqual([])
  })

  it('shows a waiting phone order to leadership only, and a change agreement to the commerce manager', async () => {
    db = freshDb()
    const customerId = await aCustomer(db)
    const order = await savePhoneOrder(
      db,
      {
        id: null,
        input: {
          channel: 'fax',
          customerId,
          receivedOn: '2026-12-03',
          caller: '张工',
          reasonNoContract: '客户急需',
          note: '',
          lines: [line({ qty: 2 })],
        },
      },
      as(clerk, day('2026-12-03')),
    )
    const c = await signed('2026-11-20', {}, customerId)
    const change = await startChange(db, { contractId: c.id }, as(clerk, day('2026-12-02')))
    const [l] = await liveLines(db, change.id)
    await saveChange(
      db,
      {
        id: change.id,
        input: {
          reason: '客户增加数量',
          scheduleEffect: '交货期顺延10天',
          lines: [{ ...lineInputOf(l, true), qty: 20, quotedUnitFen: 100_000, unitFen: 80_000 }],
          milestones,
        },
      },
      as(clerk, day('2026-12-02')),
    )
    await submitChange(db, { id: change.id }, as(clerk, day('2026-12-02')))

    const forLeader = await approvalsWaitingCheck.collect(ctx('2026-12-04', leader))
    expect(forLeader.map((i) => i.id)).toEqual([`approval.phoneOrders.${order.id}`])
    expect(forLeader[0].title).toBe(
      `contractDue.faxOrderApproval {"number":"${order.number}","since":"2026-12-03","customer":"北京智诚科技有限公司","roles":"roles.leadership"}`,
    )
    expect(forLeader[0].link).toEqual({ table: 'phoneOrders', id: order.id, query: 'tab=approvals' })

    const forManager = await approvalsWaitingCheck.collect(ctx('2026-12-04', manager))
    expect(forManager.map((i) => [i.id, i.link])).toEqual([
      [
        `approval.contractChanges.${change.id}`,
        { table: 'contractChanges', id: change.id, query: 'tab=approvals' },
      ],
    ])
    expect(forManager[0].title).toContain(`"number":"${change.number}","contract":"${c.number}"`)
  })

  it('reaches the check through collectDueItems with the signed-in actor', async () => {
    db = freshDb()
    const c = await inApproval()
    const ids = (await collectDueItems(ctx('2026-12-04', manager))).map((i) => i.id)
    expect(ids).toContain(`approval.contracts.${c.id}`)
  })
})

describe('registerDeadline (每月3日前合同登记册)', () => {
  it('asks for last month’s register from the 1st, due the 3rd, and still after the 3rd (overdue)', async () => {
    db = freshDb()
    await signed('2026-11-10')
    await signed('2026-11-28')
    const item = {
      id: 'contracts.register.2026-11',
      title: `contractDue.register {"year":2026,"month":11,"count":2,"roles":"${'roles.clerkcommon.listSeproles.commerceManagercommon.listSeproles.archivist'}"}`,
      due: '2026-12-03',
      owner: 'roles.clerkcommon.listSeproles.commerceManagercommon.listSeproles.archivist',
      roles: ['clerk', 'commerceManager', 'archivist'],
      link: { table: 'contractRegisters', id: '2026-11' },
    }
    expect(await contractRegisterCheck.collect(ctx('2026-12-01'))).toEqual([item])
    expect(await contractRegisterCheck.collect(ctx('2026-12-10'))).toEqual([item])
  })

  it('asks no more once the register is produced, nor for a month without signed contracts', async () => {
    db = freshDb()
    await signed('2026-11-10')
    await markRegisterProduced(
      db,
      { month: '2026-11', count: 1, pdfSha256: 'b'.repeat(64) },
      as(archivist, day('2026-12-02')),
    )
    expect(await contractRegisterCheck.collect(ctx('2026-12-02'))).toEqual([])
    // December had no signed contract: nothing due in January.
    expect(await contractRegisterCheck.collect(ctx('2027-01-02'))).toEqual([])
    // A contract still in draft is not on any register.
    await createContract(db, { input: contractInput(await aCustomer(db)) }, as(clerk, day('2026-12-05')))
    expect(await contractRegisterCheck.collect(ctx('2027-01-02'))).toEqual([])
  })
})

describe('paymentsDeadline (催款: due within 7 days, or overdue)', () => {
  /** A contract signed on `signedOn`: its 预付款 (30 %, 合同签订后7日内) falls due 7 days later. */
  async function withDueAdvance(signedOn = '2026-11-20') {
    const c = await signed(signedOn)
    const [advance] = await liveMilestones(db, c.id)
    return { c, advance }
  }

  it('lists a milestone past the date its trigger gives and not paid by confirmed money, with what is open', async () => {
    db = freshDb()
    const { c, advance } = await withDueAdvance()
    expect(await paymentOverdueCheck.collect(ctx('2026-12-04'))).toEqual([
      {
        id: `payment.${advance.id}`,
        title: `collectionsDue.paymentOverdue {"number":"${c.number}","kind":"contracts.milestone.kinds.advance","amount":"¥3,000.00","date":"2026-11-27","customer":"北京智诚科技有限公司","roles":"roles.salescommon.listSeproles.clerk"}`,
        due: '2026-11-27',
        owner: 'roles.salescommon.listSeproles.clerk',
        roles: ['sales', 'clerk'],
        link: { table: 'contracts', id: c.id, query: 'tab=receipts' },
      },
    ])
  })

  it('shows it a week ahead, and for what is left after a partial payment; a pending receipt does not count', async () => {
    db = freshDb()
    const { c, advance } = await withDueAdvance()
    const pay = (amountFen: number, confirmedOn: string) =>
      runWrite(db, as(clerk, day('2026-11-21')), (w) =>
        w.create('receiptAllocations', {
          parentId: 'R',
          contractId: c.id,
          milestoneId: advance.id,
          amountFen,
          confirmedOn,
        } as never),
      )
    await pay(1_000_00, '2026-11-21')
    await pay(500_00, '')
    const [soon] = await paymentOverdueCheck.collect(ctx('2026-11-20'))
    expect(soon).toMatchObject({
      due: '2026-11-27',
      title: expect.stringContaining('collectionsDue.paymentSoon'),
    })
    expect(soon.title).toContain('"amount":"¥2,000.00"')
    expect(await paymentOverdueCheck.collect(ctx('2026-11-19'))).toEqual([])
  })

  it('leaves out a milestone paid in full, one whose event has not happened, and a contract not yet signed', async () => {
    db = freshDb()
    const { c, advance } = await withDueAdvance()
    await runWrite(db, as(clerk, day('2026-12-01')), (w) =>
      w.create('receiptAllocations', {
        parentId: 'R',
        contractId: c.id,
        milestoneId: advance.id,
        amountFen: 3_000_00,
        confirmedOn: '2026-12-01',
      } as never),
    )
    await createContract(db, { input: contractInput(await aCustomer(db)) }, as(clerk, day('2026-11-20')))
    // The 验收款 and 质保金 wait for acceptance and the warranty's end: no date yet, nothing due.
    expect(await paymentOverdueCheck.collect(ctx('2026-12-04'))).toEqual([])
  })
})

describe('deliveryDeadline (交货逾期)', () => {
  it('lists a signed contract past its delivery date and not delivered', async () => {
    db = freshDb()
    const c = await signed('2026-11-20', { deliveryDueOn: '2026-12-01' })
    expect(await deliveryOverdueCheck.collect(ctx('2026-12-04'))).toEqual([
      {
        id: `delivery.${c.id}`,
        title: `shippingDue.deliveryOverdue {"number":"${c.number}","date":"2026-12-01","customer":"北京智诚科技有限公司","roles":"roles.clerk"}`,
        due: '2026-12-01',
        owner: 'roles.clerk',
        roles: ['clerk'],
        link: { table: 'contracts', id: c.id, query: 'tab=shipping' },
      },
    ])
  })

  it('leaves out a delivered contract, one due later, and one not signed', async () => {
    db = freshDb()
    const c = await signed('2026-11-20', { deliveryDueOn: '2026-12-01' })
    // A delivered-on date typed before delivery was derived from shipments (no shipment made since).
    await runWrite(db, as(clerk, day('2026-12-02')), (w) =>
      w.update('contracts', c.id, { deliveredOn: '2026-12-02' }),
    )
    await signed('2026-11-20', { deliveryDueOn: '2026-12-20' })
    await createContract(
      db,
      { input: contractInput(await aCustomer(db), { deliveryDueOn: '2026-11-30' }) },
      as(clerk, day('2026-11-20')),
    )
    expect(await deliveryOverdueCheck.collect(ctx('2026-12-04'))).toEqual([])
  })
})

describe('each person’s 工作台 (what waits for their role)', () => {
  const sales: Actor = { userId: 'U-SALES', name: '钱销售', roles: ['sales'] }
  const admin: Actor = { userId: 'U-ADMIN', name: '王管理', roles: ['admin'] }
  const ids = async (today: string, actor: Actor) =>
    (await collectDueItems(ctx(today, actor))).map((i) => i.id)

  it('puts a contract in 法务审核 on legal’s dashboard only', async () => {
    db = freshDb()
    const c = await createContract(
      db,
      { input: contractInput(await aCustomer(db)) },
      as(clerk, day('2026-12-01')),
    )
    await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk, day('2026-12-01')))
    expect(await ids('2026-12-02', legal)).toEqual([`contract.legal.${c.id}`])
    for (const other of [clerk, manager, leader, admin, sales])
      expect(await ids('2026-12-02', other)).toEqual([])
  })

  it('tells whoever signs and the contract’s drafter when the approvals are done and it waits to be signed', async () => {
    db = freshDb()
    const drafted = as(sales, day('2026-12-01'))
    const c = await createContract(db, { input: contractInput(await aCustomer(db)) }, drafted)
    await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, drafted)
    await contractAction(
      db,
      { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法', riskAssessment: '低' } },
      as(legal, day('2026-12-02')),
    )
    expect((await db.contracts.get(c.id))?.step).toBe('toSign')
    const item = `contract.sign.${c.id}`
    expect(await ids('2026-12-03', sales)).toEqual([item])
    expect(await ids('2026-12-03', clerk)).toEqual([item])
    expect(await ids('2026-12-03', legal)).toEqual([])
    const other: Actor = { ...sales, userId: 'U-SALES-2' }
    expect(await ids('2026-12-03', other)).toEqual([])
  })

  it('keeps a sales rep’s overdue payment off the dashboards of legal, leadership and the administrator', async () => {
    db = freshDb()
    const c = await signed('2026-11-20')
    const [advance] = await liveMilestones(db, c.id)
    const payment = `payment.${advance.id}`
    expect(await ids('2026-12-04', sales)).toContain(payment)
    for (const other of [legal, leader, admin]) expect(await ids('2026-12-04', other)).not.toContain(payment)
  })

  it('keeps a payment not received on the dashboard after the contract is settled with a reason', async () => {
    db = freshDb()
    const c = await signed('2026-11-20')
    await file(c.id, '2026-11-20')
    const when = as(keeper, day('2026-12-01'))
    await contractAction(db, { id: c.id, action: 'startPerformance', payload: {} }, when)
    const scan = await aScan(db, 'contracts', c.id)
    const settle = { quantitiesVerified: true, amountsVerified: true, settlementScanId: scan.id }
    await expect(
      contractAction(db, { id: c.id, action: 'settle', payload: settle }, as(clerk, day('2026-12-01'))),
    ).rejects.toMatchObject({
      messageKey: 'validation.contract.settleByManager',
      params: { field: 'settlementNote' },
    })
    await contractAction(
      db,
      { id: c.id, action: 'settle', payload: { ...settle, settlementNote: '预付款客户承诺月底前付清' } },
      as(manager, day('2026-12-01')),
    )
    expect(await db.contracts.get(c.id)).toMatchObject({
      step: 'settled',
      settlementNote: '预付款客户承诺月底前付清',
    })
    const [advance] = await liveMilestones(db, c.id)
    expect((await paymentOverdueCheck.collect(ctx('2026-12-04'))).map((i) => i.id)).toEqual([
      `payment.${advance.id}`,
    ])
  })
})
