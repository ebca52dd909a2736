/**
 * Attachments travel as content-addressed blobs (SYNC.md "Attachments"):
 * published before the segment that names them, fetched after the records
 * arrive. A blob not on the share yet, or corrupt there, leaves the
 * attachment 待同步 and is tried again every cycle; local bytes are never
 * replaced or removed.
 */
import { ROW_BATCH, ROW_GROUP, type SyncOp } from '@shared/sync/syncOp'
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import { readSyncMeta, updateSyncMeta } from './syncMeta'
import type { ShareTransport } from './shareTransport'

/** The attachment hashes that ops create. */
export function blobsNamed(ops: readonly Pick<SyncOp, 't' | 'r' | 'f' | 'v'>[]): string[] {
  const out = new Set<string>()
  const add = (v: unknown) => {
    const sha = (v as { sha256?: unknown } | null)?.sha256
    if (typeof sha === 'string') out.add(sha)
  }
  for (const op of ops) {
    if (op.t !== 'attachments') continue
    if (op.f === ROW_GROUP && op.r === ROW_BATCH) Object.values((op.v ?? {}) as object).forEach(add)
    else if (op.f === ROW_GROUP) add(op.v)
    else if (op.f === 'sha256') add({ sha256: op.v })
  }
  return [...out]
}

/** Fetches the blobs still missing here; returns those that stay pending. */
export async function fetchBlobs(
  db: DeskDb,
  share: ShareTransport,
  fresh: readonly string[],
): Promise<string[]> {
  const meta = await readSyncMeta(db)
  const wanted = [...new Set([...(meta.pendingBlobs ?? []), ...fresh])]
  const pending: string[] = []
  for (const sha of wanted) {
    const outcome = await share.fetchBlob(sha)
    if (outcome === 'missing' || outcome === 'corrupt') pending.push(sha)
  }
  if (pending.length !== (meta.pendingBlobs ?? []).length || wanted.length) {
    await db.transaction('rw', ['_meta'], async (tx) => {
      flagTransaction(tx.idbtrans, 'sync')
      await updateSyncMeta(db, { pendingBlobs: pending })
    })
  }
  return pending
}
