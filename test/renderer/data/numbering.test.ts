import { afterEach, describe, expect, it } from 'vitest'
import type { Actor } from '@shared/auth/permissions'
import type { DeskDb } from '../../../renderer/src/data/db'
import { DEFAULT_BLOCKS, defaultBlock, loadNumbering } from '../../../renderer/src/data/deviceMeta'
import { recordNumberBlock, savePcPrefix } from '../../../renderer/src/data/numbering'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())
const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
const manager: Actor = { userId: 'U-MGR', name: '赵经理', roles: ['commerceManager'] }

describe("this PC's numbering block", () => {
  it('is a block of its own device id with prefix A until it claims one on a share', async () => {
    db = freshDb()
    await runWrite(db, ctx, (w) => w.event('login', 'users', admin.userId))
    const { deviceId } = (await db._meta.get('device')) as { deviceId: string }
    expect(await loadNumbering(db)).toEqual({
      key: 'numbering',
      pcIndex: defaultBlock(deviceId),
      pcPrefix: 'A',
    })
  })

  it('differs between PCs set up apart (not block 0 on every one)', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `01KB${String(i).padStart(22, 'X')}`.slice(0, 26))
    const blocks = new Set(ids.map(defaultBlock))
    expect(blocks.size).toBeGreaterThan(3)
    for (const b of blocks) expect(b >= 0 && b < DEFAULT_BLOCKS).toBe(true)
  })

  it('keeps the claimed block and saves only the prefix, logging who changed it from what', async () => {
    db = freshDb()
    await recordNumberBlock(db, 2, { shareId: 'S', deviceId: 'D', no: 1, order: 1 })
    await savePcPrefix(db, { pcPrefix: 'B' }, ctx)
    expect(await loadNumbering(db)).toMatchObject({ pcIndex: 2, pcPrefix: 'B', claim: { no: 1 } })
    await savePcPrefix(db, { pcPrefix: 'SH1' }, { ...ctx, actor: manager })
    expect(await loadNumbering(db)).toMatchObject({ pcIndex: 2, pcPrefix: 'SH1' })

    const log = await db._audit.orderBy('[deviceId+seq]').toArray()
    expect(log).toHaveLength(2)
    expect(log[0]).toMatchObject({
      action: 'update',
      table: '_meta',
      rowId: 'numbering',
      actorId: admin.userId,
      changes: { pcPrefix: { from: 'A', to: 'B' } },
    })
    expect(log[1]).toMatchObject({ actorName: manager.name, changes: { pcPrefix: { from: 'B', to: 'SH1' } } })
  })

  it.each(['', 'ABCD', 'b', 'A-', '甲'])(
    'refuses the prefix %o at its field and writes nothing',
    async (pcPrefix) => {
      db = freshDb()
      await expect(savePcPrefix(db, { pcPrefix }, ctx)).rejects.toMatchObject({
        code: 'validation',
        messageKey: 'validation.pcPrefix',
        params: { field: 'pcPrefix' },
      })
      expect(await db._meta.get('numbering')).toBeUndefined()
      expect(await db._audit.count()).toBe(0)
    },
  )

  it('needs settings.edit: a clerk is refused and the prefix stays', async () => {
    db = freshDb()
    await savePcPrefix(db, { pcPrefix: 'B' }, ctx)
    await expect(savePcPrefix(db, { pcPrefix: 'C' }, { ...ctx, actor: clerk })).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(await loadNumbering(db)).toMatchObject({ pcPrefix: 'B' })
    expect(await db._audit.count()).toBe(1)
  })
})
