/** importArchives: an Excel import written as rows, one batch op and one audit entry (archivesRepo.ts). */
import { afterEach, describe, expect, it } from 'vitest'
import { customerFields } from '@shared/masterData/recordSpecs'
import { recordAuditEntries } from '../../../renderer/src/data/auditQueries'
import { verifyAuditEntries } from '../../../renderer/src/data/auditChain'
import type { DeskDb } from '../../../renderer/src/data/db'
import {
  importArchives,
  saveArchive,
  setArchiveArchived,
} from '../../../renderer/src/data/repositories/archivesRepo'
import {
  archiveInput,
  as,
  customer,
  found,
  later,
  finance,
  footprint,
  sales,
  USCC_A,
  USCC_B,
  USCC_C,
} from './archiveFixture'
import { admin, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

describe('importArchives', () => {
  const rows = () => [
    customer('北京智诚科技有限公司', { uscc: USCC_A }),
    customer('重庆银行股份有限公司', { uscc: USCC_B }),
    customer('上海ABB变频器有限公司', { uscc: USCC_C }),
  ]

  it("writes every row, one op holding every field of each, and one audit entry that each row's history finds", async () => {
    db = freshDb()
    expect(await importArchives(db, { table: 'customers', rows: rows() }, as(clerk))).toBe(3)
    const stored = await db.customers.toArray()
    expect(stored.map((r) => r.name).sort()).toEqual(
      rows()
        .map((r) => r.name)
        .sort(),
    )
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'import', table: 'customers', actorId: 'U-CLERK' })
    expect(new Set(audit[0].rowIds)).toEqual(new Set(stored.map((r) => r.id)))
    const ops = await db._outbox.toArray()
    expect(ops).toHaveLength(1)
    expect(ops[0]).toMatchObject({ t: 'customers', r: '*', f: '*', p: null })
    const fields = [...customerFields.map((f) => f.key), 'deletedAt'].sort()
    for (const r of stored) {
      const v = (ops[0].v as Record<string, Record<string, unknown>>)[r.id]
      expect(v).toMatchObject({ name: r.name, deletedAt: null })
      expect(Object.keys(v).sort()).toEqual(fields)
      // The record's 变更记录 shows the import as its create, with its own fields only.
      const history = await recordAuditEntries(db, 'customers', r.id)
      expect(history).toHaveLength(1)
      expect(history[0]).toMatchObject({ action: 'import', rowId: r.id })
      expect(history[0].changes.name).toEqual({ from: null, to: r.name })
      expect(Object.keys(history[0].changes).sort()).toEqual(fields)
    }
    expect((await db.customers.toArray()).some((r) => r._clk !== undefined)).toBe(false)
    expect(verifyAuditEntries(audit)).toEqual([])
  })

  it('stamps one import with one HLC, later than the write before it', async () => {
    db = freshDb()
    await saveArchive(db, { table: 'customers', id: null, input: customer('先前的客户') }, as(clerk))
    const previous = (await db._outbox.toArray())[0].h
    await importArchives(db, { table: 'customers', rows: rows() }, as(clerk, later))
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops).toHaveLength(2)
    expect(ops[1].h > previous).toBe(true)
    const imported = (await db.customers.toArray()).filter((r) => r.name !== '先前的客户')
    expect(imported.map((r) => r.createdHlc)).toEqual([ops[1].h, ops[1].h, ops[1].h])
  })

  it('stores a search text with pinyin for every imported row', async () => {
    db = freshDb()
    await importArchives(db, { table: 'customers', rows: rows() }, as(clerk))
    const bank = (await db.customers.toArray()).find((r) => r.name.startsWith('重庆'))
    expect(bank?.search).toContain('chongqingyinhang')
    expect(found(bank, 'cqyh')).toBe(3)
  })

  it('writes nothing at all when one row fails validation', async () => {
    db = freshDb()
    const bad = [...rows(), customer('坏行', { grade: 'Z' })]
    await expect(importArchives(db, { table: 'customers', rows: bad }, as(clerk))).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'validation.option',
      params: { field: 'grade' },
    })
    expect(await footprint(db, 'customers')).toEqual({ rows: 0, ops: 0, audit: 0 })
    expect(await db._meta.count()).toBe(0)
  })

  it('refuses a sales user, who may edit customers but not import them', async () => {
    db = freshDb()
    await expect(importArchives(db, { table: 'customers', rows: rows() }, as(sales))).rejects.toMatchObject({
      code: 'auth.forbidden',
      params: { permission: 'archives.import' },
    })
    expect(await db.customers.count()).toBe(0)
  })

  it('refuses a finance user', async () => {
    db = freshDb()
    await expect(importArchives(db, { table: 'customers', rows: rows() }, as(finance))).rejects.toMatchObject(
      {
        code: 'auth.forbidden',
      },
    )
  })

  it('refuses an archive whose spec is not importable (qualifications)', async () => {
    db = freshDb()
    await expect(
      importArchives(
        db,
        { table: 'qualifications', rows: [archiveInput('qualifications', { name: '营业执照' })] },
        as(admin),
      ),
    ).rejects.toMatchObject({ code: 'data.notImportable' })
    expect(await footprint(db, 'qualifications')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses the whole import when one product names an archived manufacturer', async () => {
    db = freshDb()
    const maker = await saveArchive(
      db,
      { table: 'suppliers', id: null, input: archiveInput('suppliers', { name: 'ABB' }) },
      as(clerk),
    )
    await setArchiveArchived(db, { table: 'suppliers', id: maker.id, archived: true }, as(clerk))
    const products = [
      archiveInput('products', { name: '变频器', model: 'A1', code: 'P-1', manufacturerId: '' }),
      archiveInput('products', { name: '软启动器', model: 'B2', code: 'P-2', manufacturerId: maker.id }),
    ]
    const before = await footprint(db, 'products')
    await expect(importArchives(db, { table: 'products', rows: products }, as(clerk))).rejects.toMatchObject({
      messageKey: 'validation.refMissing',
    })
    expect(await footprint(db, 'products')).toEqual(before)
    expect(before.rows).toBe(0)
  })

  it('returns 0 and writes no row when the sheet has no rows', async () => {
    db = freshDb()
    expect(await importArchives(db, { table: 'customers', rows: [] }, as(clerk))).toBe(0)
    expect(await footprint(db, 'customers')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })
})
