import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import { customerFields } from '@shared/masterData/recordSpecs'
import { clocksOf } from '@shared/sync/rowClocks'
import type { DeskDb } from '../../../renderer/src/data/db'
import {
  findDuplicates,
  importArchives,
  saveArchive,
  setArchiveArchived,
  validateArchive,
} from '../../../renderer/src/data/repositories/archivesRepo'
import { saveChild } from '../../../renderer/src/data/repositories/childRowsRepo'
import {
  archiveInput,
  as,
  customer,
  found,
  later,
  now,
  childInput,
  finance,
  footprint,
  sales,
  USCC_A,
  USCC_B,
} from './archiveFixture'
import { admin, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

describe('saveArchive', () => {
  it('creates a customer with its search text holding the name, its pinyin and initials', async () => {
    db = freshDb()
    const row = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('北京智诚科技有限公司', { uscc: USCC_A }) },
      as(clerk),
    )
    const stored = await db.customers.get(row.id)
    expect(stored).toMatchObject({
      name: '北京智诚科技有限公司',
      uscc: USCC_A,
      createdBy: 'U-CLERK',
      deletedAt: null,
    })
    expect(stored?.search).toContain('beijingzhicheng')
    expect(stored?.search).toContain('bjzckjyxgs')
    expect(found(stored, 'bjkj')).toBe(1)
    expect(found(stored, '91350100m')).toBe(3)
  })

  it('stores the values as validated when the input has spaces and a lower-case credit code', async () => {
    db = freshDb()
    const row = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('  智诚  ', { uscc: USCC_A.toLowerCase() }) },
      as(clerk),
    )
    expect(await db.customers.get(row.id)).toMatchObject({ name: '智诚', uscc: USCC_A })
  })

  it('lets a clerk edit a customer and logs only the changed field', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    const opsBefore = await db._outbox.count()
    await saveArchive(
      db,
      { table: 'customers', id: row.id, input: customer('上海智诚科技有限公司') },
      as(clerk, later),
    )
    const stored = await db.customers.get(row.id)
    expect(stored).toMatchObject({ name: '上海智诚科技有限公司', updatedAt: later.toISOString() })
    expect(found(stored, 'shanghai')).toBe(3)
    expect(found(stored, 'beijing')).toBe(0)
    const ops = (await db._outbox.orderBy('seq').toArray()).slice(opsBefore)
    expect(ops.map((o) => o.f)).toEqual(['name'])
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit.map((e) => e.action)).toEqual(['create', 'update'])
    expect(audit[1].changes).toEqual({ name: { from: '北京智诚科技有限公司', to: '上海智诚科技有限公司' } })
  })

  it('writes nothing when an edit changes no field', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    const before = await footprint(db, 'customers')
    await saveArchive(db, { table: 'customers', id: row.id, input: customer() }, as(clerk, later))
    expect(await footprint(db, 'customers')).toEqual(before)
    expect((await db.customers.get(row.id))?.updatedAt).toBe(now.toISOString())
  })

  it('refuses a finance user with auth.forbidden and writes no record, op or audit entry', async () => {
    db = freshDb()
    const failure = saveArchive(db, { table: 'customers', id: null, input: customer() }, as(finance))
    await expect(failure).rejects.toBeInstanceOf(AppFailure)
    await expect(failure).rejects.toMatchObject({
      code: 'auth.forbidden',
      params: { permission: 'archives.edit' },
    })
    expect(await footprint(db, 'customers')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses a finance user who edits an existing customer and leaves it as it was', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    const before = await footprint(db, 'customers')
    await expect(
      saveArchive(db, { table: 'customers', id: row.id, input: customer('改名') }, as(finance, later)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect((await db.customers.get(row.id))?.name).toBe('北京智诚科技有限公司')
    expect(await footprint(db, 'customers')).toEqual(before)
  })

  it('refuses a sales user on products and qualifications but not on customers', async () => {
    db = freshDb()
    await expect(
      saveArchive(db, { table: 'customers', id: null, input: customer() }, as(sales)),
    ).resolves.toBeDefined()
    await expect(
      saveArchive(
        db,
        { table: 'products', id: null, input: archiveInput('products', { name: '变频器' }) },
        as(sales),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden', params: { permission: 'products.edit' } })
    await expect(
      saveArchive(
        db,
        { table: 'qualifications', id: null, input: archiveInput('qualifications', { name: '营业执照' }) },
        as(sales),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden', params: { permission: 'qualifications.edit' } })
  })

  it('refuses a wrong credit code with a validation failure at uscc and writes nothing', async () => {
    db = freshDb()
    const failure = saveArchive(
      db,
      { table: 'customers', id: null, input: customer('智诚', { uscc: '91350100M000100Y44' }) },
      as(clerk),
    )
    await expect(failure).rejects.toBeInstanceOf(AppFailure)
    await expect(failure).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'validation.uscc.checkChar',
      params: { field: 'uscc' },
    })
    expect(await footprint(db, 'customers')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses an agreement ending before it starts at agreementEnd', async () => {
    db = freshDb()
    const input = archiveInput('distributors', {
      name: '杭州经销',
      agreementStart: '2026-06-01',
      agreementEnd: '2026-05-01',
    })
    await expect(
      saveArchive(db, { table: 'distributors', id: null, input }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'validation.notBefore.agreementStart',
      params: { field: 'agreementEnd' },
    })
    expect(await db.distributors.count()).toBe(0)
  })

  it('never puts the search text in an op or an audit entry, on create, edit or a contact change', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    await saveArchive(db, { table: 'customers', id: row.id, input: customer('上海智诚') }, as(clerk, later))
    await saveChild(
      db,
      {
        child: 'contacts',
        parent: { table: 'customers', id: row.id },
        id: null,
        input: childInput('contacts', { name: '张伟' }),
      },
      as(clerk, later),
    )
    await importArchives(db, { table: 'customers', rows: [customer('广州智诚')] }, as(clerk, later))
    const ops = await db._outbox.toArray()
    expect(ops.length).toBeGreaterThan(0)
    expect(ops.filter((o) => o.f === 'search')).toEqual([])
    const rowOps = ops.filter((o) => o.f === '*')
    expect(rowOps.map((o) => o.t).sort()).toEqual(['contacts', 'customers', 'customers'])
    for (const o of rowOps) expect(o.v).not.toHaveProperty('search')
    expect(ops.filter((o) => JSON.stringify(o.v ?? null).includes('\\u0001'))).toEqual([])
    for (const entry of await db._audit.toArray()) expect(Object.keys(entry.changes)).not.toContain('search')
    for (const r of await db.customers.toArray()) expect(Object.keys(clocksOf(r))).not.toContain('search')
  })

  it('logs one row op with every field and deletedAt when a customer is created', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    const ops = await db._outbox.toArray()
    expect(ops).toHaveLength(1)
    expect(ops[0]).toMatchObject({ t: 'customers', r: row.id, f: '*', p: null })
    const v = ops[0].v as Record<string, unknown>
    expect(Object.keys(v).sort()).toEqual([...customerFields.map((f) => f.key), 'deletedAt'].sort())
    expect(v).toMatchObject({ name: '北京智诚科技有限公司', deletedAt: null })
    expect(row.createdHlc).toBe(ops[0].h)
    expect((await db.customers.get(row.id))?._clk).toBeUndefined()
  })

  it('refuses an edit of a record that does not exist with data.notFound', async () => {
    db = freshDb()
    await expect(
      saveArchive(db, { table: 'customers', id: 'NOPE', input: customer() }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'data.notFound',
    })
    expect(await footprint(db, 'customers')).toEqual({ rows: 0, ops: 0, audit: 0 })
  })

  it('refuses an edit of an archived record with data.archived', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    await setArchiveArchived(db, { table: 'customers', id: row.id, archived: true }, as(clerk))
    await expect(
      saveArchive(db, { table: 'customers', id: row.id, input: customer('改名') }, as(clerk, later)),
    ).rejects.toMatchObject({
      code: 'data.archived',
    })
  })

  describe('references', () => {
    it('refuses a product whose manufacturer does not exist with validation.refMissing and writes nothing', async () => {
      db = freshDb()
      const input = archiveInput('products', { name: '变频器', manufacturerId: '01NOSUCHSUPPLIER' })
      await expect(saveArchive(db, { table: 'products', id: null, input }, as(clerk))).rejects.toMatchObject({
        code: 'validation',
        messageKey: 'validation.refMissing',
        params: { field: 'manufacturerId' },
      })
      expect(await footprint(db, 'products')).toEqual({ rows: 0, ops: 0, audit: 0 })
    })

    it('refuses a product whose manufacturer is archived', async () => {
      db = freshDb()
      const maker = await saveArchive(
        db,
        { table: 'suppliers', id: null, input: archiveInput('suppliers', { name: 'ABB' }) },
        as(clerk),
      )
      await setArchiveArchived(db, { table: 'suppliers', id: maker.id, archived: true }, as(clerk))
      const input = archiveInput('products', { name: '变频器', manufacturerId: maker.id })
      await expect(saveArchive(db, { table: 'products', id: null, input }, as(clerk))).rejects.toMatchObject({
        messageKey: 'validation.refMissing',
      })
      expect(await db.products.count()).toBe(0)
    })

    it('saves a product whose manufacturer exists, or with no manufacturer', async () => {
      db = freshDb()
      const maker = await saveArchive(
        db,
        { table: 'suppliers', id: null, input: archiveInput('suppliers', { name: 'ABB' }) },
        as(clerk),
      )
      const p = await saveArchive(
        db,
        {
          table: 'products',
          id: null,
          input: archiveInput('products', { name: '变频器', manufacturerId: maker.id }),
        },
        as(clerk),
      )
      expect((await db.products.get(p.id))?.manufacturerId).toBe(maker.id)
      await saveArchive(
        db,
        { table: 'products', id: null, input: archiveInput('products', { name: '电机' }) },
        as(clerk),
      )
      expect(await db.products.count()).toBe(2)
    })
  })
})

describe('validateArchive', () => {
  it('returns the parsed values without derived fields when the input is valid', () => {
    const values = validateArchive('customers', { ...customer(), search: 'x', id: 'y' })
    expect(values).not.toHaveProperty('search')
    expect(values).not.toHaveProperty('id')
    expect(values.name).toBe('北京智诚科技有限公司')
  })
})

describe('setArchiveArchived', () => {
  it('lets a clerk archive a customer: tombstoned, not removed, and logged', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    await setArchiveArchived(db, { table: 'customers', id: row.id, archived: true }, as(clerk, later))
    expect((await db.customers.get(row.id))?.deletedAt).toBe(later.toISOString())
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit.map((e) => e.action)).toEqual(['create', 'archive'])
    const [create, archive] = await db._outbox.orderBy('seq').toArray()
    expect(archive).toMatchObject({ f: 'deletedAt', v: later.toISOString(), p: create.h })
  })

  it('refuses a clerk who restores an archived customer and keeps it archived', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    await setArchiveArchived(db, { table: 'customers', id: row.id, archived: true }, as(clerk))
    const before = await footprint(db, 'customers')
    await expect(
      setArchiveArchived(db, { table: 'customers', id: row.id, archived: false }, as(clerk, later)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
      params: { permission: 'archives.restore' },
    })
    expect((await db.customers.get(row.id))?.deletedAt).not.toBeNull()
    expect(await footprint(db, 'customers')).toEqual(before)
  })

  it('lets an administrator restore an archived customer', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    await setArchiveArchived(db, { table: 'customers', id: row.id, archived: true }, as(clerk))
    await setArchiveArchived(db, { table: 'customers', id: row.id, archived: false }, as(admin, later))
    expect((await db.customers.get(row.id))?.deletedAt).toBeNull()
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit.map((e) => e.action)).toEqual(['create', 'archive', 'restore'])
    expect(audit[2].actorName).toBe('王管理')
  })

  it('refuses a finance user who archives a customer', async () => {
    db = freshDb()
    const row = await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))
    await expect(
      setArchiveArchived(db, { table: 'customers', id: row.id, archived: true }, as(finance)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect((await db.customers.get(row.id))?.deletedAt).toBeNull()
  })
})

