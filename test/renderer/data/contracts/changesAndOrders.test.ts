import { describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import { decideApproval } from '../../../../renderer/src/data/repositories/contracts/approvalsRepo'
import {
  saveChange,
  signChange,
  startChange,
  submitChange,
} from '../../../../renderer/src/data/repositories/contracts/changesRepo'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
} from '../../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  createContract,
} from '../../../../renderer/src/data/repositories/contracts/contractsRepo'
import {
  contractFromPhoneOrder,
  savePhoneOrder,
} from '../../../../renderer/src/data/repositories/contracts/phoneOrdersRepo'
import { mayShipAgainst } from '@shared/procedures/contracts/machines/phoneOrder'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { recordNumberBlock } from '../../../../renderer/src/data/numbering'
import { as } from '../archiveFixture'
import { clerk, freshDb } from '../dbFixture'
import { aCustomer, contractInput, leader, legal, line, manager, milestones } from './contractFixture'

async function signedContract(db: DeskDb) {
  const customerId = await aCustomer(db)
  const c = await createContract(db, { input: contractInput(customerId) }, as(clerk))
  await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk))
  await contractAction(
    db,
    { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法', riskAssessment: '低' } },
    as(legal),
  )
  return contractAction(
    db,
    { id: c.id, action: 'sign', payload: { signedOn: '2026-11-26', openPointsConfirmed: true } },
    as(clerk),
  )
}

describe('change agreements (变更协议)', () => {
  it('makes version 2 with the new lines once its approvals are given and it is signed', async () => {
    const db = freshDb()
    const c = await signedContract(db)
    expect(c.step).toBe('signed')
    const change = await startChange(db, { contractId: c.id }, as(clerk))
    expect(change.number).toBe(`${c.number}-BG1`)
    await expect(startChange(db, { contractId: c.id }, as(clerk))).rejects.toMatchObject({
      code: 'contracts.changeOpen',
    })
    const [l] = await liveLines(db, change.id)
    const cheaper = { ...lineInputOf(l, true), qty: 20, quotedUnitFen: 100_000, unitFen: 80_000 }
    const saved = await saveChange(
      db,
      {
        id: change.id,
        input: { reason: '客户增加数量', scheduleEffect: '交货期顺延10天', lines: [cheaper], milestones },
      },
      as(clerk),
    )
    expect(saved.totalBeforeFen).toBe(1_000_000)
    expect(saved.totalAfterFen).toBe(1_600_000)
    const submitted = await submitChange(db, { id: change.id }, as(clerk))
    expect(submitted.step).toBe('approval')
    expect(submitted.requiredApprovals.map((r) => r.rule)).toEqual(['priceBelowQuote'])
    await decideApproval(
      db,
      {
        table: 'contractChanges',
        id: change.id,
        decision: { rule: 'priceBelowQuote', decision: 'approved', comment: '' },
      },
      as(manager),
    )
    await signChange(db, { id: change.id, signedOn: '2026-11-26' }, as(clerk))
    const after = await db.contracts.get(c.id)
    expect(after?.version).toBe(2)
    expect(after?.totalFen).toBe(1_600_000)
    expect((await liveLines(db, c.id)).map((x) => x.qty)).toEqual([20])
    expect(await liveMilestones(db, c.id)).toHaveLength(3)
  })

  it('cannot change a contract that is not signed yet', async () => {
    const db = freshDb()
    const c = await createContract(db, { input: contractInput(await aCustomer(db)) }, as(clerk))
    await expect(startChange(db, { contractId: c.id }, as(clerk))).rejects.toMatchObject({
      code: 'contracts.notChangeable',
    })
  })
})

describe('phone and fax orders (电话/传真订货)', () => {
  it('waits for leadership; nothing ships before; then a contract is made from it', async () => {
    const db = freshDb()
    await recordNumberBlock(db, 0, undefined)
    const customerId = await aCustomer(db)
    const order = await savePhoneOrder(
      db,
      {
        id: null,
        input: {
          channel: 'phone',
          customerId,
          receivedOn: '2026-11-26',
          caller: '张工',
          reasonNoContract: '客户急需，合同走流程中',
          note: '',
          lines: [line({ qty: 2 })],
        },
      },
      as(clerk),
    )
    expect(order.number).toBe('DH-202611-0001')
    expect(order.step).toBe('waiting')
    expect(order.requiredApprovals.map((r) => r.rule)).toEqual(['orderWithoutContract'])
    expect(mayShipAgainst(order)).toBe(false)
    const denied = await decideApproval(
      db,
      {
        table: 'phoneOrders',
        id: order.id,
        decision: { rule: 'orderWithoutContract', decision: 'approved', comment: '' },
      },
      as(manager),
    ).catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(AppFailure)
    expect((denied as AppFailure).code).toBe('auth.forbidden')
    await expect(contractFromPhoneOrder(db, { id: order.id }, as(clerk))).rejects.toMatchObject({
      code: 'phoneOrders.notApproved',
    })
    await decideApproval(
      db,
      {
        table: 'phoneOrders',
        id: order.id,
        decision: { rule: 'orderWithoutContract', decision: 'approved', comment: '同意先发货' },
      },
      as(leader),
    )
    const approved = await db.phoneOrders.get(order.id)
    expect(approved && mayShipAgainst(approved)).toBe(true)
    const contract = await contractFromPhoneOrder(db, { id: order.id }, as(clerk))
    expect(contract.phoneOrderId).toBe(order.id)
    expect((await db.phoneOrders.get(order.id))?.step).toBe('converted')
  })
})
