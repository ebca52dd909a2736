/**
 * 从共享重建本机数据: the repair for 数据不一致 (divergence.ts). This PC's
 * records are put back to what the share says they are — the newest
 * snapshot of another PC, then this PC's own published segments after it and
 * every other PC's — and this PC's changes not on the share yet are applied
 * again on top, with their own stamps, so they publish afterwards exactly as
 * they would have.
 *
 * Everything is read from the share first, then applied in one transaction:
 * a failure (the share gone half way, a segment torn) leaves the records as
 * they were. Another PC's segments missing after the snapshot (compacted
 * away, or not listed yet) are left to the next cycles, as for any PC. The log (操作日志), the outbox, this PC's identity
 * and numbering, and ops held back (pending, quarantined) are kept; the
 * records, conflicts, cursors and digest are worked out again. Only an
 * administrator (share.manage) may do it: it replaces every record here.
 */
import { type Actor, assertCan } from '@shared/auth/permissions'
import { AppFailure, type ErrorParams } from '@shared/errors/appFailure'
import { decodeHlc } from '@shared/kernel/hlc'
import { type Segment, parseSegment, segNoOf, segmentName } from '@shared/sync/segment'
import type { SyncOp } from '@shared/sync/syncOp'
import type { DeskDb } from '../data/db'
import { loadDeviceMeta, readDevice } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import type { AuditEntry } from '../data/bookkeeping'
import type { CursorRow } from '../data/syncRows'
import { syncedTables } from '../data/tables'
import { runWrite } from '../data/unitOfWork'
import { applyOps } from './applyOps'
import { mergeClock, syncScope } from './applySegment'
import { applySettingAside } from './setAside'
import { emptyDivergence } from './divergence'
import { opOf } from './outgoing'
import { readSyncMeta } from './syncMeta'
import { NAME, type ParsedSnapshot, opsOfRow, parseSnapshot, snapDir } from './snapshots'
import { type ShareTransport, devicesDir, segDir } from './shareTransport'

export interface RebuildReport {
  /** Records this PC holds after the rebuild. */
  records: number
  /** This PC's changes not on the share yet, applied again on top (they publish at the next cycle). */
  kept: number
  /** The PC whose snapshot it started from; null: from the segments alone. */
  snapshotFrom: string | null
}

const failure = (reason: string, params: ErrorParams = {}) =>
  new AppFailure('sync.rebuildFailed', `sync.divergence.failed.${reason}`, params)

interface Source {
  snapshot: { deviceId: string; snap: ParsedSnapshot } | null
  /** This PC's own published segments after the snapshot's vector, in order. */
  own: Segment[]
  /** Every other PC's segments after the snapshot's vector, each PC's in order up to a gap. */
  others: Segment[]
}

/**
 * The newest snapshot another PC wrote that covers this PC's own compacted
 * segments; this PC's own only when no other one does (its own could hold
 * the very rows that diverged).
 */
async function newestSnapshot(
  share: ShareTransport,
  self: string,
  compactedTo: number,
): Promise<Source['snapshot']> {
  const found: { deviceId: string; name: string }[] = []
  for (const deviceId of (await share.list(devicesDir)).names)
    for (const name of (await share.list(snapDir(deviceId))).names)
      if (NAME.test(name)) found.push({ deviceId, name })
  found.sort(
    (a, b) => Number(a.deviceId === self) - Number(b.deviceId === self) || b.name.localeCompare(a.name),
  )
  for (const f of found) {
    const file = await share.read(`${snapDir(f.deviceId)}/${f.name}`)
    if ('missing' in file) continue
    const snap = parseSnapshot(file.text)
    if (!snap || snap.header.deviceId !== f.deviceId) continue
    if (ownSegNo(snap.header.vector, self) < compactedTo) continue
    return { deviceId: f.deviceId, snap }
  }
  return null
}

const ownSegNo = (vector: readonly CursorRow[], self: string): number =>
  vector.find((c) => c.deviceId === self)?.segNo ?? 0

async function readSource(
  share: ShareTransport,
  self: string,
  segNo: number,
  compactedTo: number,
): Promise<Source> {
  const snapshot = await newestSnapshot(share, self, compactedTo)
  const from = snapshot ? ownSegNo(snapshot.snap.header.vector, self) : 0
  if (from < compactedTo) throw failure('noSnapshot')
  const listed = new Set((await share.list(segDir(self))).names.map(segNoOf))
  const own: Segment[] = []
  for (let n = from + 1; n <= segNo; n++) {
    const seg = listed.has(n) ? await readSegment(share, self, n) : null
    if (!seg) throw failure('segmentMissing', { segNo: n })
    own.push(seg)
  }
  const others: Segment[] = []
  for (const deviceId of (await share.list(devicesDir)).names) {
    if (deviceId === self) continue
    const there = new Set((await share.list(segDir(deviceId))).names.map(segNoOf))
    const at = snapshot ? ownSegNo(snapshot.snap.header.vector, deviceId) : 0
    for (let n = at + 1; there.has(n); n++) {
      const seg = await readSegment(share, deviceId, n)
      if (!seg) break
      others.push(seg)
    }
  }
  return { snapshot, own, others }
}

