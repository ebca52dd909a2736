import { afterEach, describe, expect, it } from 'vitest'
import { compareHlc } from '@shared/kernel/hlc'
import { customerFields } from '@shared/masterData/recordSpecs'
import { REDACTED, verifyAuditEntries } from '../../../renderer/src/data/auditChain'
import type { DeskDb } from '../../../renderer/src/data/db'
import { SCHEMA_VERSION } from '../../../renderer/src/data/tables'
import { prepareBatch, runWrite } from '../../../renderer/src/data/unitOfWork'
import { archiveInput } from './archiveFixture'
import { admin, at, clerk, freshDb } from './dbFixture'
import { readDevice } from '../../../renderer/src/data/deviceMeta'

let db: DeskDb
afterEach(() => db?.close())

const now = at('2026-11-26T09:00:00+08:00')
const later = at('2026-11-26T10:00:00+08:00')

/** A customer draft as the import hands it to the writer, search included. */
const draft = (name: string) => ({ ...archiveInput('customers', { name }), search: `${name}\u0002` }) as never

describe('Writer.createMany', () => {
  it('writes every record stamped like create, then one batch op and one audit entry naming them all', async () => {
    db = freshDb()
    const rows = await runWrite(db, { actor: clerk, now }, (w) =>
      w.createMany('settings', [{ value: 1 }, { value: 2 }, { value: 3 }], { action: 'import' }),
    )
    expect(rows).toHaveLength(3)
    expect(new Set(rows.map((r) => r.id)).size).toBe(3)
    const h = (await readDevice(db))?.hlc
    for (const r of rows)
      expect(await db.settings.get(r.id)).toMatchObject({
        value: r.value,
        createdAt: now.toISOString(),
        createdBy: 'U-CLERK',
        updatedBy: 'U-CLERK',
        deletedAt: null,
        createdHlc: h,
      })
    // One IndexedDB record for the whole batch: r = ROW_BATCH, v = each row's fields by id.
    const ops = await db._outbox.toArray()
    expect(ops).toEqual([
      expect.objectContaining({
        seq: 1,
        t: 'settings',
        r: '*',
        f: '*',
        h,
        p: null,
        sv: SCHEMA_VERSION,
        published: 0,
        v: Object.fromEntries(rows.map((r, i) => [r.id, { value: i + 1, deletedAt: null }])),
      }),
    ])
    // Every field's clock is the batch's one HLC: no row carries clocks of its own.
    expect((await db.settings.toArray()).every((r) => r._clk === undefined && r.createdHlc === h)).toBe(true)
    const audit = await db._audit.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      action: 'import',
      table: 'settings',
      rowId: `batch:${ops[0].opId}`,
      rowIds: rows.map((r) => r.id),
      seq: 1,
    })
    expect(audit[0].changes).toEqual(
      Object.fromEntries(rows.map((r, i) => [r.id, { from: null, to: { value: i + 1, deletedAt: null } }])),
    )
  })

  it('gives the batch one HLC, later than the write before it', async () => {
    db = freshDb()
    await runWrite(db, { actor: clerk, now }, (w) => w.create('settings', { value: 0 }, { id: 'first' }))
    const first = (await db._outbox.toArray())[0].h
    const rows = await runWrite(db, { actor: clerk, now: later }, (w) =>
      w.createMany('settings', [{ value: 1 }, { value: 2 }]),
    )
    const all = await db._outbox.orderBy('seq').toArray()
    expect(all).toHaveLength(2)
    expect(compareHlc(all[1].h, first)).toBe(1)
    expect(rows.map((r) => r.createdHlc)).toEqual([all[1].h, all[1].h])
    expect((await readDevice(db))?.hlc).toBe(all[1].h)
  })

  it('keeps the HLC increasing when a single create follows the batch in the same transaction', async () => {
    db = freshDb()
    await runWrite(db, { actor: clerk, now }, async (w) => {
      await w.createMany('settings', [{ value: 1 }])
      await w.create('settings', { value: 2 }, { id: 'after' })
    })
    const ops = await db._outbox.orderBy('seq').toArray()
    const after = ops.filter((o) => o.r === 'after')
    expect(compareHlc(after[0].h, ops[0].h)).toBe(1)
  })

  it('names the batch HLC as p when an imported record is updated afterwards', async () => {
    db = freshDb()
    const [row] = await runWrite(db, { actor: clerk, now }, (w) => w.createMany('settings', [{ value: 1 }]))
    const h = (await db._outbox.toArray())[0].h
    await runWrite(db, { actor: clerk, now: later }, (w) => w.update('settings', row.id, { value: 2 }))
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops[1]).toMatchObject({ r: row.id, f: 'value', v: 2, p: h })
  })

  it('continues the device audit chain without a gap or a broken link', async () => {
    db = freshDb()
    await runWrite(db, { actor: admin, now }, (w) => w.create('settings', { value: 0 }, { id: 'k' }))
    await runWrite(db, { actor: clerk, now: later }, async (w) => {
      await w.createMany('settings', [{ value: 1 }, { value: 2 }, { value: 3 }])
      await w.update('settings', 'k', { value: 9 })
    })
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(verifyAuditEntries(audit)).toEqual([])
    expect((await readDevice(db))?.auditHead).toBe(audit[2].hash)
  })

  it('stores the derived search text but leaves it out of ops, clocks and audit', async () => {
    db = freshDb()
    const rows = await runWrite(db, { actor: clerk, now }, (w) =>
      w.createMany('customers', [draft('甲'), draft('乙')]),
    )
    expect((await db.customers.get(rows[0].id))?.search).toBe('甲\u0002')
    const [op] = await db._outbox.toArray()
    const logged = [...customerFields.map((f) => f.key), 'deletedAt'].sort()
    const [audit] = await db._audit.toArray()
    for (const r of rows) {
      expect(Object.keys((op.v as Record<string, object>)[r.id]).sort()).toEqual(logged)
      expect(Object.keys(audit.changes[r.id].to as object).sort()).toEqual(logged)
    }
    expect((await db.customers.toArray()).some((r) => r._clk !== undefined)).toBe(false)
  })

  it('leaves nothing behind when the transaction fails after the batch', async () => {
    db = freshDb()
    const failing = runWrite(db, { actor: clerk, now }, async (w) => {
      await w.createMany('settings', [{ value: 1 }, { value: 2 }])
      throw new Error('import failed half-way')
    })
    await expect(failing).rejects.toThrow('half-way')
    expect(await db.settings.count()).toBe(0)
    expect(await db._outbox.count()).toBe(0)
    expect(await db._audit.count()).toBe(0)
    expect(await db._meta.count()).toBe(0)
  })

  it('keeps a password hash out of the batch entry, and its hash covers the list of rows', async () => {
    db = freshDb()
    await runWrite(db, { actor: admin, now }, (w) =>
      w.createMany('settings', [{ value: 1, passwordHash: 'secret' } as never, { value: 2 }]),
    )
    const [entry] = await db._audit.toArray()
    expect(JSON.stringify(entry)).not.toContain('secret')
    expect(Object.values(entry.changes).map((c) => (c.to as { passwordHash?: string }).passwordHash)).toEqual(
      [REDACTED, undefined],
    )
    expect(verifyAuditEntries([entry])).toEqual([])
    const shortened = { ...entry, rowIds: entry.rowIds?.slice(1) }
    expect(verifyAuditEntries([shortened]).map((p) => p.kind)).toEqual(['hashMismatch'])
  })

  it('derives fields chunk by chunk over many rows, and writes none when a late row fails', async () => {
    db = freshDb()
    const drafts = Array.from({ length: 1203 }, (_, i) => draft(`客户${i}`))
    const derive = (d: { name: string }) => ({ search: `s:${d.name}` })
    const rows = await runWrite(db, { actor: clerk, now }, (w) =>
      w.createMany('customers', drafts, { action: 'import', derive: derive as never }),
    )
    expect(rows).toHaveLength(1203)
    expect(await db.customers.count()).toBe(1203)
    expect((await db.customers.get(rows[1202].id))?.search).toBe('s:客户1202')
    expect(await db._outbox.count()).toBe(1)

    const failing = runWrite(db, { actor: clerk, now: later }, (w) =>
      w.createMany('customers', drafts, {
        action: 'import',
        derive: ((d: { name: string }) => {
          if (d.name === '客户1100') throw new Error('no pinyin for row 1100')
          return derive(d)
        }) as never,
      }),
    )
    await expect(failing).rejects.toThrow('row 1100')
    expect(await db.customers.count()).toBe(1203)
    expect(await db._outbox.count()).toBe(1)
    expect(await db._audit.count()).toBe(1)
  })

  it('gives the same audit hash whether the batch was prepared (WebCrypto digest) or not', async () => {
    const drafts = [{ value: 1 }, { value: 2 }]
    db = freshDb()
    const prepared = await prepareBatch('settings', drafts)
    await runWrite(db, { actor: clerk, now }, (w) => w.createMany('settings', drafts, { prepared }))
    const [entry] = await db._audit.toArray()
    expect(entry.rowIds).toEqual(prepared.ids)
    expect(prepared.digest).toMatch(/^[0-9a-f]{64}$/)
    // Verification recomputes the digest from the stored rows.
    expect(verifyAuditEntries([entry])).toEqual([])
    const altered = structuredClone(entry)
    ;(altered.changes[prepared.ids[0]].to as { value: number }).value = 9
    expect(verifyAuditEntries([altered]).map((p) => p.kind)).toEqual(['hashMismatch'])
  })

  it('refuses a preparation made for other drafts', async () => {
    db = freshDb()
    const prepared = await prepareBatch('settings', [{ value: 1 }])
    await expect(
      runWrite(db, { actor: clerk, now }, (w) =>
        w.createMany('settings', [{ value: 1 }, { value: 2 }], { prepared }),
      ),
    ).rejects.toThrow('prepared for other drafts')
    expect(await db.settings.count()).toBe(0)
  })

  it('returns no record and logs nothing when the batch is empty', async () => {
    db = freshDb()
    const rows = await runWrite(db, { actor: clerk, now }, (w) => w.createMany('settings', []))
    expect(rows).toEqual([])
    expect(await db._outbox.count()).toBe(0)
    expect(await db._audit.count()).toBe(0)
  })
})

