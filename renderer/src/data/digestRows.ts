/**
 * Rows of the state digest and of what comparing it found (SYNC.md
 * `stateDigest`): kept in `_meta` beside the device and sync rows, declared
 * here so db.ts can type them without importing the code that keeps them
 * (data/stateDigest.ts, sync/digestCheck.ts, sync/divergence.ts).
 */
/** A table found different from another PC that had applied the same segments (sync/divergence.ts). */
export interface DivergentTable {
  t: string
  /** The rows that differ (or that one side lacks), once both sides' row lists were compared; null until then. */
  rows: string[] | null
  /** Differing rows beyond those listed. */
  more: number
}

/** 数据不一致: what this PC found when it compared its state digest with other PCs'. */
export interface DivergenceMeta {
  key: 'divergence'
  /** By the other PC's id: the tables that differ, and when that was found. */
  with: Record<string, { tables: DivergentTable[]; at: string }>
  /** PCs whose digest equalled this PC's at their last comparison. */
  agree: string[]
  /** This PC's row lists on the share (a table's rows and their hashes), by table: the file name. */
  rowLists: Record<string, string>
  /**
   * Rows this PC's own check found changed behind the engine (their stored
   * hash no longer matched their values): named until the row lists are
   * compared, kept until the PCs agree again or this PC is rebuilt.
   */
  changedHere?: { t: string; r: string }[]
}

/** A table's part of the state digest (stateDigest.ts). */
export interface TableDigest {
  /** Rows counted. */
  n: number
  /** Sum of their hashes (rowHash.ts addHash). */
  sum: number
  /**
   * Present while the table is being built (a database from before the
   * digest, or one found out of step): only rows with ids up to this one are
   * counted yet ('' for none); a write to a later row leaves the sums alone, the
   * build counts it when it gets there.
   */
  upTo?: string
}

export interface DigestMeta {
  key: 'digest'
  tables: Record<string, TableDigest>
  /** Where the check of stored hashes against values goes on (sync/digestCheck.ts). */
  check?: { t: string; after: string }
}
