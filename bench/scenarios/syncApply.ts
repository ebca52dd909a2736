/**
 * Sync in the page, against a shared folder held in memory (so the figures
 * are the engine's and IndexedDB's, not a network drive's):
 * - apply: another PC's 50,000 changes — 10,000 new customers and 40,000
 *   field edits saved four at a time — arriving as segments of 2,000, each
 *   applied in one transaction with field clocks, conflict checks, cursor
 *   and the customers' search text worked out again. The share hands each segment over with its body's SHA-256, as main's
 *   share service does from the bytes it read (in its worker process).
 * - idle poll: a cycle that finds nothing new (FORMAT.json, listings,
 *   cursors, the status file).
 */
import { encodeHlc } from '../../shared/kernel/hlc'
import { encodeSegment, footerHash, segmentName } from '../../shared/sync/segment'
import type { SyncOp } from '../../shared/sync/syncOp'
import { DeskDb } from '../../renderer/src/data/db'
import { SCHEMA_VERSION } from '../../renderer/src/data/tables'
import { syncOnce } from '../../renderer/src/sync/syncOnce'
import { MemoryShare } from '../../test/harness/memoryShare'
import { customer } from '../seed/customers'
import { median } from '../stats'

/** A ULID-shaped device id for the PC whose changes arrive. */
const SOURCE = '01JBENCHSRC0000000000000AA'
const PER_SEGMENT = 2000

/**
 * `changes` ops as a clerk's PC makes them: one in five creates a customer
 * (every field, one op), the rest are edits saved four fields at a time
 * (phone, address, bank, region: one HLC per save, as the writer stamps a
 * save), each save on the next customer in turn.
 */
function remoteOps(changes: number, startMs: number): SyncOp[] {
  const creates = Math.ceil(changes / 5)
  const ops: SyncOp[] = []
  let seq = 0
  let tick = 0
  const op = (r: string, f: string, v: unknown, h: string, p: string | null): SyncOp => {
    seq += 1
    return { id: `${SOURCE}:${seq}`, t: 'customers', r, f, v, h, p, sv: SCHEMA_VERSION, u: 'U-BENCH' }
  }
  const stamp = () => encodeHlc({ l: startMs + ++tick, c: 0, node: SOURCE })
  const id = (n: number) => `C${String(n).padStart(8, '0')}`
  const last = new Map<string, string>()
  for (let n = 0; n < creates; n++) {
    const h = stamp()
    ops.push(op(id(n), '*', { ...customer(n), deletedAt: null }, h, null))
    last.set(id(n), h)
  }
  for (let save = 0; ops.length < changes; save++) {
    const r = id(save % creates)
    const h = stamp()
    const p = last.get(r) ?? null
    const edits: [string, string][] = [
      ['phone', `0591-8${String(save).padStart(7, '0')}`],
      ['address', `福州市鼓楼区五四路${save}号`],
      ['bankName', `中国银行福州分行第${save}支行`],
      ['region', '福州'],
    ]
    for (const [f, v] of edits.slice(0, changes - ops.length)) ops.push(op(r, f, v, h, p))
    last.set(r, h)
  }
  return ops
}

/** Puts the ops on the share as that PC's chained segments. */
function publish(share: MemoryShare, ops: SyncOp[]): number {
  let prev: string | null = null
  let segNo = 0
  for (let i = 0; i < ops.length; i += PER_SEGMENT) {
    segNo += 1
    const chunk = ops.slice(i, i + PER_SEGMENT)
    const text = encodeSegment(
      {
        format: 1,
        deviceId: SOURCE,
        incarnation: 1,
        writerNonce: 'bench',
        segNo,
        seqFrom: i + 1,
        seqTo: i + chunk.length,
        auditFrom: 1,
        auditTo: 0,
        prevSegHash: prev,
      },
      chunk,
    )
    const path = `devices/${SOURCE}/seg/${segmentName(segNo)}`
    share.files.set(path, text)
    // encodeSegment just hashed the body for the footer: the share knows it,
    // as main's share service works it out off the page's thread when it
    // reads the file in the app.
    prev = footerHash(text)
    share.knowBodyHash(path, text, prev)
  }
  return segNo
}

export interface SyncFigures {
  changes: number
  segments: number
  applyMs: number
  /** Median of the idle cycles. */
  idlePollMs: number
  customers: number
}

export async function benchSyncApply(changes: number, dbName: string): Promise<SyncFigures> {
  const share = new MemoryShare()
  const startMs = Date.now() - 3_600_000
  const segments = publish(share, remoteOps(changes, startMs))
  const db = new DeskDb(dbName)
  try {
    const t0 = performance.now()
    const report = await syncOnce(db, share.transport(), { now: () => Date.now() })
    const applyMs = performance.now() - t0
    if (report.applied < changes) throw new Error(`applied ${report.applied} of ${changes}`)
    const idle: number[] = []
    for (let i = 0; i < 21; i++) {
      const t = performance.now()
      await syncOnce(db, share.transport(), { now: () => Date.now() })
      idle.push(performance.now() - t)
    }
    return { changes, segments, applyMs, idlePollMs: median(idle), customers: await db.customers.count() }
  } finally {
    db.close()
  }
}
