/**
 * Joining from the first start (SYNC.md "Joining, keys and numbers"): a
 * fresh database takes the company, the users and every record from a
 * share PC 1 created — from its segments, or its newest snapshot when the
 * segments are compacted — creates nothing of its own, counts as set up,
 * and what a person changes on it later reaches PC 1. A folder that is not
 * a share, is of a newer format or cannot be reached is refused with its
 * reason, and nothing is written.
 */
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyCompany } from '@shared/company/companySchema'
import type { Actor } from '@shared/auth/permissions'
import { usccCheckChar } from '@shared/kernel/uscc'
import type { UserRecord } from '@shared/types/records'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import type { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { completeSetup, isSetUp } from '../../../renderer/src/data/repositories/setupRepo'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'
import { joinRefusal } from '../../../renderer/src/procedures/setup/joinRefusal'
import { type JoinProgress, STALLED_CYCLES, joinFromStart } from '../../../renderer/src/sync/joinFromStart'
import { writeSnapshot } from '../../../renderer/src/sync/snapshots'
import { Pc } from './syncFixture'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
})

const ROOT = '\\\\fileserver\\商务部'
const uscc = `91330100MA2B3C4D5${usccCheckChar('91330100MA2B3C4D5')}`
const company = { ...emptyCompany, name: '杭州恒信机电设备有限公司', uscc }

const pcs: Pc[] = []
afterEach(() => {
  pcs.forEach((p) => p.db.close())
  pcs.length = 0
})

const actorOf = (u: UserRecord): Actor => ({ userId: u.id, name: u.name, roles: u.roles })

/** PC 1: set up, a customer, the share created and published to. */
async function firstPc(share: MemoryShare): Promise<{ a: Pc; admin: UserRecord; customerId: string }> {
  const a = new Pc('A', share)
  pcs.push(a)
  const admin = await completeSetup(
    a.db,
    { company, admin: { account: 'admin', name: '王建国', passwordHash: 'scrypt$hash' } },
    new Date(a.clock),
  )
  a.clock += 1000
  const customer = await saveArchive(
    a.db,
    { table: 'customers', id: null, input: archiveInput('customers', { name: '北京智诚科技有限公司' }) },
    { actor: actorOf(admin), now: new Date(a.clock) },
  )
  await a.sync()
  return { a, admin, customerId: customer.id }
}

function freshPc(share: MemoryShare): Pc {
  const b = new Pc('B', share)
  pcs.push(b)
  return b
}

/** The join as the wizard runs it, over the in-memory share. */
function join(b: Pc, share: MemoryShare, progress: JoinProgress[] = []) {
  return joinFromStart(
    b.db,
    {
      join: () => share.transport().format(),
      transport: share.transport(b.blobs),
      clockOffsetMs: async () => 0,
    },
    { root: ROOT, now: () => b.clock, onProgress: (p) => progress.push(p) },
  )
}

/** Every table of the database is empty: nothing was written. */
async function nothingWritten(db: DeskDb): Promise<void> {
  for (const table of db.tables) expect(await table.count(), table.name).toBe(0)
}

async function refusalText(err: unknown): Promise<string> {
  const refusal = joinRefusal(err, ROOT)
  if (!refusal) throw new Error(`not a refusal: ${String(err)}`)
  return i18n.t(refusal.key, refusal.params)
}

