import { afterEach, describe, expect, it } from 'vitest'
import type { Actor } from '@shared/auth/permissions'
import type { DeskDb } from '../../../renderer/src/data/db'
import { loadNumbering } from '../../../renderer/src/data/deviceMeta'
import { saveNumbering } from '../../../renderer/src/data/numbering'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())
const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
const manager: Actor = { userId: 'U-MGR', name: '赵经理', roles: ['commerceManager'] }

describe("this PC's numbering block", () => {
  it('is the first block with prefix A until someone sets it', async () => {
    db = freshDb()
    expect(await loadNumbering(db)).toEqual({ key: 'numbering', pcIndex: 0, pcPrefix: 'A' })
  })

  it('saves the block and prefix and logs who changed them from what', async () => {
    db = freshDb()
    await saveNumbering(db, { pcIndex: 2, pcPrefix: 'B' }, ctx)
    expect(await loadNumbering(db)).toMatchObject({ pcIndex: 2, pcPrefix: 'B' })
    await saveNumbering(db, { pcIndex: 3, pcPrefix: 'SH1' }, { ...ctx, actor: manager })
    expect(await loadNumbering(db)).toMatchObject({ pcIndex: 3, pcPrefix: 'SH1' })

    const log = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(log).toHaveLength(2)
    expect(log[0]).toMatchObject({
      action: 'update',
      table: '_meta',
      rowId: 'numbering',
      actorId: admin.userId,
      changes: { pcIndex: { from: null, to: 2 }, pcPrefix: { from: null, to: 'B' } },
    })
    expect(log[1]).toMatchObject({
      actorName: manager.name,
      changes: { pcIndex: { from: 2, to: 3 }, pcPrefix: { from: 'B', to: 'SH1' } },
    })
  })

  it.each([
    [{ pcIndex: 10, pcPrefix: 'A' }, 'pcIndex', 'validation.integerRange'],
    [{ pcIndex: -1, pcPrefix: 'A' }, 'pcIndex', 'validation.integerRange'],
    [{ pcIndex: 1.5, pcPrefix: 'A' }, 'pcIndex', 'validation.integerRange'],
    [{ pcIndex: Number.NaN, pcPrefix: 'A' }, 'pcIndex', 'validation.integerRange'],
    [{ pcIndex: 1, pcPrefix: '' }, 'pcPrefix', 'validation.pcPrefix'],
    [{ pcIndex: 1, pcPrefix: 'ABCD' }, 'pcPrefix', 'validation.pcPrefix'],
    [{ pcIndex: 1, pcPrefix: 'b' }, 'pcPrefix', 'validation.pcPrefix'],
    [{ pcIndex: 1, pcPrefix: 'A-' }, 'pcPrefix', 'validation.pcPrefix'],
    [{ pcIndex: 1, pcPrefix: '甲' }, 'pcPrefix', 'validation.pcPrefix'],
  ])('refuses %o at the %s field and writes nothing', async (input, field, messageKey) => {
    db = freshDb()
    await expect(saveNumbering(db, input, ctx)).rejects.toMatchObject({
      code: 'validation',
      messageKey,
      params: { field },
    })
    expect(await db._meta.get('numbering')).toBeUndefined()
    expect(await db._audit.count()).toBe(0)
  })

  it('needs settings.edit: a clerk is refused and the block stays', async () => {
    db = freshDb()
    await saveNumbering(db, { pcIndex: 1, pcPrefix: 'B' }, ctx)
    await expect(
      saveNumbering(db, { pcIndex: 4, pcPrefix: 'C' }, { ...ctx, actor: clerk }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await loadNumbering(db)).toMatchObject({ pcIndex: 1, pcPrefix: 'B' })
    expect(await db._audit.count()).toBe(1)
  })
})
