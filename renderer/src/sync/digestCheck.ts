/**
 * Building and checking the state digest (SYNC.md `stateDigest`; kept as
 * rows are written: data/stateDigest.ts).
 *
 * - A database from before the digest, or a table found out of step, is
 *   counted a slice per sync cycle, in id order; writes meanwhile move the
 *   sums only for rows already counted (`upTo`).
 * - Every cycle goes on checking a few milliseconds' worth of rows: each
 *   row's stored hash against a hash of its values. A row changed behind the
 *   engine (a write that bypassed the unit of work, a damaged database) no
 *   longer matches: the digest takes its real hash, so it is published and
 *   other PCs see the difference. A table read whole within one cycle is
 *   also summed whole, which finds rows added or removed behind the engine.
 *   A small database is checked whole every cycle; a large one a slice a
 *   cycle, round and round (100,000 records: every few hours).
 * - `recomputeDigest` works the whole digest out from the rows, to verify
 *   the kept one.
 */
import { ROW_HASH_FIELD, addHash, rowHash } from '@shared/sync/rowHash'
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'
import { type DigestMeta, type TableDigest, readDigest } from '../data/stateDigest'
import { syncedTables } from '../data/tables'

/**
 * How much a cycle checks: rows are read `chunk` at a time, at least
 * `least` of them (a table counting as one), then until `ms` have gone by:
 * a small database is checked whole every cycle, a large one a slice a
 * cycle, round and round, so an idle cycle stays short. A table
 * being counted (a database from before the digest) is read `buildChunk`
 * rows at a time for up to `buildMs`.
 */
export interface CheckBudget {
  /** Rows (and tables, one each) checked whatever the time: a database this small is checked whole every cycle. */
  least: number
  ms: number
  chunk: number
  /** While any table is being counted (the first cycles after an upgrade): the time and chunk. */
  buildMs: number
  buildChunk: number
}

export const CHECK_BUDGET: CheckBudget = { least: 100, ms: 8, chunk: 100, buildMs: 250, buildChunk: 500 }

/** A row found changed behind the engine. */
export interface ChangedRow {
  t: string
  r: string
}

const fresh = (): TableDigest => ({ n: 0, sum: 0, upTo: '' })

/**
 * The digest row, made on the first cycle: empty tables are counted at once
 * (nothing to read), the others are built by `checkDigest` a slice at a time.
 * Before the first apply, so that every row the engine writes is counted.
 */
export async function startDigest(db: DeskDb): Promise<void> {
  if (await readDigest(db)) return
  await db.transaction('rw', [...syncedTables, '_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    if (await readDigest(db)) return
    const sizes = await Promise.all(syncedTables.map((t) => db.table(t).count()))
    const tables: DigestMeta['tables'] = {}
    syncedTables.forEach((t, i) => {
      tables[t] = sizes[i] === 0 ? { n: 0, sum: 0 } : fresh()
    })
    await db._meta.put({ key: 'digest', tables })
  })
}

/** Whether every table is counted. */
export function digestComplete(digest: DigestMeta | undefined): digest is DigestMeta {
  return (
    digest !== undefined && syncedTables.every((t) => digest.tables[t] && digest.tables[t].upTo === undefined)
  )
}

/**
 * Goes on building and checking where the last cycle stopped, within
 * `budget` (at least one chunk). Returns the rows found changed behind the
 * engine (their hashes, and the digest, now follow their values); `r` is ''
 * for a table whose count or sum was off as a whole (a row added or removed
 * behind the engine).
 */
