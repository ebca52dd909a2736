/**
 * The documents as the screens build them from the records: the 合同审批表
 * names the contract's drafter as 经办人, whoever prints it; a contract
 * changed by an agreement prints its version and the agreement.
 */
import { describe, expect, it } from 'vitest'
import type { Actor } from '@shared/auth/permissions'
import type { DocumentModel, TableBlock } from '@shared/documents/documentModel'
import { decideApproval } from '../../../../renderer/src/data/repositories/contracts/approvalsRepo'
import {
  signChange,
  startChange,
  submitChange,
} from '../../../../renderer/src/data/repositories/contracts/changesRepo'
import { lineInputOf, liveLines } from '../../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  createContract,
} from '../../../../renderer/src/data/repositories/contracts/contractsRepo'
import { saveChange } from '../../../../renderer/src/data/repositories/contracts/changesRepo'
import { createUser } from '../../../../renderer/src/data/repositories/usersRepo'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  approvalFormModel,
  contractModel,
} from '../../../../renderer/src/procedures/contracts/documents/documentModels'
import { as } from '../../data/archiveFixture'
import { admin, freshDb } from '../../data/dbFixture'
import {
  aCustomer,
  contractInput,
  legal,
  line,
  manager,
  milestones,
} from '../../data/contracts/contractFixture'

const ISSUED = '2026-11-27T10:00:00+08:00'

/** A clerk with an account, as 用户与权限 creates one: the drafter. */
async function drafter(db: DeskDb): Promise<Actor> {
  const user = await createUser(
    db,
    { account: 'lineiqin', name: '李内勤', roles: ['clerk'], phone: '', active: true, passwordHash: 'h' },
    as(admin),
  )
  return { userId: user.id, name: user.name, roles: user.roles }
}

/** Drafted below the quote by the clerk, passed by legal, approved by the manager. */
async function approvedContract(db: DeskDb, clerk: Actor) {
  const customerId = await aCustomer(db)
  const c = await createContract(
    db,
    { input: contractInput(customerId, { lines: [line({ quotedUnitFen: 100_000, unitFen: 90_000 })] }) },
    as(clerk),
  )
  await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk))
  await contractAction(
    db,
    { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法合规', riskAssessment: '风险可控' } },
    as(legal),
  )
  await decideApproval(
    db,
    {
      table: 'contracts',
      id: c.id,
      decision: { rule: 'priceBelowQuote', decision: 'approved', comment: '同意' },
    },
    as(manager),
  )
  return c
}

const tables = (model: DocumentModel) => model.blocks.filter((b): b is TableBlock => b.kind === 'table')
const fact = (model: DocumentModel, label: string) => tables(model)[0].rows.find((r) => r[0] === label)?.[1]

describe('approvalFormModel (合同审批表)', () => {
  it('names the contract’s drafter as 经办人 and the approvers the records hold, whoever prints it', async () => {
    const db = freshDb()
    const clerk = await drafter(db)
    const c = await approvedContract(db, clerk)
    // Printed later, by anyone (the manager, say): the form takes no printer at all.
    const model = await approvalFormModel(db, 'contracts', c.id, ISSUED)
    expect(fact(model, '经办人')).toBe('李内勤')
    const decisions = tables(model).at(-1)
    expect(decisions?.rows).toEqual([
      [
        '1',
        expect.stringContaining('成交价低于报价'),
        '商务部经理',
        '同意',
        '同意',
        manager.name,
        '2026-11-26',
        '系统内',
      ],
    ])
    expect(JSON.stringify(model)).not.toContain(admin.name)
  })

  it('leaves 经办人 blank when the drafter is not a user this PC knows', async () => {
    const db = freshDb()
    const stranger: Actor = { userId: 'U-OTHER-PC', name: '外机用户', roles: ['clerk'] }
    const c = await approvedContract(db, stranger)
    const model = await approvalFormModel(db, 'contracts', c.id, ISSUED)
    expect(fact(model, '经办人')).toBeUndefined()
  })
})

describe('contractModel (销售合同)', () => {
  it('prints version 2 with the change agreement that made it, and is no draft once signed', async () => {
    const db = freshDb()
    const clerk = await drafter(db)
    const c = await approvedContract(db, clerk)
    expect((await contractModel(db, c.id, ISSUED)).draft).toBeUndefined()
    await contractAction(
      db,
      { id: c.id, action: 'sign', payload: { signedOn: '2026-11-26', openPointsConfirmed: true } },
      as(clerk),
    )
    const first = await contractModel(db, c.id, ISSUED)
    expect(first.version).toBeUndefined()

    const change = await startChange(db, { contractId: c.id }, as(clerk))
    const [l] = await liveLines(db, change.id)
    await saveChange(
      db,
      {
        id: change.id,
        input: {
          reason: '客户追加1套。',
          scheduleEffect: '',
          lines: [{ ...lineInputOf(l, true), qty: 11 }],
          milestones,
        },
      },
      as(clerk),
    )
    await submitChange(db, { id: change.id }, as(clerk))
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

    const second = await contractModel(db, c.id, ISSUED)
    expect(second.version).toBe(2)
    const opening = second.blocks[0]
    expect(opening.kind === 'paragraph' && opening.text).toContain(
      `合同版本：第2版，依据变更协议${change.number}（2026年11月26日签订）`,
    )
  })
})
