import { afterEach, describe, expect, it } from 'vitest'
import { matchScore, parseQuery, toSearchEntry } from '@shared/search/matchSearch'
import type { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive, setArchiveArchived } from '../../../renderer/src/data/repositories/archivesRepo'
import {
  type ParentRef,
  saveChild,
  setChildArchived,
} from '../../../renderer/src/data/repositories/childRowsRepo'
import { archiveInput, archivist, childInput, finance, footprint, sales } from './archiveFixture'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const now = at('2026-11-26T09:00:00+08:00')
const later = at('2026-11-26T10:00:00+08:00')
const as = (actor: typeof clerk, when = now) => ({ actor, now: when })

const found = (row: { search?: unknown } | undefined, query: string) =>
  matchScore(toSearchEntry(String(row?.search ?? '')), parseQuery(query))

async function newCustomer(name = '北京智诚科技有限公司'): Promise<ParentRef> {
  const row = await saveArchive(
    db,
    { table: 'customers', id: null, input: archiveInput('customers', { name }) },
    as(clerk),
  )
  return { table: 'customers', id: row.id }
}

async function newQualification(name = '营业执照'): Promise<ParentRef> {
  const row = await saveArchive(
    db,
    { table: 'qualifications', id: null, input: archiveInput('qualifications', { name }) },
    as(clerk),
  )
  return { table: 'qualifications', id: row.id }
}

const zhangWei = () => childInput('contacts', { name: '张伟', mobile: '13800001111', phone: '0571-2222' })

