/**
 * Last-writer-wins per field (or field group) and the conflict rule, over
 * rows and clocks already read (SYNC.md "Pull/apply" 4, "Conflict
 * surfacing", "Deletes"). Pure: applyOps.ts reads what an op batch touches,
 * merges every op here, and writes back what changed.
 *
 * The conflict rule — a losing value is a conflict iff no op names its HLC
 * (as `p`, the value its writer overwrote, or in `rs`, the values a
 * resolution settled) — does not depend on the order ops arrive in, so every
 * PC lists the same conflicts.
 */
import { decodeHlc } from '@shared/kernel/hlc'
import { assignKey, clockKeyOf, groupFields, valueOfKey } from '@shared/sync/fieldGroups'
import { ROW_GROUP, type SyncOp } from '@shared/sync/syncOp'
import { type RowClocks, clockHOf, clocksOf, setClocks } from '@shared/sync/rowClocks'
import { mergesAsMax } from '@shared/tables/tableSpecs'
import type { ConflictRow } from '../data/syncRows'

export type RowValues = Record<string, unknown>

export const rowKey = (t: string, r: string): string => `${t}\u0000${r}`
export const conflictKey = (t: string, r: string, f: string, h: string): string =>
  `${t}\u0000${r}\u0000${f}\u0000${h}`

/** What a batch of ops reads and writes (field clocks are on the rows, `_clk`). */
export class MergeState {
  /** Rows by rowKey; null: not in the database (yet). */
  readonly rows = new Map<string, RowValues | null>()
  readonly dirtyRows = new Set<string>()
  readonly conflictsPut = new Map<string, ConflictRow>()
  readonly conflictsDrop = new Set<string>()
  /**
   * Conflicts stored for the touched rows (conflictKey), read beforehand:
   * naming a value drops its conflict only if there is one, so the common
   * case — no conflicts — costs no delete per op.
   */
  readonly storedConflicts = new Set<string>()
  /**
   * The clocks of rows being merged (rowKey), decoded once and changed in
   * place; stored back on the row by `finalRow` when it is written.
   */
  private readonly clocks = new Map<string, RowClocks>()
  private readonly isoCache = new Map<string, string>()
  /** Rows created by this batch, and the keys (fields or groups) whose value this batch changed. */
  readonly createdRows = new Set<string>()
  private readonly changed = new Map<string, Set<string>>()

  /** The keys whose value this batch changed on a row it did not create. */
  changedKeys(k: string): ReadonlySet<string> {
    return this.changed.get(k) ?? new Set()
  }

  row(t: string, r: string): RowValues | null {
    return this.rows.get(rowKey(t, r)) ?? null
  }

  /** A merged row's clocks (read only outside this class). */
  clocksOf(t: string, r: string, row: RowValues): RowClocks {
    const k = rowKey(t, r)
    let clocks = this.clocks.get(k)
    if (!clocks) this.clocks.set(k, (clocks = { ...clocksOf(row) }))
    return clocks
  }

  /** The row to write: its merged clocks stored on it. */
  finalRow(k: string): RowValues | null {
    const row = this.rows.get(k) ?? null
    const clocks = this.clocks.get(k)
    if (row && clocks) setClocks(row, clocks)
    return row
  }

  private putConflict(c: ConflictRow): void {
    const k = conflictKey(c.t, c.r, c.f, c.h)
    this.conflictsDrop.delete(k)
    this.conflictsPut.set(k, c)
  }

  private dropConflict(t: string, r: string, f: string, h: string): void {
    if (this.storedConflicts.size === 0 && this.conflictsPut.size === 0) return
    const k = conflictKey(t, r, f, h)
    this.conflictsPut.delete(k)
    if (this.storedConflicts.has(k)) this.conflictsDrop.add(k)
  }

  /**
   * Merges one op (a single row's: batches are expanded first). Returns false
   * when it cannot apply yet: a field op for a row this PC does not have.
   */
  merge(op: SyncOp): boolean {
    const existing = this.row(op.t, op.r)
    if (op.f === ROW_GROUP) {
      if (!existing) {
        this.create(op)
        return true
      }
      // The same id created on two PCs (a setting's key): field by field.
      const values = (op.v ?? {}) as RowValues
      const keys = new Set(Object.keys(values).map((f) => clockKeyOf(op.t, f)))
      const explicit = existing.createdHlc !== op.h
      const clocks = this.clocksOf(op.t, op.r, existing)
      for (const key of keys) {
        if (explicit) pinClock(existing, clocks, key)
        this.mergeKey({ ...op, f: key, v: valueOfKey(op.t, key, values), p: null }, existing)
      }
      if (explicit && typeof existing.createdHlc === 'string' && op.h < existing.createdHlc)
        existing.createdHlc = op.h
      this.dirtyRows.add(rowKey(op.t, op.r))
      return true
    }
    if (!existing) return false
    this.mergeKey(op, existing)
    return true
  }

  /** An HLC's wall time as the ISO text rows keep (a save's ops share one HLC: worked out once). */
  private isoOf(h: string): string {
    let at = this.isoCache.get(h)
    if (at === undefined) this.isoCache.set(h, (at = new Date(decodeHlc(h).l).toISOString()))
    return at
  }

