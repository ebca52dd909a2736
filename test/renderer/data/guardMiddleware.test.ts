import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../renderer/src/data/db'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { admin, at, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const row = { id: 'x', value: 1, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', deletedAt: null }

describe('guardMiddleware', () => {
  it('refuses a direct put on a synced table', async () => {
    db = freshDb()
    await expect(db.settings.put(row)).rejects.toMatchObject({ code: 'data.unloggedWrite' })
    expect(await db.settings.count()).toBe(0)
  })

  it('refuses direct writes to the audit trail and the outbox', async () => {
    db = freshDb()
    await expect(
      db._audit.add({
        id: 'a',
        deviceId: 'd',
        seq: 1,
        at: '',
        actorId: '',
        actorName: '',
        action: 'x',
        table: 't',
        rowId: 'r',
        changes: {},
        prevHash: '',
        hash: '',
      }),
    ).rejects.toMatchObject({ code: 'data.unloggedWrite' })
    await expect(
      db._outbox.add({
        seq: 1,
        opId: 'd:1',
        t: 't',
        r: 'r',
        f: 'f',
        v: 1,
        h: 'h',
        p: null,
        sv: 1,
        published: 0,
      }),
    ).rejects.toMatchObject({
      code: 'data.unloggedWrite',
    })
  })

  it('refuses physical deletes of records even inside a unit of work', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, (w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await expect(db.settings.delete('k')).rejects.toMatchObject({ code: 'data.unloggedWrite' })
    await expect(db.settings.clear()).rejects.toMatchObject({ code: 'data.unloggedWrite' })
    await expect(runWrite(db, ctx, async () => db.settings.delete('k'))).rejects.toMatchObject({
      code: 'data.unloggedWrite',
    })
    expect(await db.settings.count()).toBe(1)
  })

  it('allows reads of guarded tables anywhere', async () => {
    db = freshDb()
    await runWrite(db, { actor: admin, now: at('2026-11-26T08:00:00Z') }, (w) =>
      w.create('settings', { value: 1 }, { id: 'k' }),
    )
    expect(await db.settings.toArray()).toHaveLength(1)
  })
})