describe('Writer.setDerived', () => {
  it('writes the derived field with no op, clock, audit entry or new updatedAt', async () => {
    db = freshDb()
    const [row] = await runWrite(db, { actor: clerk, now }, (w) => w.createMany('customers', [draft('甲')]))
    const before = {
      ops: await db._outbox.count(),
      audit: await db._audit.count(),
    }
    await runWrite(db, { actor: admin, now: later }, (w) =>
      w.setDerived('customers', row.id, { search: 'new' }),
    )
    const stored = await db.customers.get(row.id)
    expect(stored).toMatchObject({
      search: 'new',
      name: '甲',
      updatedAt: now.toISOString(),
      updatedBy: 'U-CLERK',
    })
    expect(stored?._clk).toBeUndefined()
    expect({
      ops: await db._outbox.count(),
      audit: await db._audit.count(),
    }).toEqual(before)
  })

  it('creates nothing when the record does not exist', async () => {
    db = freshDb()
    await runWrite(db, { actor: clerk, now }, (w) => w.setDerived('customers', 'NOPE', { search: 'x' }))
    expect(await db.customers.count()).toBe(0)
  })

  it('is refused outside a unit of work, like any other write to a synced table', async () => {
    db = freshDb()
    const [row] = await runWrite(db, { actor: clerk, now }, (w) => w.createMany('customers', [draft('甲')]))
    await expect(db.customers.put({ ...row, search: 'sneaky' })).rejects.toBeDefined()
    expect((await db.customers.get(row.id))?.search).toBe('甲\u0002')
  })
})