  private create(op: SyncOp): void {
    const at = this.isoOf(op.h)
    const by = op.u ?? ''
    const row: RowValues = {
      ...((op.v ?? {}) as RowValues),
      id: op.r,
      createdHlc: op.h,
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    }
    row.deletedAt ??= null
    const k = rowKey(op.t, op.r)
    this.createdRows.add(k)
    this.rows.set(k, row)
    this.dirtyRows.add(k)
  }

  private mergeKey(op: SyncOp, row: RowValues): void {
    const { t, r, f } = op
    const clocks = this.clocksOf(t, r, row)
    const cur = clockHOf(row, f, clocks)
    if (cur === op.h) return // already applied (idempotent)
    if (mergesAsMax(t, f)) return this.mergeMax(op, row, clocks, cur)
    const clock = clocks[f] ?? { h: cur ?? op.h }
    const names = [op.p, ...(op.rs ?? [])].filter((n): n is string => typeof n === 'string')
    const named = new Set(clock.named ?? [])
    for (const n of names) {
      named.add(n)
      this.dropConflict(t, r, f, n)
    }
    if (cur === null || op.h > cur) {
      // The value it replaces lost; a conflict unless its overwriter saw it.
      if (cur !== null && !named.has(cur))
        this.putConflict(this.conflictOf(t, r, f, cur, valueOfKey(t, f, row)))
      assignKey(t, f, row, op.v)
      this.noteChanged(rowKey(t, r), f)
      this.touchUpdated(row, op)
      // `named` already holds what this op names (its p and rs).
      clocks[f] = { h: op.h, ...namedField(named) }
    } else {
      if (!named.has(op.h)) this.putConflict(this.conflictOf(t, r, f, op.h, op.v))
      clocks[f] = { ...clock, ...namedField(named) }
    }
    this.dirtyRows.add(rowKey(t, r))
  }

  /**
   * A counter (TableSpec.mergeMax): the highest value seen stays, whichever
   * write is later, so the result is the same in any order and a number
   * handed out is never handed out again; its clock is the latest stamp
   * seen. Never a conflict.
   */
  private mergeMax(op: SyncOp, row: RowValues, clocks: RowClocks, cur: string | null): void {
    const { t, r, f } = op
    const next = higher(row[f], op.v)
    if (next !== row[f]) {
      row[f] = next
      this.noteChanged(rowKey(t, r), f)
      this.touchUpdated(row, op)
    }
    if (cur === null || op.h > cur) clocks[f] = { h: op.h }
    this.dirtyRows.add(rowKey(t, r))
  }

  private noteChanged(k: string, key: string): void {
    let keys = this.changed.get(k)
    if (!keys) this.changed.set(k, (keys = new Set()))
    keys.add(key)
  }

  private conflictOf(t: string, r: string, f: string, h: string, v: unknown): ConflictRow {
    return { t, r, f, h, kind: 'value', v, deviceId: decodeHlc(h).node }
  }

  private touchUpdated(row: RowValues, op: SyncOp): void {
    const at = this.isoOf(op.h)
    if (typeof row.updatedAt !== 'string' || at >= row.updatedAt) {
      row.updatedAt = at
      if (op.u !== undefined) row.updatedBy = op.u
    }
  }

  /**
   * Delete against edit: an edit stamped after the row's delete (so made by
   * someone who had not seen it) stays on the hidden row and is listed with a
   * restore button, keyed by the delete's HLC so restoring (an op naming it)
   * settles it everywhere.
   */
  checkDeleteEdit(t: string, r: string): void {
    const row = this.row(t, r)
    if (!row || !row.deletedAt) return
    const clocks = this.clocksOf(t, r, row)
    const del = clocks.deletedAt
    if (!del || (del.named ?? []).includes(del.h)) return
    let latestEdit: string | null = null
    for (const [f, c] of Object.entries(clocks)) {
      if (f === 'deletedAt') continue
      if (c.h > del.h && (latestEdit === null || c.h > latestEdit)) latestEdit = c.h
    }
    if (latestEdit === null) return
    this.putConflict({
      t,
      r,
      f: 'deletedAt',
      h: del.h,
      kind: 'deleteEdit',
      v: { deletedAt: row.deletedAt, editedBy: decodeHlc(latestEdit).node },
      deviceId: decodeHlc(del.h).node,
    })
  }
}

/** The higher of two counter values; a value that is no number gives way to one that is. */
function higher(a: unknown, b: unknown): unknown {
  if (typeof a !== 'number') return typeof b === 'number' ? b : a
  return typeof b === 'number' && b > a ? b : a
}

/** A field relying on the row's create HLC gets its own clock before a second create competes with it. */
function pinClock(row: RowValues, clocks: RowClocks, key: string): void {
  if (clocks[key] || typeof row.createdHlc !== 'string') return
  clocks[key] = { h: row.createdHlc }
}

function namedField(named: ReadonlySet<string>): { named?: string[] } {
  return named.size > 0 ? { named: [...named].sort() } : {}
}

/** Whether a key names a field group (its value is an object of the group's fields). */
export function isGroupKey(t: string, key: string): boolean {
  return groupFields(t, key) !== undefined
}
