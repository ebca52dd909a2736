import { afterEach, describe, expect, it } from 'vitest'
import { compareHlc } from '@shared/kernel/hlc'
import { clocksOf } from '@shared/sync/rowClocks'
import { ROW_GROUP } from '../../../renderer/src/data/bookkeeping'
import type { DeskDb } from '../../../renderer/src/data/db'
import { SCHEMA_VERSION } from '../../../renderer/src/data/tables'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { archiveInput } from './archiveFixture'
import { admin, at, freshDb } from './dbFixture'
import { readDevice } from '../../../renderer/src/data/deviceMeta'

let db: DeskDb
afterEach(() => db?.close())

const setting = (value: number) => ({ value })

describe('runWrite', () => {
  it('writes the record with its create HLC, its row op with every field and a chained audit entry when a record is created', async () => {
    db = freshDb()
    const row = await runWrite(db, { actor: admin, now: at('2026-11-26T08:00:00Z') }, (w) =>
      w.create('settings', setting(15), { id: 'k' }),
    )
    expect(row).toMatchObject({ id: 'k', value: 15, createdBy: 'U-ADMIN', deletedAt: null })
    const device = await readDevice(db)
    const h = device?.hlc
    expect(h).toEqual(expect.any(String))
    // One op for the whole row: every tracked field, no bookkeeping field, nothing overwritten.
    expect(await db._outbox.toArray()).toEqual([
      {
        seq: 1,
        opId: `${device?.deviceId}:1`,
        t: 'settings',
        r: 'k',
        f: '*',
        v: { value: 15, deletedAt: null },
        h,
        p: null,
        sv: SCHEMA_VERSION,
        // Who wrote it: another PC derives createdBy from it.
        u: 'U-ADMIN',
        published: 0,
      },
    ])
    expect(ROW_GROUP).toBe('*')
    // The create's HLC lives on the row; clocks are only for fields changed since.
    expect(row.createdHlc).toBe(h)
    const stored = await db.settings.get('k')
    expect(stored).toMatchObject({ createdHlc: h })
    expect(stored?._clk).toBeUndefined()
    const audit = await db._audit.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', actorName: '王管理', seq: 1, prevHash: 'GENESIS' })
    expect(audit[0].changes).toEqual({ value: { from: null, to: 15 }, deletedAt: { from: null, to: null } })
  })

  it('logs only the changed field and names the HLC it overwrote when a record is updated', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', setting(15), { id: 'k' }))
    const created = { h: (await db.settings.get('k'))?.createdHlc }
    expect(created.h).toEqual(expect.any(String))
    await runWrite(db, { ...ctx, now: at('2026-11-26T08:05:00Z') }, (w) =>
      w.update('settings', 'k', setting(30)),
    )
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops).toHaveLength(2)
    expect(ops[1]).toMatchObject({ t: 'settings', r: 'k', f: 'value', v: 30, p: created?.h })
    expect(compareHlc(ops[1].h, ops[0].h)).toBe(1)
    // The field's clock travels on the row; the value it overwrote counts as
    // seen should it be delivered again. The create HLC still stands for the
    // fields not updated since (deletedAt), and is not an op or a change.
    const stored = await db.settings.get('k')
    expect(clocksOf(stored ?? {})).toEqual({ value: { h: ops[1].h, named: [created?.h] } })
    expect(stored).toMatchObject({ createdHlc: created.h, value: 30 })
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit[1].prevHash).toBe(audit[0].hash)
    expect(audit[1].changes).toEqual({ value: { from: 15, to: 30 } })
  })

  it("names the create's HLC as p for a field never updated since, and the field's own HLC after it was updated", async () => {
    db = freshDb()
    const write = (minute: number, work: Parameters<typeof runWrite>[2]) =>
      runWrite(db, { actor: admin, now: at(`2026-11-26T08:${String(minute).padStart(2, '0')}:00Z`) }, work)
    const hlcOf = async () => (await readDevice(db))?.hlc
    await write(0, (w) =>
      w.create('customers', archiveInput('customers', { name: '甲' }) as never, { id: 'c' }),
    )
    const created = await hlcOf()
    await write(1, (w) => w.update('customers', 'c', { name: '乙' }))
    const renamed = await hlcOf()
    await write(2, (w) => w.update('customers', 'c', { name: '丙', demand: '变频器' }))
    const both = await hlcOf()
    await write(3, (w) => w.archive('customers', 'c'))
    const hs = [created, renamed, both, await hlcOf()]
    expect(new Set(hs).size).toBe(4)
    expect(hs.every((h) => typeof h === 'string')).toBe(true)
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops.map((o) => [o.f, o.h, o.p])).toEqual([
      ['*', created, null],
      ['name', renamed, created],
      ['name', both, renamed],
      ['demand', both, created],
      ['deletedAt', hs[3], created],
    ])
    const clocks = clocksOf((await db.customers.get('c')) ?? {})
    expect(clocks.name).toEqual({ h: both, named: [created, renamed].sort() })
    expect(clocks.demand).toEqual({ h: both, named: [created] })
    // Both fields were set by the create, under its one row clock.
    expect(ops[0].v).toMatchObject({ name: '甲', demand: '' })
  })

  it('writes nothing at all when the update changes no field', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', setting(15), { id: 'k' }))
    const before = await db.settings.get('k')
    await runWrite(db, ctx, (w) => w.update('settings', 'k', setting(15)))
    expect(await db._outbox.count()).toBe(1)
    expect(await db.settings.get('k')).toEqual(before)
    expect(await db._audit.count()).toBe(1)
  })

  it('leaves no record, no outbox row and no audit entry when the transaction aborts', async () => {
    db = freshDb()
    const failing = runWrite(db, { actor: admin, now: at('2026-11-26T08:00:00Z') }, async (w) => {
      await w.create('settings', setting(15), { id: 'a' })
      await w.create('settings', setting(20), { id: 'b' })
      throw new Error('user action failed half-way')
    })
    await expect(failing).rejects.toThrow('half-way')
    expect(await db.settings.count()).toBe(0)
    expect(await db._outbox.count()).toBe(0)
    expect(await db._audit.count()).toBe(0)
    expect(await db._meta.count()).toBe(0)
  })

  it('keeps the HLC strictly increasing when the wall clock steps back between writes', async () => {
    db = freshDb()
    await runWrite(db, { actor: admin, now: at('2026-11-26T10:00:00Z') }, (w) =>
      w.create('settings', setting(1), { id: 'k' }),
    )
    await runWrite(db, { actor: admin, now: at('2026-11-26T09:00:00Z') }, (w) =>
      w.update('settings', 'k', setting(2)),
    )
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops.map((o) => o.f)).toEqual(['*', 'value'])
    expect(compareHlc(ops[1].h, ops[0].h)).toBe(1)
  })

  it('tombstones instead of removing when a record is archived, and restores it', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', setting(1), { id: 'k' }))
    await runWrite(db, ctx, (w) => w.archive('settings', 'k'))
    expect((await db.settings.get('k'))?.deletedAt).toBe('2026-11-26T08:00:00.000Z')
    await expect(runWrite(db, ctx, (w) => w.update('settings', 'k', setting(3)))).rejects.toMatchObject({
      code: 'data.archived',
    })
    await runWrite(db, ctx, (w) => w.restore('settings', 'k'))
    expect((await db.settings.get('k'))?.deletedAt).toBeNull()
    expect((await db._audit.toArray()).map((e) => e.action)).toEqual(['create', 'archive', 'restore'])
  })
})

describe('Writer.create', () => {
  it('refuses an id that already exists and leaves the first record and its log untouched', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', { value: 1 }, { id: 'k' }))
    const log = async () => ({
      ops: await db._outbox.toArray(),
      rows: await db.settings.toArray(),
      audit: await db._audit.toArray(),
      device: await readDevice(db),
    })
    const before = await log()
    expect(before.ops).toHaveLength(1)
    expect(before.ops[0].v).toEqual({ value: 1, deletedAt: null })
    await expect(
      runWrite(db, ctx, (w) => w.create('settings', { value: 2 }, { id: 'k' })),
    ).rejects.toMatchObject({ code: 'data.exists' })
    expect((await db.settings.get('k'))?.value).toBe(1)
    expect(await log()).toEqual(before)
  })
})
