/**
 * This PC's standing with the share (`SyncMeta`, the `sync` row of `_meta`):
 * read and written here only. Outgoing, blobs, snapshots, compaction and the
 * others each change a field or two of it; they read it through this module
 * rather than from one another, so none of them imports another for it.
 */
import type { DeskDb } from '../data/db'
import type { SyncMeta } from '../data/syncRows'

export function emptySyncMeta(): SyncMeta {
  return {
    key: 'sync',
    shareId: null,
    segNo: 0,
    segHash: null,
    seqTo: 0,
    auditTo: 0,
    received: null,
    last: null,
  }
}

export async function readSyncMeta(db: DeskDb): Promise<SyncMeta> {
  return ((await db._meta.get('sync')) as SyncMeta | undefined) ?? emptySyncMeta()
}

/**
 * Writes these fields over the sync row as it is now. It opens no
 * transaction of its own: called inside the caller's (which holds `_meta`),
 * the read and the put are steps of that one, so a field another step of the
 * engine set is kept, never put back to what an earlier read saw.
 */
export async function updateSyncMeta(db: DeskDb, patch: Partial<Omit<SyncMeta, 'key'>>): Promise<void> {
  await db._meta.put({ ...(await readSyncMeta(db)), ...patch })
}
