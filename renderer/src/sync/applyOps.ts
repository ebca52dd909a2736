/**
 * Applies other PCs' ops inside the caller's transaction: reads what they
 * touch, merges them (mergeState.ts), writes back what changed, and works out
 * the derived fields again. Ops that cannot apply yet are kept, never
 * dropped: from a clock more than a day ahead (quarantine), for a table or
 * schema this version does not know, or for a row not here yet (pending).
 */
import { decodeHlc } from '@shared/kernel/hlc'
import { ROW_BATCH, ROW_GROUP, type SyncOp } from '@shared/sync/syncOp'
import type { DeskDb } from '../data/db'
import { SCHEMA_VERSION, syncedTables } from '../data/tables'
import { deriveMerged } from './deriveAfterApply'
import { MergeState, conflictKey, rowKey } from './mergeState'
import { RowWriter } from './rowWriter'
import { shareOffsetMs } from './shareClock'
import { RowsFailed, failureText, keyedRows } from './setAside'
import { queueNoted } from '../data/duplicates'
import type { PendingRow, QuarantineRow } from '../data/syncRows'

/** SYNC.md receive guard: ops stamped more than this far ahead of now (this PC's and the share's) wait. */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000

const known: ReadonlySet<string> = new Set(syncedTables)

type Row = Record<string, unknown>

export interface ApplyStats {
  applied: number
  pending: number
  quarantined: number
  /** Greatest HLC merged: the local clock must move past it. */
  maxH: string | null
}

/** A batch op as one op per row it creates. */
export function expandOps(ops: readonly SyncOp[]): SyncOp[] {
  const out: SyncOp[] = []
  for (const op of ops) {
    if (op.r !== ROW_BATCH || op.f !== ROW_GROUP) {
      out.push(op)
      continue
    }
    for (const [r, v] of Object.entries((op.v ?? {}) as Record<string, unknown>))
      out.push({ ...op, id: `${op.id}/${r}`, r, v })
  }
  return out
}

function pendingReason(op: SyncOp): PendingRow['reason'] | null {
  if (!known.has(op.t)) return 'unknownTable'
  if (op.sv > SCHEMA_VERSION) return 'newerSchema'
  return null
}

/** Reads the rows the ops touch (their clocks come with them) and their stored conflicts. */
async function load(db: DeskDb, state: MergeState, ops: readonly SyncOp[]): Promise<void> {
  const byTable = new Map<string, Set<string>>()
  for (const op of ops) {
    if (state.rows.has(rowKey(op.t, op.r))) continue
    let ids = byTable.get(op.t)
    if (!ids) byTable.set(op.t, (ids = new Set()))
    ids.add(op.r)
  }
  const creates = new Set(ops.filter((op) => op.f === ROW_GROUP).map((op) => rowKey(op.t, op.r)))
  const reads = [...byTable].map(async ([t, ids]) => {
    let list = [...ids]
    // New rows are usually new: which ids exist is one key-only range read
    // (ids are time-ordered ULIDs, so a batch's are close), instead of a
    // read per row that finds nothing.
    const fresh = list.filter((r) => creates.has(rowKey(t, r))).sort()
    if (fresh.length > 16) {
      const existing = new Set(
        (await db
          .table(t)
          .where(':id')
          .between(fresh[0], fresh[fresh.length - 1], true, true)
          .primaryKeys()) as string[],
      )
      for (const r of fresh) if (!existing.has(r)) state.rows.set(rowKey(t, r), null)
      list = list.filter((r) => !state.rows.has(rowKey(t, r)))
    }
    const rows = await readRows(db, t, list)
    list.forEach((r, i) => state.rows.set(rowKey(t, r), rows[i] ?? null))
  })
  await Promise.all([...reads, loadConflicts(db, state, ops)])
}

/** Rows per range read: several reads in flight, so this page unpacks one while IndexedDB reads the next. */
const READ_CHUNK = 100

/**
 * Rows by id. Many ids close together (a batch's rows, a day's edits of
 * records made together) are read by range, READ_CHUNK ids a range, instead
 * of a round trip per row. A range read stops after twice as many rows as
 * its ids; only a range holding more falls back to reading by id.
 */
async function readRows(db: DeskDb, t: string, ids: string[]): Promise<(Row | undefined)[]> {
  if (ids.length <= 32) return (await db.table(t).bulkGet(ids)) as (Row | undefined)[]
  const sorted = [...ids].sort()
  const chunks: string[][] = []
  for (let at = 0; at < sorted.length; at += READ_CHUNK) chunks.push(sorted.slice(at, at + READ_CHUNK))
  const byId = new Map<string, Row>()
  await Promise.all(
    chunks.map(async (chunk) => {
      const most = chunk.length * 2
      const rows = (await db
        .table(t)
        .where(':id')
        .between(chunk[0], chunk[chunk.length - 1], true, true)
        .limit(most + 1)
        .toArray()) as Row[]
      const found = rows.length <= most ? rows : ((await db.table(t).bulkGet(chunk)) as (Row | undefined)[])
      for (const row of found) if (row) byId.set(row.id as string, row)
    }),
  )
  return ids.map((id) => byId.get(id))
}

