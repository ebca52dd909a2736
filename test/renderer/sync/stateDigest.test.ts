/**
 * The state digest (SYNC.md `stateDigest`): PCs that applied the same changes
 * publish the same digest whatever order they made and received them in, and
 * the digest kept write by write equals one worked out from the rows.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { ROW_HASH_FIELD, rowHash } from '@shared/sync/rowHash'
import type { Writer } from '../../../renderer/src/data/unitOfWork'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import { readDigest } from '../../../renderer/src/data/stateDigest'
import { checkDigest, digestComplete, startDigest } from '../../../renderer/src/sync/digestCheck'
import { readDivergence } from '../../../renderer/src/sync/divergence'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { digestOf, keptAgainstRecomputed, writeBehindEngine } from './digestFixture'
import { Pc, settle, tradeLine } from './syncFixture'

type Step =
  | { kind: 'create'; pc: number; id: number; value: number }
  | { kind: 'update'; pc: number; id: number; value: number; group: boolean }
  | { kind: 'delete' | 'restore'; pc: number; id: number }
  | { kind: 'customer'; pc: number; id: number; value: number }
  | { kind: 'sync'; pc: number }

const pcIndex = fc.integer({ min: 0, max: 2 })
const rowId = fc.integer({ min: 0, max: 3 })
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), pc: pcIndex, id: rowId, value: fc.nat(100) }),
  fc.record({
    kind: fc.constant('update' as const),
    pc: pcIndex,
    id: rowId,
    value: fc.nat(100),
    group: fc.boolean(),
  }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), pc: pcIndex, id: rowId }),
  fc.record({ kind: fc.constant('customer' as const), pc: pcIndex, id: rowId, value: fc.nat(100) }),
  fc.record({ kind: fc.constant('sync' as const), pc: pcIndex }),
)

/** A user's step on that PC; one the records refuse (no such row) changes nothing. */
async function userWrite(pc: Pc, s: Step): Promise<void> {
  if (s.kind === 'sync') return
  const run = (work: (w: Writer) => Promise<unknown>) => pc.write(work).catch(() => undefined)
  if (s.kind === 'customer') {
    const id = `K${s.id}`
    // A customer has derived search text each PC works out: never part of the digest.
    if (await pc.db.customers.get(id))
      await run((w) => w.update('customers', id, { phone: `0591-${s.value}` } as never))
    else
      await run((w) =>
        w.create('customers', archiveInput('customers', { name: `客户${s.value}` }) as never, { id }),
      )
    return
  }
  const id = `R${s.id}-${pc.name}`
  const existing = (await pc.db.tradeLines.filter((r) => r.id.startsWith(`R${s.id}-`)).first())?.id
  if (s.kind === 'create') {
    await run((w) => w.create('tradeLines', tradeLine(s.value + 1, s.value * 100, { parentId: 'C' }), { id }))
    return
  }
  if (!existing) return
  if (s.kind === 'update')
    await run((w) =>
      w.update(
        'tradeLines',
        existing,
        s.group ? { qty: s.value + 1, unitFen: s.value } : { note: `备注${s.value}` },
      ),
    )
  else if (s.kind === 'delete') await run((w) => w.archive('tradeLines', existing))
  else await run((w) => w.restore('tradeLines', existing))
}

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

