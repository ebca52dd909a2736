import { afterEach, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { saveArchive, setArchiveArchived } from '../../../../renderer/src/data/repositories/archivesRepo'
import { saveChild, setChildArchived } from '../../../../renderer/src/data/repositories/childRowsRepo'
import { saveSettings } from '../../../../renderer/src/data/repositories/settingsRepo'
import {
  EXPIRY_WARNING_DAYS,
  loanOverdueCheck,
  qualificationExpiryCheck,
  targetCustomerCheck,
} from '../../../../renderer/src/procedures/archives/archiveDueChecks'
import { collectDueItems } from '../../../../renderer/src/procedures/dashboard/dueChecks'
import { archiveInput, childInput } from '../../data/archiveFixture'
import { admin, at, clerk, freshDb } from '../../data/dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const now = at('2026-11-26T09:00:00+08:00')
const t = ((k: string, o?: object) => (o ? `${k} ${JSON.stringify(o)}` : k)) as unknown as TFunction
const ctx = () => ({ db, now, t })
const write = { actor: clerk, now: at('2026-11-20T09:00:00+08:00') }

async function qualification(name: string, expiresOn: string, keeper = ''): Promise<string> {
  const row = await saveArchive(
    db,
    { table: 'qualifications', id: null, input: archiveInput('qualifications', { name, expiresOn, keeper }) },
    write,
  )
  return row.id
}

async function loan(docId: string, dueOn: string, returnedOn = '', borrower = '投标组'): Promise<string> {
  const input = childInput('loans', {
    borrower,
    purpose: '杭州地铁投标',
    lentOn: '2026-10-01',
    dueOn,
    returnedOn,
  })
  const row = await saveChild(
    db,
    { child: 'loans', parent: { table: 'qualifications', id: docId }, id: null, input },
    write,
  )
  return row.id
}

async function customer(name: string, fields: Record<string, string | boolean>): Promise<string> {
  const row = await saveArchive(
    db,
    { table: 'customers', id: null, input: archiveInput('customers', { name, ...fields }) },
    write,
  )
  return row.id
}

describe('qualificationExpiryCheck', () => {
  it('lists a document expiring in 30 days with the expiring wording and not one expiring in 90 days', async () => {
    db = freshDb()
    const soon = await qualification('安全生产许可证', '2026-12-26')
    await qualification('ISO9001 证书', '2027-02-24')
    const items = await qualificationExpiryCheck.collect(ctx())
    expect(items).toEqual([
      {
        id: `qualification.${soon}`,
        title: 'dashboard.checks.qualificationExpiring {"name":"安全生产许可证","date":"2026-12-26"}',
        due: '2026-12-26',
        owner: 'roles.archivist',
        roles: ['archivist', 'clerk'],
        link: `/qualifications/${soon}`,
      },
    ])
  })

  it(`includes the last day of the ${EXPIRY_WARNING_DAYS}-day warning and not the day after`, async () => {
    db = freshDb()
    await qualification('在期限内', '2027-01-25')
    await qualification('期限外一天', '2027-01-26')
    const items = await qualificationExpiryCheck.collect(ctx())
    expect(items.map((i) => i.due)).toEqual(['2027-01-25'])
  })

  it('lists an expired document with the expired wording', async () => {
    db = freshDb()
    await qualification('营业执照副本', '2026-11-01')
    const [item] = await qualificationExpiryCheck.collect(ctx())
    expect(item.title).toBe(
      'dashboard.checks.qualificationExpired {"name":"营业执照副本","date":"2026-11-01"}',
    )
    expect(item.due).toBe('2026-11-01')
  })

  it('says expiring, not expired, when the document expires today', async () => {
    db = freshDb()
    await qualification('今天到期', '2026-11-26')
    const [item] = await qualificationExpiryCheck.collect(ctx())
    expect(item.title.startsWith('dashboard.checks.qualificationExpiring ')).toBe(true)
  })

  it('leaves out an archived document and one without an expiry date', async () => {
    db = freshDb()
    const archived = await qualification('已停用', '2026-12-01')
    await setArchiveArchived(db, { table: 'qualifications', id: archived, archived: true }, write)
    await qualification('长期有效', '')
    expect(await qualificationExpiryCheck.collect(ctx())).toEqual([])
  })

  it('names the keeper as owner when the document has one', async () => {
    db = freshDb()
    await qualification('安全生产许可证', '2026-12-26', '孙档案')
    const [item] = await qualificationExpiryCheck.collect(ctx())
    expect(item.owner).toBe('孙档案')
  })

  it('sorts items by due date', async () => {
    db = freshDb()
    await qualification('丙', '2027-01-10')
    await qualification('甲', '2026-10-01')
    await qualification('乙', '2026-12-01')
    expect((await qualificationExpiryCheck.collect(ctx())).map((i) => i.due)).toEqual([
      '2026-10-01',
      '2026-12-01',
      '2027-01-10',
    ])
  })

  it('lists 20 items and then one more item counting the rest when there are more than 20', async () => {
    db = freshDb()
    for (let d = 1; d <= 25; d++) await qualification(`证书${d}`, `2026-12-${String(d).padStart(2, '0')}`)
    const items = await qualificationExpiryCheck.collect(ctx())
    expect(items).toHaveLength(21)
    expect(items.slice(0, 20).map((i) => i.due)).toEqual(
      Array.from({ length: 20 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`),
    )
    expect(items[20]).toEqual({
      id: 'qualifications.expiry.more',
      title: 'dashboard.checks.more {"count":5}',
      due: '2026-12-21',
      owner: 'roles.archivist',
      roles: ['archivist', 'clerk'],
      users: [],
      link: '/qualifications',
    })
  })

  it('adds no .more item when there are exactly 20', async () => {
    db = freshDb()
    for (let d = 1; d <= 20; d++) await qualification(`证书${d}`, `2026-12-${String(d).padStart(2, '0')}`)
    const items = await qualificationExpiryCheck.collect(ctx())
    expect(items).toHaveLength(20)
    expect(items.some((i) => i.id.endsWith('.more'))).toBe(false)
  })
})

describe('loanOverdueCheck', () => {
  it('lists an unreturned loan past its due date and not a returned one', async () => {
    db = freshDb()
    const doc = await qualification('营业执照', '')
    const open = await loan(doc, '2026-11-20', '', '投标组')
    await loan(doc, '2026-11-20', '2026-11-19', '采购组')
    const items = await loanOverdueCheck.collect(ctx())
    expect(items).toEqual([
      {
        id: `loan.${open}`,
        title:
          'dashboard.checks.loanOverdue {"name":"营业执照","borrower":"投标组","purpose":"杭州地铁投标"}',
        due: '2026-11-20',
        owner: 'roles.archivist',
        roles: ['archivist', 'clerk'],
        link: `/qualifications/${doc}`,
      },
    ])
  })

  it('leaves out a loan due today or later', async () => {
    db = freshDb()
    const doc = await qualification('营业执照', '')
    await loan(doc, '2026-11-26')
    await loan(doc, '2026-12-10')
    expect(await loanOverdueCheck.collect(ctx())).toEqual([])
  })

  it('leaves out an archived loan and a loan of an archived document', async () => {
    db = freshDb()
    const doc = await qualification('营业执照', '')
    const l = await loan(doc, '2026-11-20')
    await setChildArchived(
      db,
      { child: 'loans', parent: { table: 'qualifications', id: doc }, id: l, archived: true },
      write,
    )
    const other = await qualification('资质证书', '')
    await loan(other, '2026-11-20')
    await setArchiveArchived(db, { table: 'qualifications', id: other, archived: true }, write)
    expect(await loanOverdueCheck.collect(ctx())).toEqual([])
  })

  it('names the document keeper as owner when it has one', async () => {
    db = freshDb()
    const doc = await qualification('营业执照', '', '孙档案')
    await loan(doc, '2026-11-20')
    const [item] = await loanOverdueCheck.collect(ctx())
    expect(item.owner).toBe('孙档案')
  })
})

describe('targetCustomerCheck', () => {
  it('lists a target customer last contacted 40 days ago under the default 30 days, due 30 days after the contact', async () => {
    db = freshDb()
    const id = await customer('北京智诚', { isTarget: true, lastContactOn: '2026-10-17', owner: '钱销售' })
    const items = await targetCustomerCheck.collect(ctx())
    expect(items).toEqual([
      {
        id: `target.${id}`,
        title: 'dashboard.checks.targetNotContacted {"name":"北京智诚","days":30}',
        due: '2026-11-16',
        owner: '钱销售',
        roles: ['sales', 'salesManager'],
        link: `/customers/${id}`,
      },
    ])
  })

  it('leaves out a target customer contacted 10 days ago and a customer that is not a target', async () => {
    db = freshDb()
    await customer('最近联系', { isTarget: true, lastContactOn: '2026-11-16' })
    await customer('非目标', { isTarget: false, lastContactOn: '2026-01-01' })
    expect(await targetCustomerCheck.collect(ctx())).toEqual([])
  })

  it('lists a target customer due exactly today', async () => {
    db = freshDb()
    await customer('正好到期', { isTarget: true, lastContactOn: '2026-10-27' })
    await customer('还差一天', { isTarget: true, lastContactOn: '2026-10-28' })
    const items = await targetCustomerCheck.collect(ctx())
    expect(items.map((i) => i.due)).toEqual(['2026-11-26'])
  })

  it('lists a target customer never contacted, due today, with the never-contacted wording', async () => {
    db = freshDb()
    await customer('从未联系', { isTarget: true })
    const [item] = await targetCustomerCheck.collect(ctx())
    expect(item).toMatchObject({
      title: 'dashboard.checks.targetNeverContacted {"name":"从未联系"}',
      due: '2026-11-26',
      owner: 'roles.sales',
      roles: ['sales', 'salesManager'],
    })
  })

  it('leaves out targets already won or lost and archived ones', async () => {
    db = freshDb()
    await customer('已成交', { isTarget: true, stage: 'won', lastContactOn: '2026-01-01' })
    await customer('已失败', { isTarget: true, stage: 'lost', lastContactOn: '2026-01-01' })
    const gone = await customer('已停用', { isTarget: true, lastContactOn: '2026-01-01' })
    await setArchiveArchived(db, { table: 'customers', id: gone, archived: true }, write)
    expect(await targetCustomerCheck.collect(ctx())).toEqual([])
  })

  it('follows the configured number of days when the setting changes', async () => {
    db = freshDb()
    await customer('北京智诚', { isTarget: true, lastContactOn: '2026-10-17' })
    await saveSettings(db, { 'archives.targetContactDays': 50 }, { actor: admin, now })
    expect(await targetCustomerCheck.collect(ctx())).toEqual([])
    await saveSettings(db, { 'archives.targetContactDays': 7 }, { actor: admin, now })
    const [item] = await targetCustomerCheck.collect(ctx())
    expect(item).toMatchObject({
      due: '2026-10-24',
      title: 'dashboard.checks.targetNotContacted {"name":"北京智诚","days":7}',
    })
  })

  it('caps the list at 20 with a .more item when more targets are due', async () => {
    db = freshDb()
    for (let d = 1; d <= 22; d++)
      await customer(`客户${d}`, { isTarget: true, lastContactOn: `2026-09-${String(d).padStart(2, '0')}` })
    const items = await targetCustomerCheck.collect(ctx())
    expect(items).toHaveLength(21)
    expect(items[20]).toMatchObject({
      id: 'customers.targetContact.more',
      title: 'dashboard.checks.more {"count":2}',
      link: '/customers',
    })
  })
})

describe('registered archive checks', () => {
  it('appear on the dashboard together when the module is loaded', async () => {
    db = freshDb()
    const doc = await qualification('营业执照', '2026-12-26')
    await loan(doc, '2026-11-20')
    await customer('北京智诚', { isTarget: true, lastContactOn: '2026-10-17' })
    const ids = (await collectDueItems(ctx())).map((i) => i.id.split('.')[0])
    expect(ids).toEqual(expect.arrayContaining(['qualification', 'loan', 'target']))
  })
})