/** The stored conflicts of the touched rows (none at all, usually: one count). */
async function loadConflicts(db: DeskDb, state: MergeState, ops: readonly SyncOp[]): Promise<void> {
  if ((await db._conflicts.count()) === 0) return
  const pairs = new Map<string, [string, string]>()
  for (const op of ops) pairs.set(rowKey(op.t, op.r), [op.t, op.r])
  const keys = await db._conflicts
    .where('[t+r]')
    .anyOf([...pairs.values()])
    .primaryKeys()
  for (const [t, r, f, h] of keys) state.storedConflicts.add(conflictKey(t, r, f, h))
}

/**
 * Applies `ops` (one segment's, or released ones) in the caller's
 * transaction, which must cover every synced, bookkeeping and sync table.
 * A row that cannot be written throws RowsFailed once everything else is
 * done; the caller drops the transaction and applies again with that row's
 * ops in `setAside` (setAside.ts), which keeps them as 'failed'.
 */
export async function applyOps(
  db: DeskDb,
  ops: readonly SyncOp[],
  nowMs: number,
  setAside: ReadonlyMap<string, string> = new Map(),
): Promise<ApplyStats> {
  const stats: ApplyStats = { applied: 0, pending: 0, quarantined: 0, maxH: null }
  const quarantine: QuarantineRow[] = []
  const pending: PendingRow[] = []
  const ready: SyncOp[] = []
  // Held only when ahead of both this PC's time and the share's (shareClock.ts):
  // a PC whose own clock is behind still takes every other PC's changes.
  const limit = nowMs + Math.max(0, await shareOffsetMs(db)) + FUTURE_LIMIT_MS
  for (const op of expandOps(ops)) {
    const { l, node } = decodeHlc(op.h)
    if (l > limit) {
      quarantine.push({ id: op.id, l, deviceId: node, op })
      continue
    }
    const reason = pendingReason(op)
    const failed = setAside.get(rowKey(op.t, op.r))
    if (reason) pending.push({ id: op.id, r: op.r, reason, op })
    else if (failed !== undefined) pending.push({ id: op.id, r: op.r, reason: 'failed', error: failed, op })
    else ready.push(op)
    if (stats.maxH === null || op.h > stats.maxH) stats.maxH = op.h
  }
  const state = new MergeState()
  // Whether any op waits for a row at all (usually none): asked with the reads.
  const [anyPending] = await Promise.all([db._pending.count(), load(db, state, ready)])
  const created = state.createdRows
  const failures = new Map<string, string>()
  const merge = (op: SyncOp): boolean => {
    try {
      if (!state.merge(op)) return false
    } catch (err) {
      failures.set(rowKey(op.t, op.r), failureText(err))
      return true
    }
    stats.applied += 1
    return true
  }
  for (const op of ready) if (!merge(op)) pending.push({ id: op.id, r: op.r, reason: 'noRow', op })
  // Ops that were waiting for a row created just now.
  const waiting =
    created.size && anyPending
      ? (
          await db._pending
            .where('r')
            .anyOf([...created].map((k) => k.split('\u0000')[1]))
            .toArray()
        ).filter((p) => p.reason === 'noRow' && created.has(rowKey(p.op.t, p.op.r)))
      : []
  if (waiting.length) {
    await load(
      db,
      state,
      waiting.map((p) => p.op),
    )
    for (const p of waiting) merge(p.op)
  }
  const touched = new Set<string>()
  for (const op of [...ready, ...waiting.map((p) => p.op)]) touched.add(rowKey(op.t, op.r))
  for (const k of touched) {
    const [t, r] = k.split('\u0000')
    state.checkDeleteEdit(t, r)
  }
  stats.pending = pending.length
  stats.quarantined = quarantine.length
  const writer = new RowWriter(db, state, failures)
  await deriveMerged(db, state, (keys) => writer.write(keys), failures)
  await save(db, state, writer)
  if (failures.size) throw new RowsFailed(failures)
  await Promise.all([
    pending.length ? db._pending.bulkPut(pending) : undefined,
    quarantine.length ? db._quarantine.bulkPut(quarantine) : undefined,
    waiting.length ? db._pending.bulkDelete(waiting.map((p) => p.id)) : undefined,
    queueNoted(db, keyedRows(state)),
  ])
  return stats
}

async function save(db: DeskDb, state: MergeState, writer: RowWriter): Promise<void> {
  const drop = [...state.conflictsDrop].map((k) => k.split('\u0000') as [string, string, string, string])
  await Promise.all([
    writer.done(),
    drop.length ? db._conflicts.bulkDelete(drop) : undefined,
    state.conflictsPut.size ? db._conflicts.bulkPut([...state.conflictsPut.values()]) : undefined,
  ])
}
