/**
 * 工程商 (engineering contractors) through the archive repository: the same
 * writes as every party archive, their own Dexie store, contacts, search,
 * the credit code checked, duplicates by credit code; and products marked
 * 按序列号管理.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../renderer/src/data/db'
import { duplicatesOfRecord, listDuplicates } from '../../../renderer/src/data/duplicates'
import {
  findDuplicates,
  importArchives,
  saveArchive,
} from '../../../renderer/src/data/repositories/archivesRepo'
import { saveChild } from '../../../renderer/src/data/repositories/childRowsRepo'
import {
  archiveInput,
  as,
  childInput,
  finance,
  footprint,
  found,
  later,
  USCC_A,
} from './archiveFixture'
import { admin, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const contractor = (name = '浙江恒安机电安装工程有限公司', extra: Record<string, string> = {}) =>
  archiveInput('contractors', { name, ...extra })

describe('contractors', () => {
  it('creates a contractor in its own store, found by pinyin initials, short name, code and brand', async () => {
    db = freshDb()
    const row = await saveArchive(
      db,
      {
        table: 'contractors',
        id: null,
        input: contractor('浙江恒安机电安装工程有限公司', {
          shortName: '恒安机电',
          uscc: USCC_A.toLowerCase(),
          qualificationLevel: '机电工程施工总承包二级',
          brands: '西门子、ABB',
          region: '杭州',
        }),
      },
      as(clerk),
    )
    const stored = await db.contractors.get(row.id)
    expect(stored).toMatchObject({
      name: '浙江恒安机电安装工程有限公司',
      uscc: USCC_A,
      qualificationLevel: '机电工程施工总承包二级',
      createdBy: 'U-CLERK',
      deletedAt: null,
    })
    expect(found(stored, 'zjha')).toBeGreaterThan(0)
    expect(found(stored, '恒安机电')).toBeGreaterThan(0)
    expect(found(stored, USCC_A)).toBeGreaterThan(0)
    expect(found(stored, 'ABB')).toBeGreaterThan(0)
    expect((await db._audit.toArray()).map((e) => [e.table, e.action])).toEqual([['contractors', 'create']])
  })

  it('refuses a wrong credit code at the uscc field and writes nothing', async () => {
    db = freshDb()
    await expect(
      saveArchive(
        db,
        { table: 'contractors', id: null, input: contractor(undefined, { uscc: '91350100M000100Y44' }) },
        as(clerk),
      ),
    ).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'validation.uscc.checkChar',
      params: { field: 'uscc' },
    })
    expect(await footprint(db, 'contractors')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses a finance user: contractors are kept by those who keep the parties', async () => {
    db = freshDb()
    await expect(
      saveArchive(db, { table: 'contractors', id: null, input: contractor() }, as(finance)),
    ).rejects.toMatchObject({ code: 'auth.forbidden', params: { permission: 'archives.edit' } })
  })

  it("takes contacts, whose names and phones are searched with the contractor's", async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'contractors', id: null, input: contractor() }, as(clerk))
    await saveChild(
      db,
      {
        child: 'contacts',
        parent: { table: 'contractors', id: row.id },
        id: null,
        input: childInput('contacts', { name: '周建华', mobile: '13905710000' }),
      },
      as(clerk, later),
    )
    const stored = await db.contractors.get(row.id)
    expect(found(stored, 'zjh')).toBeGreaterThan(0)
    expect(found(stored, '13905710000')).toBeGreaterThan(0)
  })

  it('warns of a second contractor with the same credit code, and lists the pair as duplicates', async () => {
    db = freshDb()
    const first = await saveArchive(
      db,
      { table: 'contractors', id: null, input: contractor('恒安机电', { uscc: USCC_A }) },
      as(clerk),
    )
    expect(
      await findDuplicates(db, 'contractors', { name: '恒安机电安装', uscc: USCC_A.toLowerCase() }, null),
    ).toEqual([{ keys: ['uscc'], id: first.id, name: '恒安机电' }])
    // A customer of the same code is another kind of party, not a duplicate contractor.
    expect(await findDuplicates(db, 'customers', { name: '恒安机电安装', uscc: USCC_A }, null)).toEqual([])
    const second = await saveArchive(
      db,
      { table: 'contractors', id: null, input: contractor('恒安机电安装', { uscc: USCC_A }) },
      as(admin),
    )
    const [group, ...none] = await listDuplicates(db)
    expect(none).toEqual([])
    expect(group).toMatchObject({ t: 'contractors', valueText: USCC_A })
    expect(await duplicatesOfRecord(db, 'contractors', second.id)).toHaveLength(1)
  })

  it('imports contractors in one batch, each with its search text', async () => {
    db = freshDb()
    const rows = [
      contractor('浙江恒安机电安装工程有限公司', { uscc: USCC_A }),
      contractor('宁波港华工程有限公司'),
    ]
    expect(await importArchives(db, { table: 'contractors', rows }, as(clerk))).toBe(2)
    const stored = await db.contractors.toArray()
    expect(stored.map((r) => r.name).sort()).toEqual(['宁波港华工程有限公司', '浙江恒安机电安装工程有限公司'])
    expect(stored.every((r) => r.search.length > 0)).toBe(true)
  })
})

describe('products tracked by serial number', () => {
  it('stores serialized as given, and false when a product says nothing', async () => {
    db = freshDb()
    const tracked = await saveArchive(
      db,
      { table: 'products', id: null, input: archiveInput('products', { name: '变频器', serialized: true }) },
      as(clerk),
    )
    expect((await db.products.get(tracked.id))?.serialized).toBe(true)
    const plain = await saveArchive(
      db,
      { table: 'products', id: null, input: archiveInput('products', { name: '电缆', unit: '米' }) },
      as(clerk),
    )
    expect((await db.products.get(plain.id))?.serialized).toBe(false)
    await saveArchive(
      db,
      {
        table: 'products',
        id: plain.id,
        input: archiveInput('products', { name: '电缆', unit: '米', serialized: true }),
      },
      as(clerk, later),
    )
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops.at(-1)?.f).toBe('serialized')
  })
})