export async function checkDigest(db: DeskDb, budget: CheckBudget = CHECK_BUDGET): Promise<ChangedRow[]> {
  return db.transaction('rw', [...syncedTables, '_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const digest = await readDigest(db)
    if (!digest) return []
    const was = JSON.stringify(digest)
    const changed: ChangedRow[] = []
    const start = digest.check && syncedTables.includes(digest.check.t as never) ? digest.check : null
    let at = start ? syncedTables.indexOf(start.t as never) : 0
    let after = start?.after ?? ''
    const counting = syncedTables.some((t) => digest.tables[t]?.upTo !== undefined || !digest.tables[t])
    const until = performance.now() + (counting ? budget.buildMs : budget.ms)
    // Once round at most (begun mid-table: that table's first part too).
    const rounds = after === '' ? syncedTables.length : syncedTables.length + 1
    // The count and sum of the table read so far from its first row, in this transaction.
    let whole: { n: number; sum: number } | null = after === '' ? { n: 0, sum: 0 } : null
    for (let done = 0, seen = 0; done < rounds;) {
      if (seen > 0 && seen >= budget.least && performance.now() >= until) break
      const t = syncedTables[at]
      const e = (digest.tables[t] ??= fresh())
      const building = e.upTo !== undefined
      const limit = building ? budget.buildChunk : budget.chunk
      const rows = (await db.table(t).where(':id').above(after).limit(limit).toArray()) as Record<
        string,
        unknown
      >[]
      const out = checkRows(t, e, rows, changed)
      seen += rows.length + 1
      if (out.restart) {
        // Counted again from its first row.
        digest.tables[t] = fresh()
        after = ''
        whole = { n: 0, sum: 0 }
        continue
      }
      if (whole) whole = { n: whole.n + rows.length, sum: addHash(whole.sum, out.sum) }
      if (out.fixed.length) await db.table(t).bulkPut(out.fixed)
      if (rows.length === limit) {
        after = rows[rows.length - 1].id as string
        continue
      }
      // The table is done: counted whole if it was being built, or checked whole if read whole.
      if (building) delete e.upTo
      else if (whole && (whole.n !== e.n || whole.sum !== e.sum)) {
        e.n = whole.n
        e.sum = whole.sum
        if (changed.every((c) => c.t !== t)) changed.push({ t, r: '' })
      }
      done += 1
      at = (at + 1) % syncedTables.length
      after = ''
      whole = { n: 0, sum: 0 }
    }
    digest.check = { t: syncedTables[at], after }
    // A small database checked whole ends where it began: nothing to store.
    if (JSON.stringify(digest) !== was) await db._meta.put(digest)
    return changed
  })
}

interface Checked {
  /** Rows whose stored hash is put right. */
  fixed: Record<string, unknown>[]
  /** The sum of the rows' hashes. */
  sum: number
  /** A stored row without a hash in a counted table: what it added is unknown, so the table is counted again. */
  restart: boolean
}

function checkRows(
  t: string,
  e: TableDigest,
  rows: readonly Record<string, unknown>[],
  changed: ChangedRow[],
): Checked {
  const fixed: Record<string, unknown>[] = []
  let sum = 0
  const built = e.upTo === undefined
  for (const row of rows) {
    const h = rowHash(t, row)
    const stored = row[ROW_HASH_FIELD]
    sum = addHash(sum, h)
    if (!built) {
      // Being counted: every row adds its hash (stored right if it was not).
      e.n += 1
      e.sum = addHash(e.sum, h)
      e.upTo = row.id as string
      if (stored !== h) fixed.push({ ...row, [ROW_HASH_FIELD]: h })
      continue
    }
    if (stored === h) continue
    if (typeof stored !== 'number') return { fixed: [], sum: 0, restart: true }
    // Changed behind the engine: the digest follows what the row holds now.
    e.sum = addHash(subtract(e.sum, stored), h)
    fixed.push({ ...row, [ROW_HASH_FIELD]: h })
    changed.push({ t, r: row.id as string })
  }
  return { fixed, sum, restart: false }
}

function subtract(a: number, b: number): number {
  return addHash(a, negate(b))
}

const LO = 4294967296
function negate(h: number): number {
  const lo = (LO - (h % LO)) % LO
  const hi = -Math.floor(h / LO) & 0x1fffff
  return hi * LO + lo
}

/** Every table's count and sum worked out from its rows now (what the kept digest must equal). */
export async function recomputeDigest(db: DeskDb): Promise<Record<string, { n: number; sum: number }>> {
  return db.transaction('r', [...syncedTables], async () => {
    const out: Record<string, { n: number; sum: number }> = {}
    for (const t of syncedTables) {
      let n = 0
      let sum = 0
      await db.table(t).each((row: Record<string, unknown>) => {
        n += 1
        sum = addHash(sum, rowHash(t, row))
      })
      out[t] = { n, sum }
    }
    return out
  })
}
