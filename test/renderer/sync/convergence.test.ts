/**
 * SYNC.md acceptance case 1: three PCs making random creates, edits,
 * deletes and restores, syncing on random schedules with partitions,
 * duplicated deliveries and stale listings, end with the same records and
 * the same conflict list.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import type { Writer } from '../../../renderer/src/data/unitOfWork'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle, tradeLine } from './syncFixture'

type Step =
  | { kind: 'create'; pc: number; id: number; value: number }
  | { kind: 'update'; pc: number; id: number; value: number; group: boolean }
  | { kind: 'delete' | 'restore'; pc: number; id: number }
  | { kind: 'sync'; pc: number }
  | { kind: 'redeliver'; pc: number }
  | { kind: 'hide'; pc: number }
  | { kind: 'clock'; pc: number; ms: number }

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
  fc.record({ kind: fc.constant('sync' as const), pc: pcIndex }),
  fc.record({ kind: fc.constant('redeliver' as const), pc: pcIndex }),
  fc.record({ kind: fc.constant('hide' as const), pc: pcIndex }),
  fc.record({
    kind: fc.constant('clock' as const),
    pc: pcIndex,
    ms: fc.integer({ min: -60_000, max: 60_000 }),
  }),
)

const line = (value: number) => tradeLine(value + 1, value * 100, { parentId: 'C', name: `行${value}` })

/** A step a user could take on that PC now; refused ones (no such row, already deleted) change nothing. */
async function userWrite(pc: Pc, s: Step): Promise<void> {
  if (!('id' in s)) return
  const id = `R${s.id}-${s.kind === 'create' ? pc.name : ''}`
  const any = `R${s.id}`
  const run = (work: (w: Writer) => Promise<unknown>) => pc.write(work).catch(() => undefined)
  const target = async () => (await pc.db.tradeLines.filter((r) => r.id.startsWith(any)).first())?.id
  if (s.kind === 'create') await run((w) => w.create('tradeLines', line(s.value), { id }))
  const existing = await target()
  if (!existing) return
  if (s.kind === 'update')
    await run((w) =>
      w.update(
        'tradeLines',
        existing,
        s.group ? { qty: s.value + 1, unitFen: s.value } : { note: `备注${s.value}` },
      ),
    )
  if (s.kind === 'delete') await run((w) => w.archive('tradeLines', existing))
  if (s.kind === 'restore') await run((w) => w.restore('tradeLines', existing))
}

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

describe('sync: three PCs converge', () => {
  it('reach the same records and the same conflicts whatever the order of writes and deliveries (case 1)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 60 }), async (steps) => {
        const share = new MemoryShare()
        pcs.forEach((p) => p.db.close())
        pcs = ['A', 'B', 'C'].map((n) => new Pc(n, share))
        for (const s of steps) {
          const pc = pcs[s.pc]
          if (s.kind === 'sync') await pc.sync()
          else if (s.kind === 'clock') pc.clock += s.ms
          else if (s.kind === 'hide') {
            const paths = share.segmentPaths()
            if (paths.length) share.unlisted.add(paths[paths.length - 1])
          } else if (s.kind === 'redeliver')
            await pc.db.transaction('rw', '_cursors', async (tx) => {
              flagTransaction(tx.idbtrans, 'sync')
              await pc.db._cursors.clear()
            })
          else await userWrite(pc, s)
        }
        share.unlisted.clear()
        await settle(pcs)
        const [a, b, c] = await Promise.all(pcs.map(async (p) => [await p.state(), await p.conflicts()]))
        expect(b).toEqual(a)
        expect(c).toEqual(a)
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})
