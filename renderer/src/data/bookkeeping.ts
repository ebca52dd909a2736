/** Rows of the bookkeeping tables (SYNC.md "Capture" and "Device identity"). */

import type { SyncOp } from '@shared/sync/syncOp'

/**
 * A create is one op `f: ROW_GROUP` whose value holds every field, with one
 * HLC (SYNC.md "Op format"); that HLC is kept on the row as `createdHlc` and
 * stands for every field without a clock of its own. An import is one op
 * `r: ROW_BATCH` whose value maps each new row id to its fields: one
 * IndexedDB record instead of 10,000 (each costs about 0.1 ms in Chromium
 * whatever its size). Sync applies it as one ROW_GROUP op per row.
 */
export { ROW_BATCH, ROW_GROUP } from '@shared/sync/syncOp'

/** One change, the feed for sync (`_outbox`): a field of an existing row, or a whole new row (ROW_GROUP). */
export interface OutboxOp extends Omit<SyncOp, 'id'> {
  /** Device-local op sequence, strictly increasing. */
  seq: number
  /** `<deviceId>:<seq>` */
  opId: string
  /** 0 until a segment carrying it is published. */
  published: 0 | 1
}

/** The current clock of one field changed after its row's create; keyed by [t+r+f]. */
export interface FieldClock {
  t: string
  r: string
  /** Field, or the name of the field group it belongs to. */
  f: string
  h: string
  p: string | null
  /**
   * HLCs of this field's values that some applied op names as the value it
   * overwrote (`p`) or settled (`rs`): a losing value named here was seen by
   * its overwriter, so it is not a conflict (SYNC.md "Conflict surfacing").
   */
  named?: string[]
}

export interface FieldChange {
  from: unknown
  to: unknown
}

/** One audit entry, SHA-256 chained per device so tampering shows. */
export interface AuditEntry {
  id: string
  deviceId: string
  seq: number
  at: string
  actorId: string
  actorName: string
  action: string
  table: string
  rowId: string
  /**
   * Set on the one entry of a bulk create (an import): the rows it created.
   * `rowId` then names the batch and `changes` maps each row id to
   * { from: null, to: its fields } (unitOfWork.ts createMany).
   */
  rowIds?: string[]
  changes: Record<string, FieldChange>
  prevHash: string
  hash: string
}

/** Device identity, op counter, audit head and HLC live in one row, written in one transaction. */
export interface DeviceMeta {
  key: 'device'
  deviceId: string
  incarnation: number
  writerNonce: string
  opSeq: number
  auditSeq: number
  auditHead: string
  /** Encoded HLC of the last stamp. */
  hlc: string | null
}

/**
 * This PC's block of business numbers (shared/procedures/contracts/numbering.ts):
 * PC k numbers from k × RANGE + 1 in each period, and prints `pcPrefix` for
 * `{pc}`. A device fact like the device row, so it is kept beside it and
 * never synced. The block is claimed on the share by the PC itself
 * (sync/numberBlocks.ts); a PC never on a share numbers from a block of its
 * own device id (deviceMeta.ts loadNumbering).
 */
export interface NumberingMeta {
  key: 'numbering'
  pcIndex: number
  pcPrefix: string
  /** The claim on the share this block comes from; absent while this PC has claimed none. */
  claim?: { shareId: string; deviceId: string; no: number; order: number }
}

export const AUDIT_GENESIS = 'GENESIS'
