/** PCs for sync tests: each its own database over fake-indexeddb, all on one MemoryShare. */
import type { Actor } from '@shared/auth/permissions'
import type { DeskDb } from '../../../renderer/src/data/db'
import { canonicalJson } from '@shared/kernel/canonicalJson'
import { untrackedFields } from '@shared/tables/tableSpecs'
import { runWrite, type Writer } from '../../../renderer/src/data/unitOfWork'
import { syncedTables } from '../../../renderer/src/data/tables'
import { type SyncReport, syncOnce } from '../../../renderer/src/sync/syncOnce'
import { freshDb } from '../data/dbFixture'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import type { MemoryShare } from '../../harness/memoryShare'

/** A contract line as the writer stores it (parent C1 unless said). */
export function tradeLine(
  qty: number,
  unitFen: number,
  over: { position?: number; parentId?: string; name?: string } = {},
) {
  return {
    parentTable: 'contracts' as const,
    parentId: over.parentId ?? 'C1',
    position: over.position ?? 1,
    productId: '',
    name: over.name ?? '开关柜',
    spec: '',
    unit: '台',
    qty,
    quotedUnitFen: null,
    unitFen,
    discountBp: 0,
    taxRateBp: 1300,
    note: '',
  }
}

// An administrator who also keeps the records, so settling a conflict on any table is allowed.
export const actorOf = (name: string): Actor => ({ userId: `U-${name}`, name, roles: ['admin', 'clerk'] })

export class Pc {
  readonly db: DeskDb = freshDb()
  /** Real time at this PC, ms; tests move it. */
  clock: number
  /** How far this PC's own clock is off real time (case 5: a year ahead). */
  skewMs = 0
  /** This PC's attachment store: hash → content. */
  readonly blobs = new Map<string, string>()
  constructor(
    readonly name: string,
    readonly share: MemoryShare,
    startMs = Date.parse('2026-11-27T08:00:00Z'),
  ) {
    this.clock = startMs
  }

  write<T>(work: (w: Writer) => Promise<T>): Promise<T> {
    this.clock += 1000
    return runWrite(this.db, { actor: actorOf(this.name), now: new Date(this.clock + this.skewMs) }, work)
  }

  sync(): Promise<SyncReport> {
    return syncOnce(this.db, this.share.transport(this.blobs), {
      now: () => this.clock + this.skewMs,
      // The share's clock is real time: the offset is the skew, reversed.
      clockOffsetMs: async () => -this.skewMs,
    })
  }

  async deviceId(): Promise<string> {
    return ((await this.db._meta.get('device')) as { deviceId: string }).deviceId
  }

  /** Every synced record's logged fields, canonical: what must be equal on every PC. */
  async state(): Promise<string> {
    const out: Record<string, unknown[]> = {}
    for (const t of syncedTables) {
      const skip = new Set<string>([...untrackedFields(t), 'updatedAt', 'updatedBy'])
      const rows = (await this.db.table(t).toArray()) as Record<string, unknown>[]
      if (rows.length === 0) continue
      out[t] = rows
        .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !skip.has(k) || k === 'id')))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    }
    return canonicalJson(out)
  }

  async conflicts(): Promise<string[]> {
    const rows = await this.db._conflicts.toArray()
    return rows.map((c) => `${c.t}/${c.r}/${c.f}/${c.h}/${c.kind}/${canonicalJson(c.v ?? null)}`).sort()
  }
}

/** Every PC syncs until no PC gets anything new. */
export async function settle(pcs: readonly Pc[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let moved = 0
    for (const pc of pcs) {
      const r = await pc.sync()
      moved += r.published + r.applied
    }
    if (moved === 0) return
  }
  throw new Error('sync did not settle in 10 rounds')
}

/**
 * Another PC holding a copy of `pc`'s whole database (a cloned disk, or a
 * database put back from a copy): the same id, nonce, outbox and audit.
 */
export async function copyOf(pc: Pc, name: string): Promise<Pc> {
  const copy = new Pc(name, pc.share, pc.clock)
  const tables = pc.db.tables.map((t) => t.name)
  const rows = await Promise.all(tables.map((t) => pc.db.table(t).toArray()))
  await copy.db.transaction('rw', tables, async (tx) => {
    flagTransaction(tx.idbtrans, 'maintenance')
    await Promise.all(tables.map((t, i) => copy.db.table(t).bulkPut(rows[i])))
  })
  for (const [sha, bytes] of pc.blobs) copy.blobs.set(sha, bytes)
  return copy
}
