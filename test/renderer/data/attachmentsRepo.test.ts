import { afterEach, describe, expect, it } from 'vitest'
import type { StoredAttachment } from '@shared/ipc/contract'
import type { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive, setArchiveArchived } from '../../../renderer/src/data/repositories/archivesRepo'
import {
  addAttachment,
  listAttachments,
  type OwnerRef,
  setAttachmentArchived,
} from '../../../renderer/src/data/repositories/attachmentsRepo'
import { archiveInput, archivist, finance, footprint, sales } from './archiveFixture'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const now = at('2026-11-26T09:00:00+08:00')
const later = at('2026-11-26T10:00:00+08:00')
const as = (actor: typeof clerk, when = now) => ({ actor, now: when })

const SHA = 'a'.repeat(64)
const stored: StoredAttachment = { sha256: SHA, bytes: 1234, mime: 'application/pdf' }

async function newCustomer(name = '北京智诚科技有限公司'): Promise<OwnerRef> {
  const row = await saveArchive(
    db,
    { table: 'customers', id: null, input: archiveInput('customers', { name }) },
    as(clerk),
  )
  return { table: 'customers', id: row.id }
}

describe('addAttachment', () => {
  it('creates a row linking the owner record and the stored file by its SHA-256', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const row = await addAttachment(db, { owner, stored, fileName: '营业执照.pdf' }, as(clerk, later))
    expect(await db.attachments.get(row.id)).toMatchObject({
      ownerTable: 'customers',
      ownerId: owner.id,
      sha256: SHA,
      fileName: '营业执照.pdf',
      mime: 'application/pdf',
      bytes: 1234,
      note: '',
      createdBy: 'U-CLERK',
      deletedAt: null,
    })
    const audit = await db._audit.orderBy('[deviceId+seq]').last()
    expect(audit).toMatchObject({ action: 'create', table: 'attachments', rowId: row.id })
    expect(
      await db._outbox
        .where('published')
        .equals(0)
        .filter((o) => o.t === 'attachments')
        .count(),
    ).toBeGreaterThan(0)
  })

  it('lists the attachments of one owner only', async () => {
    db = freshDb()
    const a = await newCustomer('甲')
    const b = await newCustomer('乙')
    await addAttachment(db, { owner: a, stored, fileName: 'a.pdf' }, as(clerk))
    await addAttachment(
      db,
      { owner: a, stored: { ...stored, sha256: 'b'.repeat(64) }, fileName: 'a2.pdf' },
      as(clerk),
    )
    await addAttachment(db, { owner: b, stored, fileName: 'b.pdf' }, as(clerk))
    expect((await listAttachments(db, a)).map((r) => r.fileName).sort()).toEqual(['a.pdf', 'a2.pdf'])
    expect((await listAttachments(db, b)).map((r) => r.fileName)).toEqual(['b.pdf'])
  })

  it('cuts a file name to 200 characters when it is longer', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const row = await addAttachment(db, { owner, stored, fileName: `${'长'.repeat(250)}.pdf` }, as(clerk))
    expect((await db.attachments.get(row.id))?.fileName).toHaveLength(200)
  })

  it('refuses a finance user with auth.forbidden and writes nothing', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const before = await footprint(db, 'attachments')
    await expect(addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(finance))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(await footprint(db, 'attachments')).toEqual(before)
    expect(before.rows).toBe(0)
  })

  it('follows the owner archive rights: sales may attach to a customer but not to a qualification', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const doc = await saveArchive(
      db,
      { table: 'qualifications', id: null, input: archiveInput('qualifications', { name: '营业执照' }) },
      as(archivist),
    )
    await expect(addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(sales))).resolves.toBeDefined()
    await expect(
      addAttachment(
        db,
        { owner: { table: 'qualifications', id: doc.id }, stored, fileName: 'x.pdf' },
        as(sales),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden', params: { permission: 'qualifications.edit' } })
    await expect(
      addAttachment(
        db,
        { owner: { table: 'qualifications', id: doc.id }, stored, fileName: 'x.pdf' },
        as(archivist),
      ),
    ).resolves.toBeDefined()
  })

  it('refuses an owner that does not exist with data.notFound', async () => {
    db = freshDb()
    await expect(
      addAttachment(db, { owner: { table: 'customers', id: 'NOPE' }, stored, fileName: 'x.pdf' }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect(await footprint(db, 'attachments')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses an owner table that is not an archive', async () => {
    db = freshDb()
    const owner = { table: 'users', id: 'U-ADMIN' } as unknown as OwnerRef
    await expect(addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(admin))).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect(await db.attachments.count()).toBe(0)
  })

  it('refuses an attachment to an archived owner with data.archived', async () => {
    db = freshDb()
    const owner = await newCustomer()
    await setArchiveArchived(db, { table: 'customers', id: owner.id, archived: true }, as(clerk))
    await expect(
      addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(clerk, later)),
    ).rejects.toMatchObject({
      code: 'data.archived',
    })
    expect(await db.attachments.count()).toBe(0)
  })
})

describe('setAttachmentArchived', () => {
  it('hides an attachment by setting deletedAt and keeps the row and its file link', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const row = await addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(clerk))
    await setAttachmentArchived(db, { owner, id: row.id, archived: true }, as(clerk, later))
    expect(await db.attachments.get(row.id)).toMatchObject({ deletedAt: later.toISOString(), sha256: SHA })
    expect((await db._audit.orderBy('[deviceId+seq]').last())?.action).toBe('archive')
  })

  it('refuses a clerk who restores an attachment and lets an administrator do it', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const row = await addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(clerk))
    await setAttachmentArchived(db, { owner, id: row.id, archived: true }, as(clerk))
    await expect(
      setAttachmentArchived(db, { owner, id: row.id, archived: false }, as(clerk, later)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
      params: { permission: 'archives.restore' },
    })
    expect((await db.attachments.get(row.id))?.deletedAt).not.toBeNull()
    await setAttachmentArchived(db, { owner, id: row.id, archived: false }, as(admin, later))
    expect((await db.attachments.get(row.id))?.deletedAt).toBeNull()
  })

  it('refuses a finance user who archives an attachment', async () => {
    db = freshDb()
    const owner = await newCustomer()
    const row = await addAttachment(db, { owner, stored, fileName: 'x.pdf' }, as(clerk))
    await expect(
      setAttachmentArchived(db, { owner, id: row.id, archived: true }, as(finance)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect((await db.attachments.get(row.id))?.deletedAt).toBeNull()
  })

  it('refuses to archive a qualification attachment through a customer the sales user may edit', async () => {
    db = freshDb()
    const doc = await saveArchive(
      db,
      { table: 'qualifications', id: null, input: archiveInput('qualifications', { name: '营业执照' }) },
      as(archivist),
    )
    const row = await addAttachment(
      db,
      { owner: { table: 'qualifications', id: doc.id }, stored, fileName: 'x.pdf' },
      as(archivist),
    )
    const customer = await newCustomer()
    await expect(
      setAttachmentArchived(db, { owner: customer, id: row.id, archived: true }, as(sales)),
    ).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect((await db.attachments.get(row.id))?.deletedAt).toBeNull()
  })
})