describe('state digest', () => {
  it('is the same on every PC that applied the same changes, whatever order they came in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        const share = new MemoryShare()
        pcs.forEach((p) => p.db.close())
        pcs = ['A', 'B', 'C'].map((n) => new Pc(n, share))
        // Each PC has written something, so each has an identity and publishes.
        for (const pc of pcs)
          await pc.write((w) => w.create('settings', { value: pc.name }, { id: `pc-${pc.name}` }))
        for (const s of steps) {
          const pc = pcs[s.pc]
          if (s.kind === 'sync') await pc.sync()
          else await userWrite(pc, s)
        }
        await settle(pcs)
        const [a, b, c] = await Promise.all(pcs.map(digestOf))
        expect(b.vector).toEqual(a.vector)
        expect(b).toEqual(a)
        expect(c).toEqual(a)
        for (const pc of pcs) {
          expect(await keptAgainstRecomputed(pc.db)).toEqual([])
          // Never a false alarm along the way: every comparison at equal vectors agreed.
          expect((await readDivergence(pc.db)).with).toEqual({})
        }
      }),
      { numRuns: 25 },
    )
  }, 120_000)

  it('kept write by write equals the digest worked out from the rows, after many random writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 20, maxLength: 80 }), async (steps) => {
        const share = new MemoryShare()
        pcs.forEach((p) => p.db.close())
        pcs = [new Pc('A', share), new Pc('B', share)]
        // Synced once first: the digest is made before any record exists, then only kept.
        for (const pc of pcs) await pc.sync()
        for (const s of steps) {
          const pc = pcs[s.pc % 2]
          if (s.kind === 'sync') await pc.sync()
          else await userWrite(pc, s)
          expect(await keptAgainstRecomputed(pc.db)).toEqual([])
        }
      }),
      { numRuns: 20 },
    )
  }, 120_000)

  it('counts a database from before the digest a slice at a time, and writes meanwhile leave it right', async () => {
    const a = new Pc('A', new MemoryShare())
    pcs = [a]
    for (let i = 0; i < 30; i++)
      await a.write((w) =>
        w.create('tradeLines', tradeLine(i + 1, 100, { parentId: 'C' }), {
          id: `L${String(i).padStart(2, '0')}`,
        }),
      )
    // As a database from before the digest: rows without a hash, no digest row.
    await a.db.transaction('rw', ['tradeLines', '_meta'], async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await a.db._meta.delete('digest')
      for (const row of await a.db.tradeLines.toArray()) {
        const bare = { ...row } as Record<string, unknown>
        delete bare[ROW_HASH_FIELD]
        await a.db.tradeLines.put(bare as never)
      }
    })
    await startDigest(a.db)
    let rounds = 0
    for (; !digestComplete(await readDigest(a.db)) && rounds < 100; rounds++) {
      await checkDigest(a.db, { least: 0, ms: 0, chunk: 100, buildMs: 0, buildChunk: 7 })
      // A write to a row counted already, and to one not yet.
      await a.write((w) => w.update('tradeLines', 'L03', { note: `第${rounds}轮` }))
      await a.write((w) => w.update('tradeLines', 'L29', { note: `第${rounds}轮` }))
    }
    expect(rounds).toBeGreaterThan(3)
    expect(digestComplete(await readDigest(a.db))).toBe(true)
    expect(await keptAgainstRecomputed(a.db)).toEqual([])
    const row = (await a.db.tradeLines.get('L00')) as unknown as Record<string, unknown>
    expect(row[ROW_HASH_FIELD]).toBe(rowHash('tradeLines', row))
  })

  it('follows a row changed behind the engine once its check reaches it, and names the row', async () => {
    const share = new MemoryShare()
    const a = new Pc('A', share)
    pcs = [a]
    await a.sync()
    for (let i = 0; i < 5; i++)
      await a.write((w) => w.create('tradeLines', tradeLine(i + 1, 100, { parentId: 'C' }), { id: `L${i}` }))
    await a.sync()
    const before = await digestOf(a)
    await writeBehindEngine(a.db, 'tradeLines', 'L2', { qty: 99 })
    expect(await keptAgainstRecomputed(a.db)).toEqual(['tradeLines'])
    expect(await checkDigest(a.db)).toEqual([{ t: 'tradeLines', r: 'L2' }])
    expect(await keptAgainstRecomputed(a.db)).toEqual([])
    expect((await digestOf(a)).tables.tradeLines).not.toBe(before.tables.tradeLines)
  })
})
