/**
 * 操作日志 as an auditor reads it, over the real repositories: each user
 * action one row naming its record by its business name, ids of other
 * records as their names, codes as words, a change agreement's signing as
 * one action with its parts.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { latestAuditActions } from '../../../../renderer/src/data/auditQueries'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { saveChild } from '../../../../renderer/src/data/repositories/childRowsRepo'
import { recordPaperApproval } from '../../../../renderer/src/data/repositories/contracts/approvalsRepo'
import {
  saveChange,
  signChange,
  startChange,
  submitChange,
} from '../../../../renderer/src/data/repositories/contracts/changesRepo'
import { lineInputOf, liveLines } from '../../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  createContract,
} from '../../../../renderer/src/data/repositories/contracts/contractsRepo'
import { zhCN } from '../../../../renderer/src/i18n/zh-CN'
import { type ActionView, actionView } from '../../../../renderer/src/procedures/audit/changeText'
import type { Actor } from '@shared/auth/permissions'
import { as, childInput, customer } from '../../../renderer/data/archiveFixture'
import {
  aScan,
  contractInput,
  legal,
  line,
  milestones,
} from '../../../renderer/data/contracts/contractFixture'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import { clerk, freshDb } from '../../../renderer/data/dbFixture'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})
const t = i18n.t

const customerName = '上海浦江电力工程有限公司'

/**
 * A write context a minute after the last: the log tells one action from
 * the next by its time (a transaction's entries share it).
 */
let minute = 0
const by = (actor: Actor) => as(actor, new Date(Date.UTC(2026, 10, 26, 1, minute++)))
/** A ULID: what a reader must never see. */
const ULID = /[0-9A-HJKMNP-TV-Z]{26}/

async function theLog(db: DeskDb): Promise<ActionView[]> {
  const page = await latestAuditActions(db, 500)
  return page.actions.map((entries) => actionView(t, entries, page.records))
}

/** Every word of a view, as the row shows it. */
const words = (v: ActionView) =>
  [v.action, v.record, ...v.lines, ...v.parts.flatMap((p) => [p.action, p.record, ...p.lines])].join('\n')

async function signedContract(db: DeskDb) {
  const c0 = await saveArchive(db, { table: 'customers', id: null, input: customer(customerName) }, by(clerk))
  const c = await createContract(db, { input: contractInput(c0.id) }, by(clerk))
  await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, by(clerk))
  await contractAction(
    db,
    { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法', riskAssessment: '低' } },
    by(legal),
  )
  return contractAction(
    db,
    { id: c.id, action: 'sign', payload: { signedOn: '2026-11-26', openPointsConfirmed: true } },
    by(clerk),
  )
}

