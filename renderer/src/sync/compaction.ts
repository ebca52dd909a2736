/**
 * Compaction (SYNC.md "Snapshots/compaction"): this PC removes its own
 * segments only when (a) its snapshot covers them and (b) every active PC's
 * status.json acknowledges them. A PC silent for more than 90 days is
 * dormant and not waited for (it catches up from a snapshot on return); a PC
 * whose status cannot be read is waited for — when in doubt, keep.
 */
import { decodeHlc } from '@shared/kernel/hlc'
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import { readSyncMeta, updateSyncMeta } from './syncMeta'
import { type ShareTransport, devicesDir } from './shareTransport'

export const DORMANT_AFTER_MS = 90 * 24 * 60 * 60 * 1000

/** How far every active PC has applied this PC's segments; null when one of them cannot be told. */
async function ackedByAll(share: ShareTransport, self: string, nowMs: number): Promise<number | null> {
  const devices = await share.list(devicesDir)
  let acked = Infinity
  for (const id of devices.names) {
    if (id === self) continue
    const file = await share.read(`devices/${id}/status.json`)
    if ('missing' in file) return null
    let status: { acks?: Record<string, number>; heartbeatHlc?: string | null }
    try {
      status = JSON.parse(file.text) as typeof status
    } catch {
      return null
    }
    const heartbeat = status.heartbeatHlc ? decodeHlc(status.heartbeatHlc).l : 0
    if (nowMs - heartbeat > DORMANT_AFTER_MS) continue
    acked = Math.min(acked, status.acks?.[self] ?? 0)
  }
  return acked === Infinity ? null : acked
}

/** Compacts what the last snapshot covers and everyone has; returns up to which segment. */
export async function compactIfAcked(
  db: DeskDb,
  share: ShareTransport,
  self: string,
  nowMs: number,
): Promise<number> {
  const meta = await readSyncMeta(db)
  const covered = meta.snapSegNo ?? 0
  if (covered <= (meta.compactedTo ?? 0)) return meta.compactedTo ?? 0
  const acked = await ackedByAll(share, self, nowMs)
  if (acked === null) return meta.compactedTo ?? 0
  const upTo = Math.min(covered, acked)
  if (upTo <= (meta.compactedTo ?? 0)) return meta.compactedTo ?? 0
  await share.compactSegments(self, upTo)
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await updateSyncMeta(db, { compactedTo: upTo })
  })
  return upTo
}
