/**
 * The next segment of this PC's changes, and recording it as published
 * (SYNC.md "Publish" 1 and 4). The segment is built from the outbox alone,
 * deterministically: after a crash between writing it and recording it, the
 * same rows give the same bytes, and the share's copy is recognised.
 */
import { SHARE_FORMAT_VERSION, type SyncOp } from '@shared/sync/syncOp'
import { type SegmentHeader, encodeSegment } from '@shared/sync/segment'
import type { AuditEntry, DeviceMeta, OutboxOp } from '../data/bookkeeping'
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import { readDevice } from '../data/deviceMeta'
import { blobsNamed } from './blobs'
import type { SyncMeta } from '../data/syncRows'
import { readSyncMeta, updateSyncMeta } from './syncMeta'

/** Ops per segment: a few MB at most, one transaction to apply on the other side. */
export const SEGMENT_MAX_OPS = 2000

export interface OutgoingSegment {
  header: SegmentHeader
  text: string
  ops: number
  /** Attachment hashes its ops create: published before it (blobs.ts). */
  blobs: string[]
}

/** An outbox row as it travels in a segment. */
export function opOf(row: OutboxOp): SyncOp {
  const { seq: _seq, opId, published: _published, ...rest } = row
  return { id: opId, ...rest }
}

/** The next segment to publish, or null when nothing is waiting. */
export async function nextSegment(db: DeskDb, maxOps = SEGMENT_MAX_OPS): Promise<OutgoingSegment | null> {
  return db.transaction('r', ['_outbox', '_audit', '_meta'], async () => {
    const device = await readDevice(db)
    if (!device) return null
    const meta = await readSyncMeta(db)
    const rows = await db._outbox.where('seq').above(meta.seqTo).limit(maxOps).toArray()
    const audit = await auditBetween(db, device.deviceId, meta.auditTo + 1, Infinity)
    if (rows.length === 0 && audit.length === 0) return null
    const seqTo = rows.length ? rows[rows.length - 1].seq : meta.seqTo
    const header = headerOf(device, meta, seqTo, audit.length ? audit[audit.length - 1].seq : meta.auditTo)
    const ops = rows.map(opOf)
    return { header, text: encodeSegment(header, ops, audit), ops: rows.length, blobs: blobsNamed(ops) }
  })
}

/** The exact bytes of a segment published before, from the rows it carried (for repairing a torn copy). */
export async function rebuildSegment(db: DeskDb, header: SegmentHeader): Promise<string> {
  return db.transaction('r', ['_outbox', '_audit'], async () => {
    const rows = await db._outbox.where('seq').between(header.seqFrom, header.seqTo, true, true).toArray()
    const audit = await auditBetween(db, header.deviceId, header.auditFrom, header.auditTo)
    return encodeSegment(header, rows.map(opOf), audit)
  })
}

async function auditBetween(
  db: DeskDb,
  deviceId: string,
  from: number,
  to: number,
): Promise<(Record<string, unknown> & AuditEntry)[]> {
  const rows = await db._audit
    .where('[deviceId+seq]')
    .between([deviceId, from], [deviceId, to], true, true)
    .toArray()
  return rows as (Record<string, unknown> & AuditEntry)[]
}

function headerOf(device: DeviceMeta, meta: SyncMeta, seqTo: number, auditTo: number): SegmentHeader {
  return {
    format: SHARE_FORMAT_VERSION,
    deviceId: device.deviceId,
    incarnation: device.incarnation,
    writerNonce: device.writerNonce,
    segNo: meta.segNo + 1,
    seqFrom: meta.seqTo + 1,
    seqTo,
    auditFrom: meta.auditTo + 1,
    auditTo,
    prevSegHash: meta.segHash,
  }
}

/** After the share holds the segment (written or found there): its ops are published. */
export async function recordPublished(db: DeskDb, header: SegmentHeader, hash: string): Promise<void> {
  await db.transaction('rw', ['_outbox', '_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const meta = await readSyncMeta(db)
    if (header.segNo !== meta.segNo + 1) return // recorded already
    await db._outbox.where('seq').between(header.seqFrom, header.seqTo, true, true).modify({ published: 1 })
    await updateSyncMeta(db, {
      segNo: header.segNo,
      segHash: hash,
      seqTo: header.seqTo,
      auditTo: header.auditTo,
      last: header,
    })
  })
}

/** Ops written here and not yet in a published segment (the status bar's 待发送). */
export async function unpublishedCount(db: DeskDb): Promise<number> {
  const meta = await readSyncMeta(db)
  return db._outbox.where('seq').above(meta.seqTo).count()
}