describe('saveChild', () => {
  it('adds a contact under its parent and refreshes the parent search with the name and mobile', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const contact = await saveChild(
      db,
      { child: 'contacts', parent, id: null, input: zhangWei() },
      as(clerk, later),
    )
    expect(await db.contacts.get(contact.id)).toMatchObject({
      parentTable: 'customers',
      parentId: parent.id,
      name: '张伟',
      mobile: '13800001111',
      deletedAt: null,
    })
    const owner = await db.customers.get(parent.id)
    expect(found(owner, '张伟')).toBe(3)
    expect(found(owner, 'zhangwei')).toBe(3)
    expect(found(owner, '13800001111')).toBe(3)
    expect(found(owner, '0571-2222')).toBe(3)
    expect(found(owner, 'bjkj')).toBe(1)
  })

  it('logs the contact but creates no op or audit entry for the parent when its search is refreshed', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const before = await db.customers.get(parent.id)
    const opsBefore = await db._outbox.count()
    await saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(clerk, later))
    const ops = (await db._outbox.orderBy('seq').toArray()).slice(opsBefore)
    expect(ops.length).toBeGreaterThan(0)
    expect(ops.every((o) => o.t === 'contacts')).toBe(true)
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit.map((e) => `${e.action} ${e.table}`)).toEqual(['create customers', 'create contacts'])
    const after = await db.customers.get(parent.id)
    expect(after?.updatedAt).toBe(before?.updatedAt)
    expect(after?.search).not.toBe(before?.search)
  })

  it('refreshes the parent search when a contact is renamed', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const contact = await saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(clerk))
    await saveChild(
      db,
      { child: 'contacts', parent, id: contact.id, input: { ...zhangWei(), name: '李娜' } },
      as(clerk, later),
    )
    const owner = await db.customers.get(parent.id)
    expect(found(owner, '李娜')).toBe(3)
    expect(found(owner, '张伟')).toBe(0)
  })

  it('keeps the contacts in the search when the parent itself is edited afterwards', async () => {
    db = freshDb()
    const parent = await newCustomer()
    await saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(clerk))
    await saveArchive(
      db,
      { table: 'customers', id: parent.id, input: archiveInput('customers', { name: '上海智诚' }) },
      as(clerk, later),
    )
    const owner = await db.customers.get(parent.id)
    expect(found(owner, 'shanghai')).toBe(3)
    expect(found(owner, '张伟')).toBe(3)
  })

  it('ignores isDesigner and specialty and keeps them empty when a contact is under a customer', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const input = { ...zhangWei(), isDesigner: true, specialty: '电气' }
    const contact = await saveChild(db, { child: 'contacts', parent, id: null, input }, as(clerk))
    expect(await db.contacts.get(contact.id)).toMatchObject({ isDesigner: false, specialty: '' })
  })

  it('keeps isDesigner and specialty when a contact is under a design institute', async () => {
    db = freshDb()
    const inst = await saveArchive(
      db,
      { table: 'institutes', id: null, input: archiveInput('institutes', { name: '华东设计院' }) },
      as(clerk),
    )
    const input = { ...zhangWei(), isDesigner: true, specialty: '电气' }
    const contact = await saveChild(
      db,
      { child: 'contacts', parent: { table: 'institutes', id: inst.id }, id: null, input },
      as(clerk),
    )
    expect(await db.contacts.get(contact.id)).toMatchObject({ isDesigner: true, specialty: '电气' })
  })

  it('refuses a child under an archived parent with data.archived and writes nothing', async () => {
    db = freshDb()
    const parent = await newCustomer()
    await setArchiveArchived(db, { table: 'customers', id: parent.id, archived: true }, as(clerk))
    const before = await footprint(db, 'contacts')
    await expect(
      saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(clerk, later)),
    ).rejects.toMatchObject({
      code: 'data.archived',
    })
    expect(await footprint(db, 'contacts')).toEqual(before)
  })

  it('refuses a child under a parent that does not exist with data.notFound', async () => {
    db = freshDb()
    await expect(
      saveChild(
        db,
        { child: 'contacts', parent: { table: 'customers', id: 'NOPE' }, id: null, input: zhangWei() },
        as(clerk),
      ),
    ).rejects.toMatchObject({ code: 'data.notFound' })
    expect(await footprint(db, 'contacts')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses a child table the parent archive does not have (a loan under a customer)', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const loan = childInput('loans', { lentOn: '2026-11-01', dueOn: '2026-11-10' })
    await expect(
      saveChild(db, { child: 'loans', parent, id: null, input: loan }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect(await db.loans.count()).toBe(0)
  })

  it('refuses a loan due before it was lent at dueOn', async () => {
    db = freshDb()
    const doc = await newQualification()
    const loan = childInput('loans', { borrower: '投标组', lentOn: '2026-11-10', dueOn: '2026-11-09' })
    await expect(
      saveChild(db, { child: 'loans', parent: doc, id: null, input: loan }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'validation.notBefore.lentOn',
      params: { field: 'dueOn' },
    })
    expect(await db.loans.count()).toBe(0)
  })

  it('saves a loan due on the day it was lent', async () => {
    db = freshDb()
    const doc = await newQualification()
    const loan = childInput('loans', { borrower: '投标组', lentOn: '2026-11-10', dueOn: '2026-11-10' })
    const row = await saveChild(db, { child: 'loans', parent: doc, id: null, input: loan }, as(archivist))
    expect(await db.loans.get(row.id)).toMatchObject({ parentTable: 'qualifications', dueOn: '2026-11-10' })
  })

  it('follows the parent archive rights: sales may add a contact to a customer but not a loan to a qualification', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const doc = await newQualification()
    await expect(
      saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(sales)),
    ).resolves.toBeDefined()
    const loan = childInput('loans', { lentOn: '2026-11-01', dueOn: '2026-11-10' })
    await expect(
      saveChild(db, { child: 'loans', parent: doc, id: null, input: loan }, as(sales)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    await expect(
      saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(finance)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(await db.loans.count()).toBe(0)
    expect(await db.contacts.count()).toBe(1)
  })

  it('refuses to edit a child row through a parent it does not belong to', async () => {
    db = freshDb()
    const mine = await newCustomer('北京智诚')
    const other = await newCustomer('上海远大')
    const contact = await saveChild(
      db,
      { child: 'contacts', parent: mine, id: null, input: zhangWei() },
      as(clerk),
    )
    await expect(
      saveChild(
        db,
        { child: 'contacts', parent: other, id: contact.id, input: { ...zhangWei(), name: '李娜' } },
        as(clerk, later),
      ),
    ).rejects.toMatchObject({ code: 'data.notFound' })
    expect((await db.contacts.get(contact.id))?.name).toBe('张伟')
    expect(found(await db.customers.get(other.id), '李娜')).toBe(0)
  })
})

describe('setChildArchived', () => {
  it('removes an archived contact from the parent search', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const contact = await saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(clerk))
    await setChildArchived(
      db,
      { child: 'contacts', parent, id: contact.id, archived: true },
      as(clerk, later),
    )
    expect((await db.contacts.get(contact.id))?.deletedAt).toBe(later.toISOString())
    const owner = await db.customers.get(parent.id)
    expect(found(owner, '张伟')).toBe(0)
    expect(found(owner, '13800001111')).toBe(0)
    expect(found(owner, 'bjkj')).toBe(1)
  })

  it('lets only an administrator restore a contact, which then comes back into the search', async () => {
    db = freshDb()
    const parent = await newCustomer()
    const contact = await saveChild(db, { child: 'contacts', parent, id: null, input: zhangWei() }, as(clerk))
    await setChildArchived(db, { child: 'contacts', parent, id: contact.id, archived: true }, as(clerk))
    await expect(
      setChildArchived(db, { child: 'contacts', parent, id: contact.id, archived: false }, as(clerk, later)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect((await db.contacts.get(contact.id))?.deletedAt).not.toBeNull()
    await setChildArchived(
      db,
      { child: 'contacts', parent, id: contact.id, archived: false },
      as(admin, later),
    )
    expect((await db.contacts.get(contact.id))?.deletedAt).toBeNull()
    expect(found(await db.customers.get(parent.id), '张伟')).toBe(3)
  })

  it('refuses to archive a loan through a customer the sales user may edit', async () => {
    db = freshDb()
    const doc = await newQualification()
    const loan = await saveChild(
      db,
      {
        child: 'loans',
        parent: doc,
        id: null,
        input: childInput('loans', { lentOn: '2026-11-01', dueOn: '2026-11-10' }),
      },
      as(archivist),
    )
    const customer = await newCustomer()
    await expect(
      setChildArchived(db, { child: 'loans', parent: customer, id: loan.id, archived: true }, as(sales)),
    ).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect((await db.loans.get(loan.id))?.deletedAt).toBeNull()
  })

  it('refuses to archive a contact through a parent it does not belong to', async () => {
    db = freshDb()
    const mine = await newCustomer('北京智诚')
    const other = await newCustomer('上海远大')
    const contact = await saveChild(
      db,
      { child: 'contacts', parent: mine, id: null, input: zhangWei() },
      as(clerk),
    )
    await expect(
      setChildArchived(db, { child: 'contacts', parent: other, id: contact.id, archived: true }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect((await db.contacts.get(contact.id))?.deletedAt).toBeNull()
    expect(found(await db.customers.get(mine.id), '张伟')).toBe(3)
  })
})