async function readSegment(share: ShareTransport, deviceId: string, n: number): Promise<Segment | null> {
  const file = await share.read(`${segDir(deviceId)}/${segmentName(n)}`)
  if ('missing' in file) return null
  const parsed = await parseSegment(file.text, file.bodySha256)
  if (!parsed.ok) return null
  const { header } = parsed.segment
  return header.deviceId === deviceId && header.segNo === n ? parsed.segment : null
}

export async function rebuildFromShare(
  db: DeskDb,
  share: ShareTransport,
  opts: { now: () => number; actor: Actor },
): Promise<RebuildReport> {
  assertCan(opts.actor, 'share.manage')
  const format = await share.format()
  const [meta, device] = await Promise.all([readSyncMeta(db), readDevice(db)])
  if (meta.shareId !== format.shareId || !device) throw failure('notJoined')
  const source = await readSource(share, device.deviceId, meta.segNo, meta.compactedTo ?? 0)
  // A record this PC cannot write is set aside as the engine sets it aside, and the rebuild run again.
  const report = await applySettingAside((setAside) =>
    rebuildInOne(db, source, { self: device.deviceId, segNo: meta.segNo, now: opts.now(), setAside }),
  )
  await runWrite(db, { actor: opts.actor, now: new Date(opts.now()) }, (w) =>
    w.event('rebuildFromShare', 'system', 'device', {
      records: report.records,
      kept: report.kept,
      snapshotFrom: report.snapshotFrom,
    }),
  )
  return report
}

async function rebuildInOne(
  db: DeskDb,
  source: Source,
  at: { self: string; segNo: number; now: number; setAside: ReadonlyMap<string, string> },
): Promise<RebuildReport> {
  const { self } = at
  return db.transaction('rw', syncScope, async (tx) => {
    // Records are removed and written again: only a maintenance transaction may.
    flagTransaction(tx.idbtrans, 'maintenance')
    const [now, dev] = await Promise.all([readSyncMeta(db), loadDeviceMeta(db)])
    // A cycle published in the meantime: what was read is not the whole of it.
    if (now.segNo !== at.segNo || dev.deviceId !== self) throw failure('busy')
    const waiting = await db._outbox.where('seq').above(now.seqTo).toArray()
    await Promise.all([
      ...syncedTables.map((t) => db.table(t).clear()),
      db._cursors.clear(),
      db._conflicts.clear(),
    ])
    // Counted from nothing again as the rows are written.
    await db._meta.put({
      key: 'digest',
      tables: Object.fromEntries(syncedTables.map((t) => [t, { n: 0, sum: 0 }])),
    })
    await db._meta.put(emptyDivergence())
    // This PC's own stamps may be ahead of its clock (a clock put back): never held back here.
    const nowMs = Math.max(at.now, dev.hlc ? decodeHlc(dev.hlc).l : 0)
    let maxH: string | null = null
    const apply = async (ops: SyncOp[]) => {
      const stats = await applyOps(db, ops, nowMs, at.setAside)
      if (stats.maxH !== null && (maxH === null || stats.maxH > maxH)) maxH = stats.maxH
    }
    const snap = source.snapshot
    if (snap) {
      await apply(snap.snap.rows.flatMap(({ t, row }) => opsOfRow(t, row, snap.deviceId)))
      for (const c of snap.snap.conflicts)
        if (!(await db._conflicts.get([c.t, c.r, c.f, c.h]))) await db._conflicts.put(c)
      await db._cursors.bulkPut(snap.snap.header.vector.filter((c) => c.deviceId !== self))
    }
    for (const seg of source.own) await apply(seg.ops)
    // Each other PC's in order from the snapshot's vector, as applySegment takes them: a gap
    // or a broken chain leaves that PC's rest to the next cycles.
    for (const seg of source.others) {
      const { header } = seg
      const cursor = await db._cursors.get(header.deviceId)
      if (header.segNo !== (cursor?.segNo ?? 0) + 1 || header.prevSegHash !== (cursor?.segHash ?? null))
        continue
      await apply(seg.ops)
      if (seg.audit.length) await db._audit.bulkPut(seg.audit as unknown as AuditEntry[])
      await db._cursors.put({
        deviceId: header.deviceId,
        incarnation: header.incarnation,
        segNo: header.segNo,
        segHash: seg.hash,
        seqTo: header.seqTo,
      })
    }
    if (waiting.length) await apply(waiting.map(opOf))
    await mergeClock(db, dev, maxH, nowMs)
    const counts = await Promise.all(syncedTables.map((t) => db.table(t).count()))
    return {
      records: counts.reduce((a, b) => a + b, 0),
      kept: waiting.length,
      snapshotFrom: snap?.deviceId ?? null,
    }
  })
}