describe('followUpOn (the target-customer index)', () => {
  it('is set only on target customers still to follow up, follows edits, and is never logged', async () => {
    db = freshDb()
    const plain = await saveArchive(
      db,
      {
        table: 'customers',
        id: null,
        input: archiveInput('customers', { name: '甲', uscc: '', isTarget: false }),
      },
      as(clerk),
    )
    const target = await saveArchive(
      db,
      {
        table: 'customers',
        id: null,
        input: archiveInput('customers', {
          name: '乙',
          uscc: '',
          isTarget: true,
          stage: 'quoting',
          lastContactOn: '2026-10-01',
        }),
      },
      as(clerk),
    )
    expect((await db.customers.get(plain.id))?.followUpOn).toBeUndefined()
    expect((await db.customers.get(target.id))?.followUpOn).toBe('2026-10-01')
    expect(await db.customers.where('followUpOn').belowOrEqual('2026-12-31').primaryKeys()).toEqual([
      target.id,
    ])
    await saveArchive(
      db,
      {
        table: 'customers',
        id: target.id,
        input: archiveInput('customers', {
          name: '乙',
          uscc: '',
          isTarget: true,
          stage: 'won',
          lastContactOn: '2026-10-01',
        }),
      },
      as(clerk),
    )
    expect(await db.customers.where('followUpOn').belowOrEqual('2026-12-31').count()).toBe(0)
    const ops = await db._outbox.toArray()
    expect(
      ops.some(
        (o) => o.f === 'followUpOn' || (o.v !== null && typeof o.v === 'object' && 'followUpOn' in o.v),
      ),
    ).toBe(false)
  })
})

