/**
 * What travels through the shared folder (SYNC.md "Op format"): one line per
 * change, as the outbox holds it, without the outbox's own bookkeeping.
 */

/** The group name of an op carrying a whole new row (every field, one HLC). */
export const ROW_GROUP = '*'

/** `r` of an op carrying many new rows at once: `v` maps each row id to its fields. */
export const ROW_BATCH = '*'

/** The share format this app writes and reads (FORMAT.json `formatVersion`, segment `format`). */
export const SHARE_FORMAT_VERSION = 1

export interface SyncOp {
  /** `<deviceId>:<seq>`, unique across the share. */
  id: string
  /** Table. */
  t: string
  /** Row id, or ROW_BATCH. */
  r: string
  /** Field, field group name, or ROW_GROUP. */
  f: string
  v: unknown
  /** HLC of this write. */
  h: string
  /** HLC of the value the writer overwrote (what it saw), null for a first write. */
  p: string | null
  /** Schema version of the writer. */
  sv: number
  /**
   * The user who wrote it: a PC that applies the op derives the row's
   * createdBy/updatedBy from it (bookkeeping travels in no field op).
   */
  u?: string
  /**
   * HLCs of losing values this write settles ("keep mine" / "keep theirs" on
   * the conflicts page): like `p`, naming a value means its writer's change
   * was seen, so it stops being a conflict on every PC.
   */
  rs?: string[]
}