describe('joinFromStart', () => {
  it('takes the company, the users and every record from the share and creates nothing on this PC', async () => {
    const share = new MemoryShare()
    const { a, admin } = await firstPc(share)
    const b = freshPc(share)
    expect(await isSetUp(b.db)).toBe(false)
    const progress: JoinProgress[] = []

    const result = await join(b, share, progress)

    expect(await isSetUp(b.db)).toBe(true)
    expect(await b.db.company.toArray()).toEqual(await a.db.company.toArray())
    expect(await b.db.users.toArray()).toEqual([
      expect.objectContaining({ id: admin.id, account: 'admin', passwordHash: 'scrypt$hash' }),
    ])
    expect((await b.db.customers.toArray()).map((c) => c.name)).toEqual(['北京智诚科技有限公司'])
    expect(await b.state()).toBe(await a.state())
    // Nothing of its own: no op, no audit entry, nothing published under its id.
    expect(await b.db._outbox.count()).toBe(0)
    const aId = await a.deviceId()
    expect((await b.db._audit.toArray()).every((e) => e.deviceId === aId)).toBe(true)
    expect(share.segmentPaths().every((p) => p.startsWith(`devices/${aId}/`))).toBe(true)
    expect(result).toEqual({ segments: 1, waiting: 0, users: 1, records: 1 })
    expect(progress.map((p) => p.phase)).toEqual(['checking', 'snapshot', 'segments', 'segments', 'segments'])
    expect(progress.at(-1)).toEqual({ phase: 'segments', done: 1, total: 1 })
  })

  it('publishes what a person changes on the joined PC afterwards, and PC 1 gets it', async () => {
    const share = new MemoryShare()
    const { a, admin, customerId } = await firstPc(share)
    const b = freshPc(share)
    b.clock = a.clock + 60_000
    await join(b, share)

    // PC 1's administrator signs in on PC 2 (its first write) and edits the customer.
    b.clock += 1000
    await runWrite(b.db, { actor: actorOf(admin), now: new Date(b.clock) }, (w) =>
      w.event('login', 'users', admin.id, { account: admin.account }),
    )
    b.clock += 1000
    const row = await b.db.customers.get(customerId)
    await saveArchive(
      b.db,
      { table: 'customers', id: customerId, input: { ...row, phone: '010-62340001' } },
      { actor: actorOf(admin), now: new Date(b.clock) },
    )
    expect((await b.sync()).published).toBeGreaterThan(0)
    const bId = await b.deviceId()
    expect(share.segmentPaths().some((p) => p.startsWith(`devices/${bId}/seg/`))).toBe(true)
    a.clock = b.clock + 1000
    await a.sync()
    expect(await a.db.customers.get(customerId)).toMatchObject({ phone: '010-62340001' })
    expect(await a.state()).toBe(await b.state())
    expect((await a.db._audit.toArray()).some((e) => e.deviceId === bId && e.action === 'login')).toBe(true)
  })

  it('starts from the newest snapshot when the segments it covers are compacted away', async () => {
    const share = new MemoryShare()
    const { a } = await firstPc(share)
    a.clock += 1000
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await a.sync()
    const aId = await a.deviceId()
    expect(await writeSnapshot(a.db, share.transport(a.blobs), aId)).toBe(true)
    const segs = share.segmentPaths()
    for (const p of segs.slice(0, -1)) share.files.delete(p)
    const b = freshPc(share)
    b.clock = a.clock
    const progress: JoinProgress[] = []

    await join(b, share, progress)

    expect(progress.map((p) => p.phase)).toContain('snapshot')
    expect(await isSetUp(b.db)).toBe(true)
    expect(await b.state()).toBe(await a.state())
    expect(await b.db._outbox.count()).toBe(0)
  })

  it('goes on where it stopped when the share went away during the first sync', async () => {
    const share = new MemoryShare()
    const { a } = await firstPc(share)
    for (let i = 0; i < 3; i++) {
      await a.write((w) => w.create('settings', { value: i }, { id: `k${i}` }))
      await a.sync()
    }
    const b = freshPc(share)
    b.clock = a.clock
    const cut = joinFromStart(
      b.db,
      { join: () => share.transport().format(), transport: share.transport(b.blobs) },
      {
        root: ROOT,
        now: () => b.clock,
        onProgress: (p) => {
          if (p.phase === 'segments' && p.done === 2) share.offline = true
        },
      },
    )
    await expect(cut).rejects.toMatchObject({ code: 'share.offline' })
    expect(await b.db.settings.count()).toBeLessThan(3)
    share.offline = false

    await join(b, share)

    expect(await b.state()).toBe(await a.state())
    expect(await b.db._outbox.count()).toBe(0)
  })

  it('ends with the segments it cannot read yet left to the runner, when the company is already there', async () => {
    const share = new MemoryShare()
    const { a } = await firstPc(share)
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await a.sync()
    const last = share.segmentPaths().at(-1) as string
    share.files.set(last, share.files.get(last)?.slice(0, 40) ?? '') // torn
    const b = freshPc(share)
    b.clock = a.clock
    let pauses = 0

    const result = await joinFromStart(
      b.db,
      { join: () => share.transport().format(), transport: share.transport(b.blobs) },
      { root: ROOT, now: () => b.clock, pause: async () => void (pauses += 1) },
    )

    expect(result).toMatchObject({ segments: 1, waiting: 1 })
    // One pause after the cycle that applied the first segment, one between each stalled cycle.
    expect(pauses).toBe(STALLED_CYCLES)
    expect(await isSetUp(b.db)).toBe(true)
  })

  it('refuses a share with no company in it yet, and the PC stays not set up', async () => {
    const share = new MemoryShare()
    const b = freshPc(share)
    await expect(join(b, share)).rejects.toMatchObject({ code: 'join.noCompany' })
    expect(await isSetUp(b.db)).toBe(false)
  })

  it('refuses a PC that already has data of its own, before touching the share', async () => {
    const share = new MemoryShare()
    const b = freshPc(share)
    await completeSetup(
      b.db,
      { company, admin: { account: 'admin', name: '赵丽', passwordHash: 'h' } },
      new Date(b.clock),
    )
    let asked = false
    const failure = joinFromStart(
      b.db,
      {
        join: async () => {
          asked = true
          return share.transport().format()
        },
        transport: share.transport(b.blobs),
      },
      { root: ROOT, now: () => b.clock },
    )
    await expect(failure).rejects.toMatchObject({ code: 'join.notFresh' })
    expect(asked).toBe(false)
  })

  it.each([
    [
      'cannot be reached',
      (s: MemoryShare) => void (s.offline = true),
      'share.offline',
      /^共享文件夹无法访问：/,
    ],
    ['is not a share', (s: MemoryShare) => void (s.isShare = false), 'share.notAShare', /^没有找到共享：/],
    [
      'is of a newer format',
      (s: MemoryShare) => void (s.formatVersion = 2),
      'share.tooNew',
      /^请先升级本程序/,
    ],
  ])('refuses a folder that %s with its reason, and writes nothing', async (_label, make, code, sentence) => {
    const share = new MemoryShare()
    await firstPc(share)
    make(share)
    const b = freshPc(share)
    const err = await join(b, share).catch((e: unknown) => e)
    expect(err).toMatchObject({ code })
    expect(await refusalText(err)).toMatch(sentence)
    expect(await refusalText(err)).toContain(code === 'share.tooNew' ? '第 2 版' : ROOT)
    await nothingWritten(b.db)
    expect(await isSetUp(b.db)).toBe(false)
  })
})
