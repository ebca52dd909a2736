import { afterEach, describe, expect, it } from 'vitest'
import { latestAuditEntries, verifyAudit } from '../../../renderer/src/data/auditQueries'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import type { DeskDb } from '../../../renderer/src/data/db'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { admin, at, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

async function seed(): Promise<void> {
  const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
  await runWrite(db, ctx, (w) => w.create('settings', { value: 1 }, { id: 'a' }))
  await runWrite(db, ctx, (w) => w.update('settings', 'a', { value: 2 }))
  await runWrite(db, ctx, (w) => w.update('settings', 'a', { value: 3 }))
}

/** Simulates someone editing IndexedDB by hand, outside the app. */
async function tamper(edit: (db: DeskDb) => Promise<unknown>): Promise<void> {
  await db.transaction('rw', db._audit, async (tx) => {
    flagTransaction(tx.idbtrans, 'maintenance')
    await edit(db)
  })
}

describe('audit verification', () => {
  it('finds no problem when nobody touched the trail', async () => {
    db = freshDb()
    await seed()
    expect(await verifyAudit(db)).toEqual({ count: 3, problems: [] })
  })

  it('names the entry whose content was edited', async () => {
    db = freshDb()
    await seed()
    const second = (await db._audit.orderBy('[deviceId+seq]').toArray())[1]
    await tamper((d) => d._audit.update(second.id, { actorName: '张三' }))
    const { problems } = await verifyAudit(db)
    expect(problems).toEqual([
      { entryId: second.id, deviceId: second.deviceId, seq: 2, kind: 'hashMismatch' },
    ])
  })

  it('reports a gap and a broken link when an entry is removed', async () => {
    db = freshDb()
    await seed()
    const entries = await db._audit.orderBy('[deviceId+seq]').toArray()
    await tamper((d) => d._audit.delete(entries[1].id))
    const kinds = (await verifyAudit(db)).problems.map((p) => [p.seq, p.kind])
    expect(kinds).toEqual([
      [3, 'gap'],
      [3, 'brokenLink'],
    ])
  })

  it('redacts password hashes from the trail', async () => {
    db = freshDb()
    await runWrite(db, { actor: admin, now: at('2026-11-26T08:00:00Z') }, (w) =>
      w.create('users', {
        account: 'li',
        name: '李',
        roles: ['clerk'],
        passwordHash: 'scrypt$secret',
        active: true,
        language: 'zh-CN',
        phone: '',
      }),
    )
    const [entry] = await db._audit.toArray()
    expect(JSON.stringify(entry)).not.toContain('scrypt$secret')
  })
})

describe('latestAuditEntries', () => {
  it('lists entries of the same instant newest first by sequence, past the ninth', async () => {
    db = freshDb()
    const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }
    await runWrite(db, ctx, async (w) => {
      for (let i = 0; i < 11; i++) await w.create('settings', { value: i }, { id: `k${i}` })
    })
    const seqs = (await latestAuditEntries(db, 20)).map((e) => e.seq)
    expect(seqs).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
  })
})
