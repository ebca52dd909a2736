/** Rows of the bookkeeping tables (SYNC.md "Capture" and "Device identity"). */

/**
 * The field group of a whole new row: a create is one op `f: '*'` whose value
 * holds every field, with one HLC (SYNC.md "Op format": a create carries all
 * fields with one HLC; `f` is a field or a group name). Its clock row
 * [t, r, '*'] stands for every field that has no clock of its own yet.
 */
export const ROW_GROUP = '*'

/** One change, the feed for sync (`_outbox`): a field of an existing row, or a whole new row (ROW_GROUP). */
export interface OutboxOp {
  /** Device-local op sequence, strictly increasing. */
  seq: number
  /** `<deviceId>:<seq>` */
  opId: string
  t: string
  r: string
  f: string
  v: unknown
  /** HLC of this write. */
  h: string
  /** HLC of the value it overwrote, null for a first write. */
  p: string | null
  sv: number
  /** 0 until a segment carrying it is published. */
  published: 0 | 1
}

/** The current clock of one field, or of a whole row at its create (f = ROW_GROUP); keyed by [t+r+f]. */
export interface FieldClock {
  t: string
  r: string
  f: string
  h: string
  p: string | null
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

export const AUDIT_GENESIS = 'GENESIS'
