/**
 * Rows of the sync engine's own tables (SYNC.md "Pull/apply", "Conflict
 * surfacing"). They live in the data layer because db.ts declares those
 * tables, and the data layer never imports the sync engine (renderer/src/sync).
 */
import type { SegmentHeader } from '@shared/sync/segment'
import type { SyncOp } from '@shared/sync/syncOp'

/** How far this PC has applied another device's segments. */
export interface CursorRow {
  deviceId: string
  incarnation: number
  /** Last applied segment (0: none yet). */
  segNo: number
  /** Its file hash: the next segment's prevSegHash must equal it. */
  segHash: string | null
  /** Last op seq applied from that device. */
  seqTo: number
}

export type ConflictKind = 'value' | 'deleteEdit'

/**
 * A value that lost to a write whose author never saw it; the same set on
 * every PC. Keyed [t+r+f+h]: h is the losing value's HLC — for a
 * 'deleteEdit' conflict, the HLC of the delete that hides an edited row.
 */
export interface ConflictRow {
  t: string
  r: string
  /** Field or field group; 'deletedAt' for a delete against edits. */
  f: string
  h: string
  kind: ConflictKind
  /** The losing value (for a group, an object of its fields; for deleteEdit, the delete time). */
  v: unknown
  /** The device whose value lost (HLC node). */
  deviceId: string
}

/**
 * 'failed': this PC could not write the op's row as it came (a key the
 * store refuses, a value that breaks working out the record): set aside,
 * listed on the 同步冲突 page, retried every cycle, never dropped.
 */
export type PendingReason = 'noRow' | 'unknownTable' | 'newerSchema' | 'failed'

/** An op kept until it can apply: its row not here yet, or written by a newer version of the app. */
export interface PendingRow {
  /** Op id (with `/rowId` for one row of a batch). */
  id: string
  r: string
  reason: PendingReason
  op: SyncOp
  /** 'failed': what went wrong, as the error named it (ConstraintError: …). */
  error?: string
}

/**
 * Live records of one table sharing a business key's value (two or more),
 * as this PC last worked them out from the key's index (duplicates.ts).
 * Bookkeeping of this PC: every PC works out the same from the same records.
 */
export interface DuplicateRow {
  /** table, key name and value, joined by NUL. */
  id: string
  t: string
  /** The key's name (its fields joined by '+'). */
  key: string
  value: string | string[]
  /** The records, sorted. */
  ids: string[]
}

/** Records written since duplicates were last worked out; `ids` null: the whole table. */
export interface DuplicateQueueRow {
  seq?: number
  t: string
  ids: string[] | null
}

/** An op stamped more than a day ahead of this PC's clock: held, not applied, not merged into the HLC. */
export interface QuarantineRow {
  id: string
  /** Physical ms of its HLC: released once real time is within a day of it. */
  l: number
  deviceId: string
  op: SyncOp
}

/** This PC's standing with the share, kept beside the device row in `_meta`. */
export interface SyncMeta {
  key: 'sync'
  /** The share this database belongs to; a different FORMAT.json shareId stops sync. */
  shareId: string | null
  /** Last segment this device published (0: none). */
  segNo: number
  segHash: string | null
  /** Last op seq and audit seq carried by a published segment. */
  seqTo: number
  auditTo: number
  /** Op seq up to which a user confirmed publishing a mass delete (massDelete.ts). */
  deletesConfirmedTo?: number
  /** This PC's last published segment when it last wrote a snapshot (snapshots.ts). */
  snapSegNo?: number
  /** Own segments up to this number are compacted away (compaction.ts). */
  compactedTo?: number
  /** Attachment hashes named by applied records whose bytes are not here yet (blobs.ts). */
  pendingBlobs?: string[]
  /** The latest HLC applied from another PC (re-stamping starts after it). */
  received: string | null
  /** The last published segment's header: enough to rebuild its exact bytes if the share's copy is torn. */
  last: SegmentHeader | null
}
