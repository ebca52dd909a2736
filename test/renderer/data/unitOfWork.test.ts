import { afterEach, describe, expect, it } from 'vitest'
import { compareHlc } from '@shared/kernel/hlc'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import type { DeskDb } from '../../../renderer/src/data/db'
import { admin, at, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const setting = (value: number) => ({ value })

describe('runWrite', () => {
  it('writes the record, one op per field, field clocks and a chained audit entry when a record is created', async () => {
    db = freshDb()
    const row = await runWrite(db, { actor: admin, now: at('2026-11-26T08:00:00Z') }, (w) =>
      w.create('settings', setting(15), { id: 'k' }),
    )
    expect(row).toMatchObject({ id: 'k', value: 15, createdBy: 'U-ADMIN', deletedAt: null })
    const ops = await db._outbox.toArray()
    expect(ops.map((o) => o.f).sort()).toEqual(['deletedAt', 'value'])
    expect(ops.every((o) => o.p === null && o.published === 0 && o.t === 'settings' && o.r === 'k')).toBe(
      true,
    )
    expect(await db._fieldClock.get(['settings', 'k', 'value'])).toMatchObject({ h: ops[0].h, p: null })
    const audit = await db._audit.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', actorName: '王管理', seq: 1, prevHash: 'GENESIS' })
    expect(audit[0].changes.value).toEqual({ from: null, to: 15 })
  })

  it('logs only the changed field and names the HLC it overwrote when a record is updated', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', setting(15), { id: 'k' }))
    const first = await db._fieldClock.get(['settings', 'k', 'value'])
    await runWrite(db, { ...ctx, now: at('2026-11-26T08:05:00Z') }, (w) =>
      w.update('settings', 'k', setting(30)),
    )
    const ops = await db._outbox.orderBy('seq').toArray()
    expect(ops).toHaveLength(3)
    expect(ops[2]).toMatchObject({ f: 'value', v: 30, p: first?.h })
    expect(compareHlc(ops[2].h, ops[0].h)).toBe(1)
    const audit = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(audit[1].prevHash).toBe(audit[0].hash)
    expect(audit[1].changes).toEqual({ value: { from: 15, to: 30 } })
  })

  it('writes nothing at all when the update changes no field', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', setting(15), { id: 'k' }))
    await runWrite(db, ctx, (w) => w.update('settings', 'k', setting(15)))
    expect(await db._outbox.count()).toBe(2)
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
    expect(await db._fieldClock.count()).toBe(0)
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
    expect(compareHlc(ops[2].h, ops[1].h)).toBe(1)
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
    await expect(
      runWrite(db, ctx, (w) => w.create('settings', { value: 2 }, { id: 'k' })),
    ).rejects.toMatchObject({ code: 'data.exists' })
    expect((await db.settings.get('k'))?.value).toBe(1)
    expect(await db._outbox.count()).toBe(2)
    expect(await db._audit.count()).toBe(1)
  })
})