describe('actionView', () => {
  it('names a new contract by its number, its customer by name and its lines under it', async () => {
    const db = freshDb()
    const c0 = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer(customerName) },
      by(clerk),
    )
    await saveChild(
      db,
      {
        child: 'contacts',
        parent: { table: 'customers', id: c0.id },
        id: null,
        input: childInput('contacts', { name: '张工' }),
      },
      by(clerk),
    )
    const c = await createContract(db, { input: contractInput(c0.id) }, by(clerk))
    const [created, contact, newCustomer] = await theLog(db)

    expect(created.action).toBe('新建')
    expect(created.record).toBe(`合同 ${c.number}`)
    expect(created.lines).toContain(`客户：${customerName}`)
    expect(created.lines).toContain('状态：起草')
    expect(created.lines).toContain('版本：第 1 版')
    // Empty fields of a new record say nothing.
    expect(created.lines.some((l) => l.endsWith('：—'))).toBe(false)
    expect(created.parts).toContainEqual(
      expect.objectContaining({ action: '新建', record: `合同 ${c.number} 的明细「智能电表」` }),
    )
    expect(created.parts).toContainEqual(
      expect.objectContaining({ action: '新建', record: `合同 ${c.number} 的付款节点「预付款」` }),
    )
    expect(contact.record).toBe(`客户 ${customerName} 的联系人「张工」`)
    expect(newCustomer.record).toBe(`客户 ${customerName}`)
    for (const v of [created, contact, newCustomer]) expect(words(v)).not.toMatch(ULID)
  })

  it('reads a change agreement’s signing as one action: the agreement, then the lines it rewrote and the contract', async () => {
    const db = freshDb()
    const c = await signedContract(db)
    const change = await startChange(db, { contractId: c.id }, by(clerk))
    const [l] = await liveLines(db, change.id)
    await saveChange(
      db,
      {
        id: change.id,
        input: {
          reason: '客户增加数量',
          scheduleEffect: '',
          lines: [{ ...lineInputOf(l, true), qty: 20 }],
          milestones,
        },
      },
      by(clerk),
    )
    await submitChange(db, { id: change.id }, by(clerk))
    await signChange(db, { id: change.id, signedOn: '2026-11-26' }, by(clerk))
    const before = (await theLog(db)).length
    const [signed] = await theLog(db)

    expect(signed.action).toBe('修改')
    expect(signed.record).toBe(`变更协议 ${c.number}-BG1`)
    expect(signed.lines).toEqual(['状态：待签订 → 已签订', '签订日期：— → 2026-11-26'])
    expect(signed.parts).toContainEqual({
      action: '替换',
      record: `合同 ${c.number} 的明细「智能电表」`,
      lines: ['数量：10 → 20'],
    })
    expect(signed.parts).toContainEqual({
      action: '替换',
      record: `合同 ${c.number} 的付款节点「预付款」`,
      lines: ['内容未变'],
    })
    expect(signed.parts).toContainEqual({
      action: '修改',
      record: `合同 ${c.number}`,
      lines: ['版本：第 1 版 → 第 2 版'],
    })
    // One line per replaced row, and the contract: no pile of 删除 and 新建.
    expect(signed.parts).toHaveLength(1 + milestones.length + 1)
    expect(signed.parts.some((p) => p.action === '删除')).toBe(false)
    expect(before).toBe((await theLog(db)).length)
  })

  it('shows a paper approval’s rule, step, mode, signing day and scan in words', async () => {
    const db = freshDb()
    const c0 = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer(customerName) },
      by(clerk),
    )
    const big = await createContract(
      db,
      { input: contractInput(c0.id, { lines: [line({ qty: 10_000 })] }) },
      by(clerk),
    )
    await contractAction(db, { id: big.id, action: 'submitLegal', payload: {} }, by(clerk))
    await contractAction(
      db,
      { id: big.id, action: 'legalPass', payload: { legalOpinion: '可', riskAssessment: '可' } },
      by(legal),
    )
    const scan = await aScan(db, 'contracts', big.id)
    await recordPaperApproval(
      db,
      {
        table: 'contracts',
        id: big.id,
        decision: {
          rule: 'majorContract',
          decision: 'approved',
          comment: '',
          signer: '郑总',
          signedOn: '2026-11-26',
          scanId: scan.id,
        },
      },
      by(clerk),
    )
    const [approved, ...earlier] = await theLog(db)

    expect(earlier.map((v) => v.record)).toContain(`合同 ${big.number} 的附件「签字扫描件.pdf」`)
    expect(approved.record).toBe(`合同 ${big.number}`)
    expect(approved.lines).toContain('状态：审批 → 待签订')
    const decision = approved.parts.find((p) => p.record === `合同 ${big.number} 的审批「郑总」`)
    expect(decision?.lines).toEqual(
      expect.arrayContaining([
        '审批事项：重大合同',
        '审批步骤：第 2 步',
        '审批结果：同意',
        '方式：纸质签字',
        '审批时间：2026-11-26',
        '录入人：李内勤',
        '签字审批表扫描件：签字扫描件.pdf',
      ]),
    )
    expect(words(approved)).not.toMatch(ULID)
  })
})