describe('findDuplicates', () => {
  it('finds a record with the same credit code whatever its case', async () => {
    db = freshDb()
    const first = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('北京智诚', { uscc: USCC_A }) },
      as(clerk),
    )
    const dups = await findDuplicates(
      db,
      'customers',
      { name: '另一个名字', uscc: ` ${USCC_A.toLowerCase()} ` },
      null,
    )
    expect(dups).toEqual([{ keys: ['uscc'], id: first.id, name: '北京智诚' }])
  })

  it('finds a record with the same name when the credit codes differ or are empty', async () => {
    db = freshDb()
    const first = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('北京智诚', { uscc: USCC_A }) },
      as(clerk),
    )
    expect(await findDuplicates(db, 'customers', { name: '北京智诚', uscc: USCC_B }, null)).toEqual([
      { keys: ['name'], id: first.id, name: '北京智诚' },
    ])
    expect(await findDuplicates(db, 'customers', { name: ' 北京智诚 ', uscc: '' }, null)).toEqual([
      { keys: ['name'], id: first.id, name: '北京智诚' },
    ])
  })

  it('reports a record once when both its credit code and its name are equal', async () => {
    db = freshDb()
    await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('北京智诚', { uscc: USCC_A }) },
      as(clerk),
    )
    const dups = await findDuplicates(db, 'customers', { name: '北京智诚', uscc: USCC_A }, null)
    expect(dups).toHaveLength(1)
  })

  it('ignores the record being edited', async () => {
    db = freshDb()
    const first = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('北京智诚', { uscc: USCC_A }) },
      as(clerk),
    )
    expect(await findDuplicates(db, 'customers', { name: '北京智诚', uscc: USCC_A }, first.id)).toEqual([])
  })

  it('ignores archived records', async () => {
    db = freshDb()
    const first = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('北京智诚', { uscc: USCC_A }) },
      as(clerk),
    )
    await setArchiveArchived(db, { table: 'customers', id: first.id, archived: true }, as(clerk))
    expect(await findDuplicates(db, 'customers', { name: '北京智诚', uscc: USCC_A }, null)).toEqual([])
  })

  it('never matches empty values when neither record has a credit code', async () => {
    db = freshDb()
    await saveArchive(db, { table: 'customers', id: null, input: customer('北京智诚') }, as(clerk))
    expect(await findDuplicates(db, 'customers', { name: '上海智诚', uscc: '' }, null)).toEqual([])
    expect(await findDuplicates(db, 'customers', { name: '', uscc: '' }, null)).toEqual([])
  })

  it('looks only in the table asked for', async () => {
    db = freshDb()
    await saveArchive(
      db,
      { table: 'suppliers', id: null, input: archiveInput('suppliers', { name: '北京智诚' }) },
      as(clerk),
    )
    expect(await findDuplicates(db, 'customers', { name: '北京智诚', uscc: '' }, null)).toEqual([])
  })
})
